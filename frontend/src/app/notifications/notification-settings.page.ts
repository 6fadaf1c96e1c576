import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { type Problem } from '../core/api/types';
import { AuthService } from '../core/auth/auth.service';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { LoadFailureComponent } from '../shared/load-failure.component';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  NotificationsApiService,
} from './notifications-api.service';

/** /<role>/settings/notifications: per kind, a mail at once, the daily digest or in-app only. */
@Component({
  selector: 'cq-notification-settings-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatRadioModule,
    RouterLink,
    TranslocoPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './notification-settings.page.html',
  styleUrl: './notification-settings.page.scss',
})
export class NotificationSettingsPage {
  private readonly api = inject(NotificationsApiService);
  private readonly auth = inject(AuthService);
  private readonly feedback = inject(FeedbackService);

  protected readonly kinds = NOTIFICATION_KINDS;
  protected readonly channels = NOTIFICATION_CHANNELS;
  protected readonly listLink = computed(() => `/${this.auth.role() ?? 'student'}/notifications`);

  protected readonly saved = detailLoader({
    key: () => this.auth.me()?.id,
    load: () => this.api.preferences(),
  });
  /** The choices on screen (the form), synced from the loaded ones. */
  protected readonly choice = signal<Partial<Record<NotificationKind, NotificationChannel>>>({});
  protected readonly saving = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly changed = computed(() => {
    const saved = this.saved.value();
    if (!saved) return false;
    const choice = this.choice();
    return saved.items.some((p) => choice[p.kind] !== p.channel);
  });

  constructor() {
    effect(() => {
      const saved = this.saved.value();
      if (saved) this.choice.set(Object.fromEntries(saved.items.map((p) => [p.kind, p.channel])));
    });
  }

  protected pick(kind: NotificationKind, channel: NotificationChannel): void {
    this.choice.update((c) => ({ ...c, [kind]: channel }));
  }

  /** Every kind to one channel at once. */
  protected pickAll(channel: NotificationChannel): void {
    this.choice.set(Object.fromEntries(this.kinds.map((k) => [k, channel])));
  }

  protected save(): void {
    const choice = this.choice();
    const items = this.kinds.flatMap((kind) => {
      const channel = choice[kind];
      return channel ? [{ kind, channel }] : [];
    });
    this.saving.set(true);
    this.problem.set(null);
    this.api.updatePreferences(items).subscribe({
      next: () => {
        this.saving.set(false);
        this.saved.reload();
        this.feedback.notify('notifications.settings.saved');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }
}
