import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule, type Sort } from '@angular/material/sort';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { type Cohort, type Problem } from '../core/api/types';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { DistributionChartComponent } from './distribution-chart.component';
import { ProgressApiService, type StudentProgress } from './progress-api.service';
import { ReasonParamsPipe } from './reason-params';

const OUTCOME_ORDER = { not_met: 0, pending: 1, met: 2 } as const;

type Column = 'name' | 'average' | 'attendance' | 'outcome';

/**
 * Staff: a cohort's progress to the diploma: every student's overall average, attendance,
 * outcome and missing requirements, sortable, with the distribution of the averages as a
 * chart. A name opens the student's results.
 */
@Component({
  selector: 'cq-cohort-progress-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSortModule,
    RouterLink,
    TranslocoPipe,
    LocaleNumberPipe,
    LoadFailureComponent,
    DistributionChartComponent,
    ReasonParamsPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      <div class="cq-page-header">
        <h1>{{ 'progress.cohort.title' | transloco }}</h1>
        <mat-form-field class="cohort" subscriptSizing="dynamic">
          <mat-label>{{ 'progress.cohort.cohort' | transloco }}</mat-label>
          <mat-select [value]="selected()" (valueChange)="choose($event)">
            @for (c of cohorts(); track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>

      @if (cohortsLoading() || loader.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
      }
      @if (cohortsProblem(); as problem) {
        <div class="cq-form-error" role="alert">
          <mat-icon aria-hidden="true">error</mat-icon>
          <span class="grow">{{ problem | cqErrorMessage: 'progress' }}</span>
          <button mat-button type="button" (click)="loadCohorts()">
            {{ 'common.retry' | transloco }}
          </button>
        </div>
      }
      @if (!cohortsLoading() && !cohorts().length && !cohortsProblem()) {
        <p class="muted">{{ 'progress.cohort.noCohorts' | transloco }}</p>
      }
      <cq-load-failure [loader]="loader" scope="progress" />

      @if (loader.value(); as p) {
        <p class="muted">{{ p.programme.title }} · {{ p.cohort.name }}</p>
        @if (p.students.length) {
          <cq-distribution-chart
            [averages]="averages()"
            [min]="p.programme.min"
            [max]="p.programme.max"
            [pass]="p.programme.pass"
          />

          <h2 id="cq-progress-students">{{ 'progress.cohort.students' | transloco }}</h2>
          <div
            class="table-scroll"
            tabindex="0"
            role="region"
            aria-labelledby="cq-progress-students"
          >
            <table
              class="table"
              matSort
              [matSortActive]="sort().active"
              [matSortDirection]="sort().direction"
              (matSortChange)="sort.set($event)"
            >
              <thead>
                <tr>
                  <th scope="col" mat-sort-header="name">
                    {{ 'progress.cohort.name' | transloco }}
                  </th>
                  <th scope="col" mat-sort-header="average" class="num">
                    {{ 'progress.cohort.average' | transloco }}
                  </th>
                  <th scope="col" mat-sort-header="attendance" class="num">
                    {{ 'progress.cohort.attendance' | transloco }}
                  </th>
                  <th scope="col" mat-sort-header="outcome">
                    {{ 'progress.cohort.outcome' | transloco }}
                  </th>
                  <th scope="col">{{ 'progress.cohort.missing' | transloco }}</th>
                </tr>
              </thead>
              <tbody>
                @for (s of rows(); track s.studentId) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="[p.cohort.id, 'students', s.studentId]">{{
                        s.displayName
                      }}</a>
                    </th>
                    <td class="num">
                      {{ (s.overallAverage | cqNumber: '1.0-2') ?? '–' }}
                    </td>
                    <td class="num">
                      @if (s.attendanceRate !== null) {
                        {{ s.attendanceRate | cqNumber: '1.0-1' }} %
                      } @else {
                        –
                      }
                    </td>
                    <td>
                      <span class="outcome" [class]="'outcome ' + s.outcome">
                        {{ 'progress.outcomeShort.' + s.outcome | transloco }}
                      </span>
                    </td>
                    <td>
                      <ul class="missing">
                        @for (r of missing(s); track $index) {
                          <li>
                            {{
                              'progress.reason.' + r.reason.code
                                | transloco: (r.reason.params | cqReasonParams)
                            }}
                          </li>
                        }
                      </ul>
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p class="muted">{{ 'progress.cohort.noStudents' | transloco }}</p>
        }
      }
    </div>
  `,
  styles: `
    .cohort {
      min-width: 240px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    h2 {
      margin-top: 24px;
    }
    .table-scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      min-width: 640px;
    }
    .table th,
    .table td {
      text-align: start;
      padding: 8px 12px 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .table th[scope='row'] {
      font-weight: normal;
    }
    .table .num {
      text-align: end;
      white-space: nowrap;
    }
    .outcome {
      font-size: 0.8125rem;
      padding: 2px 8px;
      border-radius: 8px;
      white-space: nowrap;
      background: var(--mat-sys-surface-container-high);
    }
    .outcome.met {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .outcome.not_met {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .missing {
      margin: 0;
      padding-inline-start: 16px;
      font-size: 0.875rem;
    }
    .grow {
      flex: 1;
    }
  `,
})
export class CohortProgressPage {
  /** Query parameter `?cohort=`: the cohort shown. */
  readonly cohort = input<string | undefined>(undefined);

  private readonly api = inject(ProgressApiService);
  private readonly cohortsApi = inject(CohortsApiService);
  private readonly router = inject(Router);

  protected readonly cohorts = signal<Cohort[]>([]);
  protected readonly cohortsLoading = signal(true);
  protected readonly cohortsProblem = signal<Problem | null>(null);
  protected readonly sort = signal<Sort>({ active: 'name', direction: 'asc' });

  protected readonly selected = computed(() => this.cohort() ?? this.cohorts()[0]?.id ?? null);
  protected readonly loader = detailLoader({
    key: () => this.selected(),
    load: (id) => this.api.cohort(id),
  });

  protected readonly averages = computed(
    () => this.loader.value()?.students.map((s) => s.overallAverage) ?? [],
  );

  protected readonly rows = computed(() => {
    const students = [...(this.loader.value()?.students ?? [])];
    const { active, direction } = this.sort();
    if (!direction) return students;
    const sign = direction === 'asc' ? 1 : -1;
    const key = (s: StudentProgress): number | string | null => {
      switch (active as Column) {
        case 'average':
          return s.overallAverage;
        case 'attendance':
          return s.attendanceRate;
        case 'outcome':
          return OUTCOME_ORDER[s.outcome];
        default:
          return s.displayName;
      }
    };
    const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
    return students.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      // Rows without a value go last whatever the direction.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order =
        typeof x === 'string' ? collator.compare(x, String(y)) : (x as number) - (y as number);
      return order * sign || collator.compare(a.displayName, b.displayName);
    });
  });

  constructor() {
    this.loadCohorts();
  }

  protected loadCohorts(): void {
    this.cohortsLoading.set(true);
    this.cohortsProblem.set(null);
    this.cohortsApi.list({ page: 1, size: 100, sort: '-startsOn' }).subscribe({
      next: ({ items }) => {
        this.cohorts.set(items);
        this.cohortsLoading.set(false);
      },
      error: (error: unknown) => {
        this.cohortsProblem.set(toProblem(error));
        this.cohortsLoading.set(false);
      },
    });
  }

  protected choose(cohortId: string): void {
    void this.router.navigate([], { queryParams: { cohort: cohortId }, replaceUrl: true });
  }

  protected missing(s: StudentProgress) {
    return s.rules.filter((r) => r.met === false);
  }
}
