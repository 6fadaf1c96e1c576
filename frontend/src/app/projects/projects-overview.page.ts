import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type Cohort, type Problem, type ProjectState } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { ProjectStateComponent } from './project-state.component';

const STATES: readonly ProjectState[] = [
  'proposed',
  'sent_back',
  'approved',
  'in_progress',
  'submitted',
  'defended',
  'graded',
  'rejected',
  'abandoned',
];

/** Admin: every project of a cohort, with counts by state, partners and who has none yet. */
@Component({
  selector: 'cq-projects-overview-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslocoPipe,
    DateFormatPipe,
    LocaleNumberPipe,
    ErrorMessagePipe,
    ProjectStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './projects-overview.page.html',
  styleUrl: './projects-overview.page.scss',
})
export class ProjectsOverviewPage {
  /** Query parameter `?cohort=`: the cohort shown. */
  readonly cohort = input<string | undefined>(undefined);
  /** Query parameter `?state=`: only the projects in this state (a figure of a home page). */
  readonly state = input<string | undefined>(undefined);

  private readonly api = inject(ProjectsApiService);
  private readonly cohortsApi = inject(CohortsApiService);
  private readonly router = inject(Router);

  protected readonly cohorts = signal<Cohort[]>([]);
  protected readonly cohortsLoading = signal(true);
  protected readonly cohortsProblem = signal<Problem | null>(null);
  protected readonly states = STATES;

  protected readonly selected = computed(() => this.cohort() ?? this.cohorts()[0]?.id ?? null);
  protected readonly loader = detailLoader({
    key: () => this.selected(),
    load: (id) => this.api.overview(id),
  });
  protected readonly overview = this.loader.value;
  protected readonly loading = computed(() => this.cohortsLoading() || this.loader.loading());
  protected readonly problem = computed(() => this.cohortsProblem() ?? this.loader.problem());
  protected readonly total = computed(() => this.overview()?.projects.length ?? 0);
  /** The state filter, when it names a real state (an unknown `?state=` shows everything). */
  protected readonly stateFilter = computed(() => {
    const state = this.state();
    return STATES.find((s) => s === state) ?? null;
  });
  protected readonly shown = computed(() => {
    const projects = this.overview()?.projects ?? [];
    const state = this.stateFilter();
    return state ? projects.filter((p) => p.state === state) : projects;
  });

  constructor() {
    this.loadCohorts();
  }

  protected retry(): void {
    if (this.cohortsProblem()) this.loadCohorts();
    else this.loader.reload();
  }

  private loadCohorts(): void {
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

  /** The query parameters that show the selected cohort's projects in `state` (null: all). */
  protected filterBy(state: ProjectState | null): Record<string, string | null> {
    return { cohort: this.selected(), state };
  }

  protected count(state: ProjectState): number {
    return this.overview()?.byState[state] ?? 0;
  }

  protected names(people: readonly { displayName: string }[]): string {
    return people.map((p) => p.displayName).join(', ');
  }
}
