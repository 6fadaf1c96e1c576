import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { LanguageService } from '../core/i18n/language.service';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import {
  type Assessment,
  AssessmentsApiService,
  type GradeImportPreview,
} from './assessments-api.service';
import { formatGrade } from './gradebook-grid';

export interface GradeImportDialogData {
  cohortId: string;
  assessments: Assessment[];
}

const MAX_FILE_BYTES = 5_000_000;

/** Import grades from a CSV: choose the file, read the preview and its errors, then import all. */
@Component({
  selector: 'cq-grade-import-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'assessments.import.title' | transloco }}</h2>
    <mat-dialog-content>
      <p>{{ 'assessments.import.intro' | transloco }}</p>
      <input
        #file
        type="file"
        accept=".csv,text/csv"
        class="cq-visually-hidden"
        id="cq-grade-file"
        tabindex="-1"
        [attr.aria-label]="'assessments.import.choose' | transloco"
        (change)="choose($event)"
      />
      <button mat-stroked-button type="button" (click)="file.click()">
        <mat-icon aria-hidden="true">attach_file</mat-icon>
        {{ 'assessments.import.choose' | transloco }}
      </button>
      @if (fileName(); as name) {
        <span class="file">{{ name }}</span>
      }
      <div class="progress">
        @if (busy()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
      </div>
      @if (problem(); as p) {
        <p class="cq-form-error" role="alert">
          <mat-icon aria-hidden="true">error</mat-icon>
          <span>{{ p | cqErrorMessage: 'assessments' }}</span>
        </p>
      }
      @if (preview(); as p) {
        <p role="status">
          {{
            'assessments.import.summary'
              | transloco: { changes: p.changeCount, errors: p.errorCount }
          }}
        </p>
        @for (e of p.headerErrors; track e.field) {
          <p class="warning">
            {{ e.field }} : {{ 'assessments.import.code.' + e.code | transloco }}
          </p>
        }
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cq-import-rows">
          <table class="rows">
            <caption id="cq-import-rows">
              {{
                'assessments.import.rows' | transloco
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'assessments.import.line' | transloco }}</th>
                <th scope="col">{{ 'assessments.import.student' | transloco }}</th>
                <th scope="col">{{ 'assessments.import.changes' | transloco }}</th>
                <th scope="col">{{ 'assessments.import.errors' | transloco }}</th>
              </tr>
            </thead>
            <tbody>
              @for (row of p.rows; track row.line) {
                <tr [class.error]="row.errors.length > 0">
                  <td>{{ row.line }}</td>
                  <td>{{ row.displayName ?? row.email }}</td>
                  <td>
                    @for (c of row.changes; track c.assessmentId + c.attempt) {
                      <div>
                        {{ titleOf(c.assessmentId) }} : {{ grade(c.previous) || '—' }} →
                        {{ grade(c.score) }}
                      </div>
                    }
                  </td>
                  <td>
                    @for (e of row.errors; track $index) {
                      <div>
                        {{ e.field }} : {{ 'assessments.import.code.' + e.code | transloco }}
                      </div>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
      <button mat-flat-button type="button" [disabled]="!canImport()" (click)="import()">
        {{ 'assessments.import.apply' | transloco: { count: preview()?.changeCount ?? 0 } }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .file {
      margin-left: 8px;
    }
    .progress {
      height: 4px;
      margin: 8px 0;
    }
    .table-scroll {
      overflow: auto;
      max-height: 50vh;
    }
    .rows {
      border-collapse: collapse;
      width: 100%;
      caption {
        text-align: left;
        font-weight: 500;
      }
      th,
      td {
        text-align: left;
        padding: 4px 8px;
        border-bottom: 1px solid var(--mat-sys-outline-variant);
        vertical-align: top;
      }
      tr.error td {
        background: var(--mat-sys-error-container);
        color: var(--mat-sys-on-error-container);
      }
    }
    .warning {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class GradeImportDialogComponent {
  private readonly data = inject<GradeImportDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<GradeImportDialogComponent, number>);
  private readonly api = inject(AssessmentsApiService);
  private readonly language = inject(LanguageService);

  protected readonly fileName = signal<string | null>(null);
  private readonly csv = signal<string | null>(null);
  protected readonly preview = signal<GradeImportPreview | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly canImport = computed(() => {
    const p = this.preview();
    return !this.busy() && !!p && p.errorCount === 0 && p.changeCount > 0;
  });

  protected titleOf(assessmentId: string): string {
    return this.data.assessments.find((a) => a.id === assessmentId)?.title ?? '';
  }

  protected grade(value: number | null): string {
    return formatGrade(value, this.language.locale());
  }

  protected choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.fileName.set(file.name);
    this.preview.set(null);
    this.problem.set(null);
    if (file.size > MAX_FILE_BYTES) {
      this.problem.set({ type: 'about:blank', title: '', status: 413, code: 'payload_too_large' });
      return;
    }
    this.busy.set(true);
    void file.text().then((text) => {
      this.csv.set(text);
      this.api.previewImport(this.data.cohortId, text).subscribe({
        next: (p) => {
          this.busy.set(false);
          this.preview.set(p);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(toProblem(error));
        },
      });
    });
  }

  protected import(): void {
    const csv = this.csv();
    if (!csv) return;
    this.busy.set(true);
    this.problem.set(null);
    this.api.import(this.data.cohortId, csv).subscribe({
      next: (result) => this.ref.close(result.changed),
      error: (error: unknown) => {
        this.busy.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}
