import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { LanguageService } from '../core/i18n/language.service';
import { ReasonParamsPipe } from '../progress/reason-params';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import {
  type BoardStudent,
  DECISIONS,
  type Decision,
  type HonoursLevel,
  type JuryDecision,
  JuriesApiService,
  REMAINING_ITEMS,
  type RemainingItem,
} from './juries-api.service';

export interface DecisionDialogData {
  juryId: string;
  student: BoardStudent;
  levels: HonoursLevel[];
  /** Signed: only a correction, with its reason. */
  signed: boolean;
}

/**
 * One student's decision: awarded (honours from the programme's levels, an exemption's reason
 * when the rules are not all met), deferred (what remains) or refused. After the sign-off, a
 * correction with its reason. Closes with the recorded decision.
 */
@Component({
  selector: 'cq-decision-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LocaleNumberPipe,
    ReasonParamsPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        (data.signed ? 'juries.decide.correctTitle' : 'juries.decide.title')
          | transloco: { name: s.displayName }
      }}
    </h2>
    <form (ngSubmit)="save()">
      <mat-dialog-content class="content">
        <p>
          {{ 'juries.finalGrade' | transloco }} :
          <strong>{{ (s.finalGrade | cqNumber: '1.0-2') ?? '–' }}</strong>
          ·
          {{ (s.rulesMet ? 'juries.rulesMet' : 'juries.rulesNotMet') | transloco }}
        </p>
        @if (s.unmetRules.length) {
          <ul class="reasons">
            @for (r of s.unmetRules; track $index) {
              <li>
                {{
                  'progress.reason.' + r.reason.code | transloco: (r.reason.params | cqReasonParams)
                }}
              </li>
            }
          </ul>
        }

        <mat-radio-group
          name="decision"
          [ngModel]="decision()"
          (ngModelChange)="decision.set($event)"
          class="decisions"
          [attr.aria-label]="'juries.decision' | transloco"
          data-testid="decision-choice"
        >
          @for (d of decisions; track d) {
            <mat-radio-button [value]="d" [attr.data-testid]="'decision-' + d">
              {{ 'juries.decisions.' + d | transloco }}
            </mat-radio-button>
          }
        </mat-radio-group>

        @if (decision() === 'awarded') {
          @if (data.levels.length) {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'juries.honours' | transloco }}</mat-label>
              <mat-select name="honours" [(ngModel)]="honours" data-testid="decision-honours">
                <mat-option [value]="null">{{ 'juries.noHonours' | transloco }}</mat-option>
                @for (h of data.levels; track h.key) {
                  <mat-option [value]="h.key">
                    {{ label(h) }} (≥ {{ h.minGrade | cqNumber: '1.0-2' }})
                  </mat-option>
                }
              </mat-select>
              @if (s.suggestedHonours) {
                <mat-hint>{{
                  'juries.decide.suggested' | transloco: { honours: suggestedLabel() }
                }}</mat-hint>
              }
            </mat-form-field>
          }
          @if (!s.rulesMet) {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'juries.decide.exemption' | transloco }}</mat-label>
              <textarea
                matInput
                name="exemption"
                [(ngModel)]="exemptionReason"
                required
                maxlength="2000"
                rows="3"
                data-testid="decision-exemption"
              ></textarea>
              <mat-hint>{{ 'juries.decide.exemptionHint' | transloco }}</mat-hint>
            </mat-form-field>
          }
        }
        @if (decision() === 'deferred') {
          <fieldset class="items">
            <legend>{{ 'juries.decide.remaining' | transloco }}</legend>
            @for (item of items; track item) {
              <mat-checkbox
                [checked]="remainingItems().includes(item)"
                (change)="toggle(item, $event.checked)"
                [attr.data-testid]="'remaining-' + item"
              >
                {{ 'juries.items.' + item | transloco }}
              </mat-checkbox>
            }
          </fieldset>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'juries.decide.remainingText' | transloco }}</mat-label>
            <textarea
              matInput
              name="remaining"
              [(ngModel)]="remaining"
              maxlength="2000"
              rows="2"
              data-testid="decision-remaining"
            ></textarea>
          </mat-form-field>
        }
        @if (data.signed) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'juries.decide.correction' | transloco }}</mat-label>
            <textarea
              matInput
              name="correction"
              [(ngModel)]="correctionReason"
              required
              maxlength="2000"
              rows="2"
              data-testid="decision-correction"
            ></textarea>
            <mat-hint>{{ 'juries.decide.correctionHint' | transloco }}</mat-hint>
          </mat-form-field>
        }
        @if (problem(); as problem) {
          <p class="cq-form-error" role="alert">
            <mat-icon>error</mat-icon><span>{{ problem | cqErrorMessage: 'juries' }}</span>
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()" data-testid="decision-submit">
          {{ (data.signed ? 'juries.decide.correctSubmit' : 'juries.decide.submit') | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: min(480px, calc(100vw - 80px));
    }
    .reasons {
      margin: 0;
      padding-inline-start: 20px;
      color: var(--mat-sys-error);
    }
    .decisions {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 4px 0 8px;
    }
    .items {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      padding: 4px 12px 8px;
      margin: 0;
    }
    legend {
      padding: 0 4px;
    }
  `,
})
export class DecisionDialogComponent {
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<DecisionDialogComponent, JuryDecision>);
  private readonly api = inject(JuriesApiService);
  private readonly language = inject(LanguageService);

  protected readonly s = this.data.student;
  protected readonly decisions = DECISIONS;
  protected readonly items = REMAINING_ITEMS;
  protected readonly decision = signal<Decision>(
    this.s.decision?.decision ?? (this.s.rulesMet ? 'awarded' : 'deferred'),
  );
  protected honours: string | null = this.s.decision
    ? this.s.decision.honours
    : this.s.suggestedHonours;
  protected exemptionReason = this.s.decision?.exemptionReason ?? '';
  protected remaining = this.s.decision?.remaining ?? '';
  protected readonly remainingItems = signal<RemainingItem[]>(
    this.s.decision?.remainingItems ?? [],
  );
  protected correctionReason = '';
  protected readonly pending = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly suggestedLabel = computed(() => {
    const level = this.data.levels.find((h) => h.key === this.s.suggestedHonours);
    return level ? this.label(level) : '';
  });

  protected label(level: HonoursLevel): string {
    return this.language.lang() === 'fr' ? level.labelFr : level.labelEn;
  }

  protected toggle(item: RemainingItem, on: boolean): void {
    this.remainingItems.update((list) => (on ? [...list, item] : list.filter((i) => i !== item)));
  }

  protected save(): void {
    const decision = this.decision();
    this.pending.set(true);
    this.problem.set(null);
    this.api
      .decide(this.data.juryId, {
        studentId: this.s.studentId,
        decision,
        honours: decision === 'awarded' ? this.honours : null,
        exemptionReason: decision === 'awarded' && !this.s.rulesMet ? this.exemptionReason : null,
        remaining: decision === 'deferred' ? this.remaining : null,
        remainingItems: decision === 'deferred' ? this.remainingItems() : [],
        correctionReason: this.data.signed ? this.correctionReason : null,
      })
      .subscribe({
        next: (saved) => this.ref.close(saved),
        error: (error: unknown) => {
          this.pending.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }
}
