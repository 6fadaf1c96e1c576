import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { finalize, tap } from 'rxjs';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { ListFrameComponent } from '../shared/list/list-frame.component';
import { ListSearchComponent } from '../shared/list/list-search.component';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { PagedList } from '../shared/paged-list';
import {
  MAIL_STATUSES,
  type MailPage,
  type MailSort,
  type MailStatus,
  type MailSummary,
  MailboxApiService,
} from './mailbox-api.service';

const REFRESH_MS = 3000;

/** Admin: every mail the product sent (or delivered to its built-in mailbox), failures first to act on. */
@Component({
  selector: 'cq-mailbox-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoPipe,
    DateFormatPipe,
    LocaleNumberPipe,
    ListFrameComponent,
    ListSearchComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mailbox.page.html',
  styleUrls: ['../shared/list-page.scss', './mailbox.page.scss'],
})
export class MailboxPage {
  private readonly api = inject(MailboxApiService);
  private readonly feedback = inject(FeedbackService);

  protected readonly statuses = MAIL_STATUSES;
  protected readonly columns = ['recipient', 'subject', 'kind', 'status', 'createdAt', 'actions'];
  protected readonly counts = signal<MailPage['counts'] | null>(null);
  protected readonly busy = signal<ReadonlySet<string>>(new Set());

  protected readonly list = new PagedList<MailSummary, MailSort, { status: MailStatus | null }>({
    sortable: ['createdAt', 'recipient', 'subject', 'status'],
    initialSort: { active: 'createdAt', direction: 'desc' },
    filters: { status: null },
    load: (query) => this.api.list(query).pipe(tap((page) => this.counts.set(page.counts))),
  });

  constructor() {
    // Mails on their way (queued, sending): the list follows them until they are sent.
    effect((onCleanup) => {
      const pending = this.list
        .items()
        .some((m) => m.status === 'queued' || m.status === 'sending');
      if (!pending || this.list.loading()) return;
      const timer = setTimeout(() => this.list.reload(), REFRESH_MS);
      onCleanup(() => clearTimeout(timer));
    });
  }

  protected setStatus(status: MailStatus | null): void {
    this.list.setFilters({ status });
  }

  protected resend(mail: MailSummary): void {
    this.busy.update((ids) => new Set([...ids, mail.id]));
    this.api
      .resend(mail.id)
      .pipe(
        finalize(() => this.busy.update((ids) => new Set([...ids].filter((x) => x !== mail.id)))),
      )
      .subscribe({
        next: (detail) => {
          this.feedback.notify('mailbox.resend.done', { recipient: mail.recipient });
          this.list.replace((m) => m.id === mail.id, detail);
        },
        error: (error: unknown) => this.feedback.error(error),
      });
  }
}
