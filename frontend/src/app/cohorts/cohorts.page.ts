import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { catchError, map, of } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import { type Cohort, type CohortSort, type CohortStatus, type PersonRef } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { PagedList } from '../shared/paged-list';
import { ListFrameComponent } from '../shared/list/list-frame.component';
import { ListSearchComponent } from '../shared/list/list-search.component';
import { CohortStatusComponent } from './cohort-status.component';
import { COHORT_STATUSES } from './cohort-statuses';

interface CohortFilters {
  programmeId?: string;
  status?: CohortStatus;
}

/** Admin: every cohort, paged, sorted and searched on the server; filters by programme and status. */
@Component({
  selector: 'cq-cohorts-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    ListFrameComponent,
    ListSearchComponent,
    DateFormatPipe,
    LocaleNumberPipe,
    CohortStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohorts.page.html',
  styleUrl: '../shared/list-page.scss',
})
export class CohortsPage {
  private readonly api = inject(CohortsApiService);

  protected readonly columns = [
    'name',
    'programme',
    'startsOn',
    'endsOn',
    'status',
    'studentCount',
    'instructors',
  ];
  protected readonly statuses = COHORT_STATUSES;

  /** Programmes for the filter (archived ones included: their cohorts remain). */
  protected readonly programmes = toSignal(
    inject(ProgrammesApiService)
      .list({ page: 1, size: 200, sort: 'code', includeArchived: true })
      .pipe(
        map((page) => page.items),
        catchError(() => of([])),
      ),
    { initialValue: [] },
  );

  protected readonly list = new PagedList<Cohort, CohortSort, CohortFilters>({
    sortable: ['name', 'startsOn', 'endsOn', 'status', 'programme', 'createdAt'],
    initialSort: { active: 'startsOn', direction: 'desc' },
    filters: {},
    load: (query) => this.api.list(query),
  });

  /** The chosen programme as the filter shows it; null for "all programmes". */
  protected readonly programmeLabel = computed(() => {
    const id = this.list.filters().programmeId;
    const programme = id ? this.programmes().find((p) => p.id === id) : undefined;
    return programme ? `${programme.code} · ${programme.title}` : null;
  });

  protected filterProgramme(programmeId: string): void {
    this.list.setFilters({ programmeId: programmeId || undefined });
  }

  protected filterStatus(status: CohortStatus | ''): void {
    this.list.setFilters({ status: status || undefined });
  }

  protected names(people: readonly PersonRef[]): string {
    return people.map((p) => p.displayName).join(', ');
  }
}
