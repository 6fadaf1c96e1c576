import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, provideTranslocoScope } from '@jsverse/transloco';
import { Subject, catchError, map, of, startWith, switchMap } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { type Cohort, type Problem } from '../core/api/types';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { CohortStatusComponent } from './cohort-status.component';

type State =
  { kind: 'loading' } | { kind: 'ready'; cohorts: Cohort[] } | { kind: 'error'; problem: Problem };

/** Instructor's home: "My cohorts", each linking to its roster. */
@Component({
  selector: 'cq-my-cohorts',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
    DateFormatPipe,
    LocaleNumberPipe,
    CohortStatusComponent,
  ],
  providers: [provideTranslocoScope('cohorts')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="my-cohorts-title">
      <h2 id="my-cohorts-title">{{ 'cohorts.mine.title' | transloco }}</h2>
      @switch (state().kind) {
        @case ('loading') {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
        }
        @case ('error') {
          @if (problem(); as problem) {
            <div class="cq-form-error" role="alert">
              <mat-icon>error</mat-icon>
              <span class="message">{{ problem | cqErrorMessage }}</span>
              <button mat-button type="button" (click)="reload()">
                {{ 'common.retry' | transloco }}
              </button>
            </div>
          }
        }
        @case ('ready') {
          @if (cohorts().length === 0) {
            <p class="empty">{{ 'cohorts.mine.empty' | transloco }}</p>
          } @else {
            <ul class="cards">
              @for (cohort of cohorts(); track cohort.id) {
                <li>
                  <mat-card appearance="outlined">
                    <mat-card-header>
                      <h3 mat-card-title>
                        <a [routerLink]="['/instructor/cohorts', cohort.id]">{{ cohort.name }}</a>
                      </h3>
                      <p mat-card-subtitle>
                        {{ cohort.programme.code }} · {{ cohort.programme.title }}
                      </p>
                    </mat-card-header>
                    <mat-card-content>
                      <p>
                        {{
                          'cohorts.dates'
                            | transloco
                              : {
                                  start: (cohort.startsOn | cqDate: 'date'),
                                  end: (cohort.endsOn | cqDate: 'date'),
                                }
                        }}
                      </p>
                      <p class="facts">
                        <cq-cohort-status [status]="cohort.status" />
                        <span>{{
                          'cohorts.studentCount'
                            | transloco: { count: (cohort.studentCount | cqNumber) }
                        }}</span>
                      </p>
                    </mat-card-content>
                  </mat-card>
                </li>
              }
            </ul>
          }
        }
      }
    </section>
  `,
  styles: `
    section {
      margin-top: 24px;
    }
    .cards {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    mat-card {
      height: 100%;
    }
    h3 a {
      color: inherit;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin: 0;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
    .cq-form-error {
      align-items: center;
    }
    .message {
      flex: 1;
    }
  `,
})
export class MyCohortsComponent {
  private readonly api = inject(CohortsApiService);
  private readonly reloads = new Subject<void>();

  protected readonly state = signal<State>({ kind: 'loading' });
  protected readonly cohorts = () => {
    const state = this.state();
    return state.kind === 'ready' ? state.cohorts : [];
  };
  protected readonly problem = () => {
    const state = this.state();
    return state.kind === 'error' ? state.problem : null;
  };

  constructor() {
    this.reloads
      .pipe(
        startWith(undefined),
        switchMap(() => {
          this.state.set({ kind: 'loading' });
          return this.api.myCohorts().pipe(
            map((cohorts): State => ({ kind: 'ready', cohorts })),
            catchError((error: unknown) => of<State>({ kind: 'error', problem: toProblem(error) })),
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
