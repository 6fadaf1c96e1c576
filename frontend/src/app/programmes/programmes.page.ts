import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { ProgrammesApiService } from '../core/api/programmes-api.service';
import { type Programme, type ProgrammeSort } from '../core/api/types';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { PagedList } from '../shared/paged-list';
import { ListFrameComponent } from '../shared/list/list-frame.component';
import { ListSearchComponent } from '../shared/list/list-search.component';
import { ProgrammeActionsService } from './programme-actions.service';

interface ProgrammeFilters {
  includeArchived: boolean;
}

/** Admin: the programmes, paged, sorted and searched on the server; archived ones on demand. */
@Component({
  selector: 'cq-programmes-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    ListFrameComponent,
    ListSearchComponent,
    LocaleNumberPipe,
  ],
  providers: [ProgrammeActionsService],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './programmes.page.html',
  styleUrl: '../shared/list-page.scss',
})
export class ProgrammesPage {
  private readonly api = inject(ProgrammesApiService);
  private readonly actions = inject(ProgrammeActionsService);

  protected readonly columns = [
    'code',
    'title',
    'gradingScale',
    'ectsTotal',
    'moduleCount',
    'cohortCount',
    'actions',
  ];
  protected readonly busy = signal<ReadonlySet<string>>(new Set());

  protected readonly list = new PagedList<Programme, ProgrammeSort, ProgrammeFilters>({
    sortable: ['code', 'title', 'createdAt', 'ectsTotal'],
    initialSort: { active: 'code', direction: 'asc' },
    filters: { includeArchived: false },
    load: (query) => this.api.list(query),
  });

  protected toggleArchived(include: boolean): void {
    this.list.setFilters({ includeArchived: include });
  }

  protected archive(programme: Programme): void {
    this.run(programme, this.actions.archive(programme));
  }

  protected restore(programme: Programme): void {
    this.run(programme, this.actions.restore(programme));
  }

  protected remove(programme: Programme): void {
    this.run(programme, this.actions.remove(programme), () => this.list.reload());
  }

  private run(
    programme: Programme,
    action: ReturnType<ProgrammeActionsService['archive']>,
    afterRemove?: () => void,
  ): void {
    this.setBusy(programme.id, true);
    action.subscribe({
      next: (updated) => {
        if (updated === 'removed') afterRemove?.();
        else if (updated) {
          if (updated.archivedAt && !this.list.filters().includeArchived) this.list.reload();
          else this.list.replace((p) => p.id === updated.id, updated);
        }
      },
      complete: () => this.setBusy(programme.id, false),
      error: () => this.setBusy(programme.id, false),
    });
  }

  private setBusy(id: string, busy: boolean): void {
    this.busy.update((ids) => {
      const next = new Set(ids);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
