import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { UnreadCountService } from './unread-count.service';

/**
 * The toolbar's bell: the unread count as a badge, in the button's name for screen readers
 * ("Notifications, 3 unread"), and announced politely when it rises; opens the list.
 */
@Component({
  selector: 'cq-notification-bell',
  imports: [MatBadgeModule, MatButtonModule, MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a
      mat-icon-button
      data-testid="notification-bell"
      [routerLink]="link()"
      [attr.aria-label]="
        unread()
          ? ('shell.notificationsUnread' | transloco: { count: unread() })
          : ('shell.notifications' | transloco)
      "
    >
      <mat-icon
        aria-hidden="true"
        [matBadge]="badge()"
        [matBadgeHidden]="!unread()"
        matBadgeColor="warn"
        matBadgeSize="medium"
        >{{ unread() ? 'notifications_unread' : 'notifications' }}</mat-icon
      >
    </a>
    <span class="cq-visually-hidden" aria-live="polite" data-testid="notification-count">
      @if (unread()) {
        {{ 'shell.notificationsUnread' | transloco: { count: unread() } }}
      }
    </span>
  `,
})
export class NotificationBellComponent {
  private readonly auth = inject(AuthService);
  private readonly counts = inject(UnreadCountService);

  protected readonly unread = computed(() => this.counts.count() ?? 0);
  protected readonly badge = computed(() => (this.unread() > 99 ? '99+' : String(this.unread())));
  protected readonly link = computed(() => `/${this.auth.role() ?? 'student'}/notifications`);

  constructor() {
    this.counts.start();
  }
}
