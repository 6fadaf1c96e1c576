import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PartnersApiService } from '../core/api/partners-api.service';
import { type Partner, type PartnerSort } from '../core/api/types';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { PagedList } from '../shared/paged-list';
import { ListFrameComponent } from '../shared/list/list-frame.component';
import { ListSearchComponent } from '../shared/list/list-search.component';
import { PartnerActionsService } from './partner-actions.service';

/** Admin: partner organisations, searched by name (or sector) on the server. */
@Component({
  selector: 'cq-partners-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    ListFrameComponent,
    ListSearchComponent,
    LocaleNumberPipe,
  ],
  providers: [PartnerActionsService],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partners.page.html',
  styleUrl: '../shared/list-page.scss',
})
export class PartnersPage {
  private readonly api = inject(PartnersApiService);
  private readonly actions = inject(PartnerActionsService);

  protected readonly columns = [
    'name',
    'sector',
    'website',
    'contacts',
    'employeeCount',
    'actions',
  ];
  protected readonly busy = signal<ReadonlySet<string>>(new Set());

  protected readonly list = new PagedList<Partner, PartnerSort>({
    sortable: ['name', 'sector', 'createdAt'],
    initialSort: { active: 'name', direction: 'asc' },
    load: (query) => this.api.list(query),
  });

  protected contactNames(partner: Partner): string {
    return partner.contacts.map((c) => c.name).join(', ');
  }

  protected remove(partner: Partner): void {
    this.busy.update((ids) => new Set([...ids, partner.id]));
    this.actions.remove(partner).subscribe({
      next: () => this.list.reload(),
      complete: () =>
        this.busy.update((ids) => new Set([...ids].filter((id) => id !== partner.id))),
    });
  }
}
