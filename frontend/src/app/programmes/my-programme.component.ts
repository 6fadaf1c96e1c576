import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { Subject, catchError, map, of, startWith, switchMap } from 'rxjs';
import { CohortStatusComponent } from '../cohorts/cohort-status.component';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { type MyProgramme, type Problem } from '../core/api/types';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { RuleSentencePipe } from './rule-sentence.pipe';
import { SCALES } from './grading';

type State =
  | { kind: 'loading' }
  | { kind: 'ready'; mine: MyProgramme }
  | { kind: 'not-enrolled' }
  | { kind: 'error'; problem: Problem };

/** Student's home: their programme, cohort, modules with outcomes, instructors and classmates. */
@Component({
  selector: 'cq-my-programme',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatExpansionModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    DateFormatPipe,
    LocaleNumberPipe,
    RuleSentencePipe,
    CohortStatusComponent,
  ],
  providers: [provideTranslocoScope('programmes', 'cohorts')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-programme.component.html',
  styleUrl: './my-programme.component.scss',
})
export class MyProgrammeComponent {
  private readonly api = inject(CohortsApiService);
  private readonly reloads = new Subject<void>();

  protected readonly state = signal<State>({ kind: 'loading' });
  protected readonly mine = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.mine : null;
  });
  protected readonly problem = computed(() => {
    const state = this.state();
    return state.kind === 'error' ? state.problem : null;
  });
  protected readonly passDigits = computed(() => {
    const mine = this.mine();
    return mine ? SCALES[mine.programme.gradingScale].digits : '1.0-2';
  });

  constructor() {
    this.reloads
      .pipe(
        startWith(undefined),
        switchMap(() => {
          this.state.set({ kind: 'loading' });
          return this.api.myProgramme().pipe(
            map((mine): State => ({ kind: 'ready', mine })),
            catchError((error: unknown) => {
              const problem = toProblem(error);
              return of<State>(
                problem.status === 404 ? { kind: 'not-enrolled' } : { kind: 'error', problem },
              );
            }),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloads.next();
  }
}
