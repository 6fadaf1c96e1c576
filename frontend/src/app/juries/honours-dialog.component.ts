import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { type HonoursLevel, JuriesApiService } from './juries-api.service';

export interface HonoursDialogData {
  programmeId: string;
  programmeTitle: string;
  levels: HonoursLevel[];
  pass: number;
  max: number;
}

/** The programme's honours levels (key, labels, the lowest final grade); closes with true once saved. */
@Component({
  selector: 'cq-honours-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'juries.honoursEdit.title' | transloco }}</h2>
    <form (ngSubmit)="save()">
      <mat-dialog-content class="content">
        <p>{{ 'juries.honoursEdit.intro' | transloco: { programme: data.programmeTitle } }}</p>
        @for (l of levels(); track $index; let i = $index) {
          <fieldset class="level">
            <legend>{{ 'juries.honoursEdit.level' | transloco: { n: i + 1 } }}</legend>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'juries.honoursEdit.labelFr' | transloco }}</mat-label>
              <input matInput [name]="'fr' + i" [(ngModel)]="l.labelFr" required maxlength="100" />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic">
              <mat-label>{{ 'juries.honoursEdit.labelEn' | transloco }}</mat-label>
              <input matInput [name]="'en' + i" [(ngModel)]="l.labelEn" required maxlength="100" />
            </mat-form-field>
            <mat-form-field appearance="outline" subscriptSizing="dynamic" class="grade">
              <mat-label>{{ 'juries.honoursEdit.minGrade' | transloco }}</mat-label>
              <input
                matInput
                type="number"
                [name]="'min' + i"
                [(ngModel)]="l.minGrade"
                required
                [min]="data.pass"
                [max]="data.max"
                step="0.01"
              />
            </mat-form-field>
            <button
              mat-icon-button
              type="button"
              (click)="remove(i)"
              [attr.aria-label]="'juries.honoursEdit.remove' | transloco: { n: i + 1 }"
            >
              <mat-icon>delete</mat-icon>
            </button>
          </fieldset>
        } @empty {
          <p class="muted">{{ 'juries.honoursEdit.none' | transloco }}</p>
        }
        <button mat-stroked-button type="button" (click)="add()">
          <mat-icon>add</mat-icon> {{ 'juries.honoursEdit.add' | transloco }}
        </button>
        @if (problem(); as problem) {
          <p class="cq-form-error" role="alert">
            <mat-icon>error</mat-icon><span>{{ problem | cqErrorMessage: 'juries' }}</span>
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button mat-flat-button type="submit" [disabled]="pending()">
          {{ 'juries.honoursEdit.save' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 8px;
      min-width: min(560px, calc(100vw - 80px));
    }
    .level {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      padding: 8px 12px;
      margin: 0;
    }
    .level mat-form-field {
      flex: 1 1 160px;
    }
    .level .grade {
      flex: 0 1 120px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HonoursDialogComponent {
  protected readonly data = inject<HonoursDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<HonoursDialogComponent, boolean>);
  private readonly api = inject(JuriesApiService);
  protected readonly levels = signal<HonoursLevel[]>(this.data.levels.map((l) => ({ ...l })));
  protected readonly pending = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected add(): void {
    this.levels.update((l) => [
      ...l,
      { key: '', labelFr: '', labelEn: '', minGrade: this.data.pass },
    ]);
  }

  protected remove(index: number): void {
    this.levels.update((l) => l.filter((_, i) => i !== index));
  }

  protected save(): void {
    const taken = new Set<string>();
    const levels = this.levels().map((l) => {
      let key = l.key || slug(l.labelFr) || 'mention';
      for (let n = 2; taken.has(key); n++) key = `${slug(l.labelFr) || 'mention'}_${n}`;
      taken.add(key);
      return { ...l, key, minGrade: Number(l.minGrade) };
    });
    this.pending.set(true);
    this.problem.set(null);
    this.api.setHonours(this.data.programmeId, levels).subscribe({
      next: () => this.ref.close(true),
      error: (error: unknown) => {
        this.pending.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}

/** A stable key from a label: "Mention très bien" → "mention_tres_bien". */
function slug(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40);
}
