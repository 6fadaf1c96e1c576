import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { finalize } from 'rxjs';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { LanguageService } from '../core/i18n/language.service';
import { detailLoader } from '../shared/detail-loader';
import { FeedbackService } from '../shared/feedback.service';
import { formatFileSize } from '../shared/file-size';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { MailContentComponent } from './mail-content.component';
import { MailboxApiService } from './mailbox-api.service';

/** Admin: one mail as sent — its parts, links and attachments, and why it failed. */
@Component({
  selector: 'cq-mail-detail-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTabsModule,
    TranslocoPipe,
    DateFormatPipe,
    LoadFailureComponent,
    MailContentComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './mail-detail.page.html',
  styleUrl: './mail-detail.page.scss',
})
export class MailDetailPage {
  private readonly api = inject(MailboxApiService);
  private readonly feedback = inject(FeedbackService);

  readonly id = input.required<string>();
  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  protected readonly mail = this.loader.value;
  protected readonly resending = signal(false);
  private readonly language = inject(LanguageService);

  constructor() {
    // A mail on its way: the page follows it until it is sent (or fails).
    effect((onCleanup) => {
      const status = this.mail()?.status;
      if ((status !== 'queued' && status !== 'sending') || this.loader.loading()) return;
      const timer = setTimeout(() => this.loader.reload(), 3000);
      onCleanup(() => clearTimeout(timer));
    });
  }

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.language.locale());
  }

  protected resend(): void {
    const mail = this.mail();
    if (!mail) return;
    this.resending.set(true);
    this.api
      .resend(mail.id)
      .pipe(finalize(() => this.resending.set(false)))
      .subscribe({
        next: (updated) => {
          this.loader.set(updated);
          this.feedback.notify('mailbox.resend.done', { recipient: mail.recipient });
        },
        error: (error: unknown) => this.feedback.error(error),
      });
  }
}
