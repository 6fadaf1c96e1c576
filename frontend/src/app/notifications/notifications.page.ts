import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { map } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { AuthService } from '../core/auth/auth.service';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { ListFrameComponent } from '../shared/list/list-frame.component';
import { PagedList } from '../shared/paged-list';
import {
  type AppNotification,
  NotificationsApiService,
  type NotificationKind,
} from './notifications-api.service';
import { UnreadCountService } from './unread-count.service';

/** An icon per kind, so that the list reads at a glance. */
const ICONS: Record<NotificationKind, string> = {
  'project.reviewed': 'fact_check',
  'project.feedback': 'forum',
  'milestone.due': 'event_upcoming',
  'milestone.overdue': 'event_busy',
  'session.changed': 'edit_calendar',
  'session.cancelled': 'event_busy',
  'synthesis.feedback': 'rate_review',
  'grades.released': 'grading',
  'diploma.issued': 'workspace_premium',
  'veille.commented': 'chat',
  'veille.replied': 'reply',
  'veille.hidden': 'visibility_off',
};

/** /<role>/notifications: my notifications, unread first; follow one, mark one or all read. */
@Component({
  selector: 'cq-notifications-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatSlideToggleModule,
    RouterLink,
    TranslocoPipe,
    DateFormatPipe,
    ListFrameComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notifications.page.html',
  styleUrl: './notifications.page.scss',
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApiService);
  private readonly counts = inject(UnreadCountService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  protected readonly icons = ICONS;
  protected readonly busy = signal(false);
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly unread = signal(0);
  protected readonly settingsLink = computed(
    () => `/${this.auth.role() ?? 'student'}/settings/notifications`,
  );

  protected readonly list = new PagedList<AppNotification, never, { unread?: boolean }>({
    sortable: [],
    initialSort: { active: '', direction: '' },
    pageSize: 25,
    load: (q) =>
      this.api.list({ page: q.page, size: q.size, unread: q.unread }).pipe(
        map((page) => {
          this.unread.set(page.unread);
          this.counts.set(page.unread);
          return page;
        }),
      ),
  });

  protected readonly onlyUnread = computed(() => this.list.filters().unread === true);

  protected label(key: string): string {
    return this.transloco.translate(key);
  }

  protected toggleUnread(only: boolean): void {
    this.list.setFilters({ unread: only || undefined });
  }

  /** Following a notification marks it read, then opens its page. */
  protected open(event: MouseEvent, n: AppNotification): void {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      this.markRead(n);
      return; // a new tab: the browser follows the link
    }
    event.preventDefault();
    if (n.readAt) {
      void this.router.navigateByUrl(n.link);
      return;
    }
    this.api.markRead(n.id).subscribe({
      next: () => {
        this.counts.refresh();
        void this.router.navigateByUrl(n.link);
      },
      error: () => void this.router.navigateByUrl(n.link),
    });
  }

  protected markRead(n: AppNotification): void {
    if (n.readAt) return;
    this.busy.set(true);
    this.actionProblem.set(null);
    this.api.markRead(n.id).subscribe({
      next: (read) => {
        this.busy.set(false);
        this.list.replace((i) => i.id === n.id, read);
        this.unread.update((u) => Math.max(0, u - 1));
        this.counts.set(this.unread());
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }

  protected markAllRead(): void {
    this.busy.set(true);
    this.actionProblem.set(null);
    this.api.markAllRead().subscribe({
      next: () => {
        this.busy.set(false);
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }
}
