import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Clipboard } from '@angular/cdk/clipboard';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { filter, switchMap } from 'rxjs';
import { CalendarFeedsApiService } from '../core/api/calendar-feeds-api.service';
import { toProblem } from '../core/api/problem';
import { SpeakersApiService } from '../core/api/speakers-api.service';
import {
  type CalendarFeed,
  type InvitationDetail,
  type Problem,
  type SpeakerDetail,
  type SpeakerTalk,
} from '../core/api/types';
import { AuthService } from '../core/auth/auth.service';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { detailLoader } from '../shared/detail-loader';
import { LoadFailureComponent } from '../shared/load-failure.component';
import { roleLine } from '../scheduling/session-text';
import { DateFormatService } from '../core/i18n/date-format.service';
import { ConfirmDialogComponent, type ConfirmDialogData } from '../shared/confirm-dialog.component';
import {
  InviteDialogComponent,
  type InviteDialogData,
} from '../scheduling/invitation/invite-dialog.component';
import { talksByTime } from './talks';

/**
 * A speaker: contact and profile, their upcoming and past talks (in the cohorts the viewer
 * plans), and inviting them to an upcoming guest talk.
 */
@Component({
  selector: 'cq-speaker-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatTableModule,
    TranslocoPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './speaker.page.html',
  styleUrl: './speaker.page.scss',
})
export class SpeakerPage {
  private readonly api = inject(SpeakersApiService);
  private readonly feeds = inject(CalendarFeedsApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly clipboard = inject(Clipboard);
  private readonly dates = inject(DateFormatService);

  readonly id = input.required<string>();

  protected readonly area = computed(() => `/${this.auth.role() ?? 'instructor'}`);
  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  protected readonly speaker = this.loader.value;
  protected readonly loading = this.loader.loading;
  protected readonly pending = signal(false);
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly feed = signal<CalendarFeed | null>(null);
  protected readonly copied = signal(false);
  protected readonly talkColumns = ['when', 'talk', 'cohort', 'status'];
  /** Upcoming (soonest first), then past (latest first), as of when the speaker was loaded. */
  protected readonly talkGroups = computed(() => {
    const { upcoming, past } = talksByTime(this.speaker()?.talks ?? []);
    return [
      { key: 'upcoming', talks: upcoming },
      { key: 'past', talks: past },
    ] as const;
  });

  protected when(talk: SpeakerTalk): string {
    return this.dates.when(talk.startsAt, talk.endsAt, talk.timeZone);
  }

  protected roleOf(speaker: SpeakerDetail): string {
    return roleLine(speaker.jobTitle, speaker.organisation);
  }

  /** Opens the invite dialog on the upcoming guest talks; a new invitation opens its page. */
  protected invite(speaker: SpeakerDetail): void {
    this.dialog
      .open<InviteDialogComponent, InviteDialogData, InvitationDetail>(InviteDialogComponent, {
        data: { speaker: { id: speaker.id, fullName: speaker.fullName } },
        width: '640px',
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .pipe(filter((invitation): invitation is InvitationDetail => !!invitation))
      .subscribe((invitation) => {
        void this.router.navigate([
          this.area(),
          'sessions',
          invitation.session.id,
          'invitations',
          invitation.id,
        ]);
      });
  }

  protected setArchived(speaker: SpeakerDetail, archived: boolean): void {
    this.pending.set(true);
    this.actionProblem.set(null);
    this.api.update(speaker.id, { archived }).subscribe({
      next: (updated) => {
        this.pending.set(false);
        this.loader.set(updated);
        this.notify(
          archived ? 'scheduling.speakers.archived' : 'scheduling.speakers.restored',
          updated.fullName,
        );
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }

  protected remove(speaker: SpeakerDetail): void {
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'scheduling.speakers.deleteTitle',
          message: 'scheduling.speakers.deleteMessage',
          confirm: 'scheduling.speakers.delete',
          params: { name: speaker.fullName },
        },
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.pending.set(true);
          this.actionProblem.set(null);
          return this.api.remove(speaker.id);
        }),
      )
      .subscribe({
        next: () => {
          this.pending.set(false);
          this.notify('scheduling.speakers.deleted', speaker.fullName);
          void this.router.navigate(['..'], { relativeTo: this.route });
        },
        error: (error: unknown) => {
          this.pending.set(false);
          this.actionProblem.set(toProblem(error));
        },
      });
  }

  /** A private calendar of this speaker's talks, e.g. to share with a colleague's agenda. */
  protected createFeed(speaker: SpeakerDetail): void {
    this.pending.set(true);
    this.feeds.create({ scope: 'speaker', speakerId: speaker.id }).subscribe({
      next: (feed) => {
        this.pending.set(false);
        this.feed.set(feed);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }

  protected copyFeed(feed: CalendarFeed): void {
    this.copied.set(this.clipboard.copy(feed.url));
  }

  private notify(key: string, name: string): void {
    this.snackBar.open(this.transloco.translate(key, { name }), undefined, { duration: 4000 });
  }
}
