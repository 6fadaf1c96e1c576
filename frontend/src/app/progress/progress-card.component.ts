import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoPipe } from '@jsverse/transloco';
import { of, switchMap } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { AuthService } from '../core/auth/auth.service';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { ProgressApiService } from './progress-api.service';
import { ReasonParamsPipe } from './reason-params';

/**
 * The signed-in student's progress to the diploma in a card, for the student home: outcome,
 * overall average, attendance, what is missing and what is still to come, and a link to
 * "My results". Input: the cohort (default: the one /api/me/programme names). Enrolled
 * nowhere: the card shows nothing.
 */
@Component({
  selector: 'cq-progress-card',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoPipe,
    LocaleNumberPipe,
    ReasonParamsPipe,
    ErrorMessagePipe,
  ],
  providers: [provideTranslocoScope('progress')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!loader.notFound()) {
      <mat-card appearance="outlined">
        <mat-card-header>
          <mat-card-title>
            <h2 class="title">{{ 'progress.card.title' | transloco }}</h2>
          </mat-card-title>
        </mat-card-header>
        <mat-card-content>
          @if (loader.loading()) {
            <mat-progress-bar
              mode="indeterminate"
              [attr.aria-label]="'common.loading' | transloco"
            />
          }
          @if (loader.problem(); as problem) {
            <p role="alert">{{ problem | cqErrorMessage: 'progress' }}</p>
          }
          @if (loader.value(); as p) {
            <p class="outcome" [class]="'outcome ' + p.outcome">
              {{ 'progress.outcome.' + p.outcome | transloco }}
            </p>
            <ul class="facts">
              @if (p.overallAverage !== null) {
                <li>
                  {{
                    'progress.card.overall'
                      | transloco: { value: p.overallAverage | cqNumber: '1.0-2' }
                  }}
                </li>
              }
              @if (p.attendanceRate !== null) {
                <li>
                  {{
                    'progress.card.attendance'
                      | transloco: { value: p.attendanceRate | cqNumber: '1.0-1' }
                  }}
                </li>
              }
              @if (missing().length) {
                <li>{{ 'progress.card.missing' | transloco: { count: missing().length } }}</li>
              }
              @if (toCome()) {
                <li>{{ 'progress.card.toCome' | transloco: { count: toCome() } }}</li>
              }
            </ul>
            @if (missing().length) {
              <ul class="missing">
                @for (r of missing(); track $index) {
                  <li>
                    {{
                      'progress.reason.' + r.reason.code
                        | transloco: (r.reason.params | cqReasonParams)
                    }}
                  </li>
                }
              </ul>
            }
          }
        </mat-card-content>
        <mat-card-actions>
          <a mat-button routerLink="/student/results">{{ 'progress.card.open' | transloco }}</a>
        </mat-card-actions>
      </mat-card>
    }
  `,
  styles: `
    .title {
      font: inherit;
      margin: 0;
    }
    .outcome {
      font-weight: 500;
      margin: 8px 0;
    }
    .outcome.not_met {
      color: var(--mat-sys-error);
    }
    .facts,
    .missing {
      margin: 0 0 8px;
      padding-inline-start: 18px;
    }
  `,
})
export class ProgressCardComponent {
  /** The cohort; default: the student's current one. */
  readonly cohort = input<string | undefined>(undefined);

  private readonly api = inject(ProgressApiService);
  private readonly cohorts = inject(CohortsApiService);
  private readonly auth = inject(AuthService);
  private readonly key = computed(() => {
    const me = this.auth.me()?.id;
    return me ? { me, cohort: this.cohort() ?? null } : null;
  });

  protected readonly loader = detailLoader({
    key: () => this.key(),
    sameRecord: (a, b) => a.me === b.me && a.cohort === b.cohort,
    load: ({ me, cohort }) =>
      (cohort
        ? of(cohort)
        : this.cohorts.myProgramme().pipe(switchMap((p) => of(p.cohort.id)))
      ).pipe(switchMap((cohortId) => this.api.student(cohortId, me))),
  });

  protected readonly missing = computed(
    () => this.loader.value()?.rules.filter((r) => r.met === false) ?? [],
  );
  protected readonly toCome = computed(
    () => this.loader.value()?.rules.filter((r) => r.met === null).length ?? 0,
  );
}
