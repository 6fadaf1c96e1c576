import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatPaginatorModule } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PartnersApiService } from '../core/api/partners-api.service';
import { type Partner, type PartnerSort } from '../core/api/types';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { PAGE_SIZES, PagedList } from '../shared/paged-list';
import { PartnerActionsService } from './partner-actions.service';

/** Admin: partner organisations, searched by name (or sector) on the server. */
@Component({
  selector: 'cq-partners-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    ErrorMessagePipe,
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
  protected readonly pageSizes = PAGE_SIZES;
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
