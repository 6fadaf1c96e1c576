import {
  ChangeDetectionStrategy,
  Component,
  Injectable,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslocoDirective } from '@jsverse/transloco';
import { type Observable, catchError, of, shareReplay, switchMap } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { LanguageService } from '../core/i18n/language.service';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import {
  AssessmentsApiService,
  type GradeCell,
  type SessionSynthesisGrades,
} from './assessments-api.service';
import { formatGrade, parseGradeInput } from './gradebook-grid';

/** One request per talk for all its synthesis grades, whatever the number of panels. */
@Injectable({ providedIn: 'root' })
export class SynthesisGradesStore {
  private readonly api = inject(AssessmentsApiService);
  private readonly cache = new Map<string, Observable<SessionSynthesisGrades | null>>();

  forSession(sessionId: string): Observable<SessionSynthesisGrades | null> {
    let cached = this.cache.get(sessionId);
    if (!cached) {
      cached = this.api.synthesisGrades(sessionId).pipe(
        catchError(() => of(null)),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
      this.cache.set(sessionId, cached);
    }
    return cached;
  }

  forget(sessionId: string): void {
    this.cache.delete(sessionId);
  }
}

/**
 * The grade of one student's synthesis of a talk, when the talk has a synthesis assessment:
 * `<cq-synthesis-grade [sessionId]="…" [studentId]="…" [studentName]="…" />`.
 */
@Component({
  selector: 'cq-synthesis-grade',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    TranslocoDirective,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t; scope: 'assessments'">
      @if (grades(); as g) {
        @if (g.assessment) {
          <form class="grade" (submit)="submit($event, g)">
            <mat-form-field subscriptSizing="dynamic">
              <mat-label>{{
                t('assessments.synthesis.gradeFor', { name: studentName() })
              }}</mat-label>
              <input matInput inputmode="decimal" autocomplete="off" [formControl]="control" />
              <mat-hint>
                {{
                  t('assessments.synthesis.invalid', {
                    min: grade(g.programme.min),
                    max: grade(g.programme.max),
                    step: grade(g.programme.gradeStep),
                  })
                }}
              </mat-hint>
            </mat-form-field>
            <button mat-stroked-button type="submit" [disabled]="saving()">
              {{ t('assessments.synthesis.save') }}
            </button>
            <span role="status" class="status">
              @if (saved()) {
                <mat-icon aria-hidden="true">check</mat-icon>
                {{ t('assessments.synthesis.saved', { name: studentName() }) }}
              }
            </span>
          </form>
          @if (invalid()) {
            <p class="cq-form-error" role="alert">
              {{
                t('assessments.synthesis.invalid', {
                  min: grade(g.programme.min),
                  max: grade(g.programme.max),
                  step: grade(g.programme.gradeStep),
                })
              }}
            </p>
          }
          @if (problem(); as p) {
            <p class="cq-form-error" role="alert">{{ p | cqErrorMessage: 'assessments' }}</p>
          }
        } @else {
          <p class="muted">{{ t('assessments.synthesis.none') }}</p>
        }
      }
    </ng-container>
  `,
  styles: `
    .grade {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-top: 8px;
    }
    .status {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SynthesisGradeComponent {
  private readonly api = inject(AssessmentsApiService);
  private readonly store = inject(SynthesisGradesStore);
  private readonly language = inject(LanguageService);

  readonly sessionId = input.required<string>();
  readonly studentId = input.required<string>();
  readonly studentName = input.required<string>();

  protected readonly grades = toSignal(
    toObservable(this.sessionId).pipe(switchMap((id) => this.store.forSession(id))),
    { initialValue: null },
  );
  private readonly savedCell = signal<GradeCell | null | undefined>(undefined);
  private readonly cell = computed(() => {
    const saved = this.savedCell();
    if (saved !== undefined) return saved;
    return this.grades()?.cells.find((c) => c.studentId === this.studentId()) ?? null;
  });
  protected readonly control = new FormControl('', { nonNullable: true });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly invalid = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  private filled = false;

  constructor() {
    effect(() => {
      const score = this.cell()?.score ?? null;
      if (!this.filled && this.grades()) {
        this.control.setValue(this.grade(score));
        this.filled = true;
      }
    });
  }

  protected grade(value: number | null | undefined): string {
    return formatGrade(value, this.language.locale());
  }

  protected submit(event: Event, g: SessionSynthesisGrades): void {
    event.preventDefault();
    this.save(g);
  }

  private save(g: SessionSynthesisGrades): void {
    if (!g.assessment) return;
    const value = parseGradeInput(this.control.value, g.programme);
    this.saved.set(false);
    this.problem.set(null);
    this.invalid.set(value === 'invalid');
    if (value === 'invalid') return;
    const current = this.cell();
    const done = (cell: GradeCell | null) => {
      this.saving.set(false);
      this.savedCell.set(cell);
      this.saved.set(true);
      this.store.forget(this.sessionId());
    };
    const failed = (error: unknown) => {
      this.saving.set(false);
      const problem = toProblem(error);
      const latest = (problem as Problem & { current?: GradeCell | null }).current;
      if (problem.code === 'grade.stale' && latest !== undefined) this.savedCell.set(latest);
      this.problem.set(problem);
    };
    this.saving.set(true);
    if (value === null) {
      if (!current) {
        this.saving.set(false);
        return;
      }
      this.api
        .clearGrade(g.assessment.id, this.studentId(), 1, current.version)
        .subscribe({ next: () => done(null), error: failed });
    } else {
      this.api
        .setGrade(g.assessment.id, this.studentId(), {
          score: value,
          attempt: 1,
          expectedVersion: current?.version ?? null,
        })
        .subscribe({ next: (cell) => done(cell), error: failed });
    }
  }
}
