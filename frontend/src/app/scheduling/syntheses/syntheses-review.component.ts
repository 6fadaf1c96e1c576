import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import { SynthesesApiService } from '../../core/api/syntheses-api.service';
import { type Problem, type Synthesis } from '../../core/api/types';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { SynthesisGradeComponent } from '../../assessments/synthesis-grade.component';

/** The instructor's reading: syntheses handed in (with feedback) and who is missing. */
@Component({
  selector: 'cq-syntheses-review',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
    SynthesisGradeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
    </div>
    <cq-load-failure [loader]="loader" scope="scheduling" />
    @if (actionProblem(); as problem) {
      <p class="cq-form-error" role="alert">
        <mat-icon>error</mat-icon>
        <span>{{ problem | cqErrorMessage: 'scheduling' }}</span>
      </p>
    }
    @if (data(); as data) {
      <h3>
        {{ 'scheduling.syntheses.submitted' | transloco: { count: data.submitted.length } }}
      </h3>
      @if (data.submitted.length > 0) {
        <mat-accordion multi>
          @for (synthesis of data.submitted; track synthesis.id) {
            <mat-expansion-panel>
              <mat-expansion-panel-header>
                <mat-panel-title>{{ synthesis.student.displayName }}</mat-panel-title>
                <mat-panel-description class="panel-meta">
                  {{ synthesis.submittedAt | cqDate: 'dateTime' : timeZone() }} ·
                  {{ 'scheduling.syntheses.words' | transloco: { count: synthesis.wordCount } }}
                  @if (synthesis.feedback) {
                    · {{ 'scheduling.syntheses.hasFeedback' | transloco }}
                  }
                </mat-panel-description>
              </mat-expansion-panel-header>
              <div class="rendered" [innerHTML]="synthesis.bodyHtml"></div>
              <cq-synthesis-grade
                [sessionId]="sessionId()"
                [studentId]="synthesis.student.id"
                [studentName]="synthesis.student.displayName"
              />
              <div class="feedback-form">
                <mat-form-field class="cq-full-width">
                  <mat-label>
                    {{
                      'scheduling.syntheses.feedbackFor'
                        | transloco: { name: synthesis.student.displayName }
                    }}
                  </mat-label>
                  <textarea matInput rows="3" [formControl]="feedbackControl(synthesis)"></textarea>
                </mat-form-field>
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="saving().has(synthesis.id)"
                  (click)="saveFeedback(synthesis)"
                >
                  {{ 'scheduling.syntheses.saveFeedback' | transloco }}
                </button>
              </div>
            </mat-expansion-panel>
          }
        </mat-accordion>
      }
      <h3>{{ 'scheduling.syntheses.missing' | transloco: { count: data.missing.length } }}</h3>
      @if (data.missing.length > 0) {
        <ul class="missing">
          @for (person of data.missing; track person.id) {
            <li>{{ person.displayName }}</li>
          }
        </ul>
      } @else {
        <p class="muted">{{ 'scheduling.syntheses.noneMissing' | transloco }}</p>
      }
    }
  `,
  styleUrl: './syntheses.scss',
})
export class SynthesesReviewComponent {
  private readonly api = inject(SynthesesApiService);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  readonly sessionId = input.required<string>();
  /** The programme's zone: the dates are shown in it. */
  readonly timeZone = input.required<string>();

  /** The session's syntheses; a newer session selected cancels the older one's request. */
  protected readonly loader = detailLoader({
    key: () => this.sessionId(),
    load: (sessionId) => this.api.forSession(sessionId),
  });
  protected readonly data = this.loader.value;
  protected readonly loading = this.loader.loading;
  /** Why the last feedback failed to save (a failed load shows through the loader). */
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly saving = signal<ReadonlySet<string>>(new Set());
  private readonly controls = new Map<string, FormControl<string>>();

  protected feedbackControl(synthesis: Synthesis): FormControl<string> {
    let control = this.controls.get(synthesis.id);
    if (!control) {
      control = new FormControl(synthesis.feedback ?? '', {
        nonNullable: true,
        validators: [Validators.maxLength(10_000)],
      });
      this.controls.set(synthesis.id, control);
    }
    return control;
  }

  protected saveFeedback(synthesis: Synthesis): void {
    const control = this.feedbackControl(synthesis);
    if (control.invalid) return;
    this.setSaving(synthesis.id, true);
    this.actionProblem.set(null);
    this.api.setFeedback(synthesis.id, control.value.trim() || null).subscribe({
      next: (updated) => {
        this.setSaving(synthesis.id, false);
        this.loader.update((data) => ({
          ...data,
          submitted: data.submitted.map((s) => (s.id === updated.id ? updated : s)),
        }));
        this.snackBar.open(
          this.transloco.translate('scheduling.syntheses.feedbackSaved', {
            name: updated.student.displayName,
          }),
          undefined,
          { duration: 4000 },
        );
      },
      error: (error: unknown) => {
        this.setSaving(synthesis.id, false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }

  private setSaving(id: string, saving: boolean): void {
    this.saving.update((ids) => {
      const next = new Set(ids);
      if (saving) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
