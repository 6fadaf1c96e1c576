import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { CalendarFeedsApiService } from '../../core/api/calendar-feeds-api.service';
import { toProblem } from '../../core/api/problem';
import { type CalendarFeed, type Cohort, type Problem } from '../../core/api/types';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog.component';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';

export interface SubscribeDialogData {
  cohorts: Cohort[];
  planner: boolean;
}

/**
 * "Subscribe": a private iCalendar address for Google Calendar, Outlook or Apple Calendar
 * (my sessions, or a cohort's for planners), to copy or open; revocable at any time.
 */
@Component({
  selector: 'cq-subscribe-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './subscribe-dialog.component.html',
  styleUrl: './subscribe-dialog.component.scss',
})
export class SubscribeDialogComponent {
  protected readonly data = inject<SubscribeDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(CalendarFeedsApiService);
  private readonly clipboard = inject(Clipboard);
  private readonly dialog = inject(MatDialog);

  protected readonly feeds = signal<CalendarFeed[]>([]);
  protected readonly loading = signal(true);
  protected readonly pending = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly copied = signal<string | null>(null);
  /** `me`, or a cohort's id. */
  protected readonly scope = new FormControl('me', { nonNullable: true });
  private readonly scopeValue = toSignal(this.scope.valueChanges, { initialValue: 'me' });
  protected readonly scopeCohort = computed(
    () => this.data.cohorts.find((c) => c.id === this.scopeValue()) ?? null,
  );

  constructor() {
    this.reload();
  }

  protected reload(): void {
    this.loading.set(true);
    this.api.list().subscribe({
      next: (feeds) => {
        this.loading.set(false);
        this.feeds.set(feeds);
      },
      error: (error: unknown) => {
        this.loading.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }

  protected create(): void {
    if (this.pending()) return;
    const scope = this.scope.value;
    this.pending.set(true);
    this.problem.set(null);
    this.api
      .create(scope === 'me' ? { scope: 'me' } : { scope: 'cohort', cohortId: scope })
      .subscribe({
        next: (feed) => {
          this.pending.set(false);
          this.feeds.update((feeds) => [feed, ...feeds.filter((f) => f.id !== feed.id)]);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }

  protected revoke(feed: CalendarFeed): void {
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'scheduling.subscribe.revokeTitle',
          message: 'scheduling.subscribe.revokeMessage',
          confirm: 'scheduling.subscribe.revoke',
        },
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => this.doRevoke(feed));
  }

  private doRevoke(feed: CalendarFeed): void {
    this.pending.set(true);
    this.api.revoke(feed.id).subscribe({
      next: () => {
        this.pending.set(false);
        this.feeds.update((feeds) => feeds.filter((f) => f.id !== feed.id));
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.problem.set(toProblem(error));
      },
    });
  }

  protected copy(feed: CalendarFeed): void {
    this.copied.set(this.clipboard.copy(feed.url) ? feed.id : null);
  }
}
