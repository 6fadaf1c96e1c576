import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import {
  type Problem,
  type SeriesChanged,
  type Session,
  type SessionConflict,
  type SessionSlot,
  type SessionSpeaker,
} from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { LanguageService } from '../../core/i18n/language.service';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog.component';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { ConflictAlertComponent } from '../conflict-alert.component';
import { isConflictProblem } from '../conflict-messages';
import { InviteDialogComponent } from '../invitation/invite-dialog.component';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { detailLoader } from '../../shared/detail-loader';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import { KIND_ICONS } from '../session-kinds';
import { SlotDialogComponent, type SlotDialogData } from '../slots/slot-dialog.component';
import { hasBegun, roleLine } from '../session-text';
import { SynthesesReviewComponent } from '../syntheses/syntheses-review.component';
import { SynthesisEditorComponent } from '../syntheses/synthesis-editor.component';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { zonedDate } from '../zoned-time';
import {
  SeriesEditDialogComponent,
  type SeriesEditDialogData,
} from '../series/series-edit-dialog.component';
import {
  CancelSessionDialogComponent,
  type CancelSessionResult,
} from './cancel-session-dialog.component';

/**
 * A session or guest talk: when and where, the speakers with their bio and abstract, the .ics
 * download; for students the synthesis once it has begun; for planners the actions, the
 * invitations and the syntheses handed in.
 */
@Component({
  selector: 'cq-session-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    ConflictAlertComponent,
    ErrorMessagePipe,
    LoadFailureComponent,
    SynthesesReviewComponent,
    SynthesisEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session.page.html',
  styleUrl: './session.page.scss',
})
export class SessionPage {
  private readonly api = inject(SessionsApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageService);
  private readonly dates = inject(DateFormatService);

  /** Route `:id`. */
  readonly id = input.required<string>();

  protected readonly icons = KIND_ICONS;
  protected readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  protected readonly session = this.loader.value;
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly conflicts = signal<SessionConflict[] | null>(null);
  protected readonly loading = this.loader.loading;
  protected readonly pending = signal(false);

  protected readonly role = this.auth.role;
  protected readonly area = computed(() => `/${this.auth.role() ?? 'student'}`);
  protected readonly student = computed(() => this.auth.role() === 'student');
  protected readonly begun = computed(() => {
    const session = this.session();
    return !!session && hasBegun(session);
  });
  protected readonly when = computed(() => {
    const s = this.session();
    return s ? this.dates.when(s.startsAt, s.endsAt, s.timeZone) : '';
  });
  /** Back to the calendar, on the session's week. */
  protected readonly calendarParams = computed(() => {
    const s = this.session();
    return s ? { date: zonedDate(new Date(s.startsAt), s.timeZone) } : {};
  });
  /** A slot's day, when it runs. */
  protected readonly dayWhen = computed(() => {
    const s = this.session();
    return s?.parent ? this.dates.when(s.parent.startsAt, s.parent.endsAt, s.timeZone) : '';
  });
  protected readonly icsUrl = computed(() => this.api.icsUrl(this.id(), this.language.lang()));
  protected readonly speakers = computed(() => {
    const session = this.session();
    if (!session) return [];
    // Students only get confirmed and held speakers; planners see every invitation.
    return session.speakers;
  });

  protected cancelSession(session: Session): void {
    this.dialog
      .open(CancelSessionDialogComponent, {
        data: { title: session.title, series: !!session.seriesId },
        width: '520px',
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .subscribe((result?: CancelSessionResult) => {
        if (!result) return;
        const reason = result.reason || undefined;
        if (result.scope === 'one') {
          this.run(this.api.cancel(session.id, reason), 'scheduling.session.cancelledDone');
          return;
        }
        this.runSeries(
          this.api.cancelSeries(session.id, result.scope, reason),
          session,
          'scheduling.seriesEdit.cancelledDone',
        );
      });
  }

  /** This and the following sessions, or the whole series, in one go. */
  protected editSeries(session: Session): void {
    this.dialog
      .open<SeriesEditDialogComponent, SeriesEditDialogData, SeriesChanged>(
        SeriesEditDialogComponent,
        { data: { session }, width: '640px', maxWidth: 'calc(100vw - 24px)' },
      )
      .afterClosed()
      .subscribe((changed) => {
        if (!changed) return;
        this.afterSeries(changed, session, 'scheduling.seriesEdit.done');
      });
  }

  /**
   * A day comes back with the slots cancelled with it, unless their room or people were taken
   * meanwhile: the message says how many of its slots stay cancelled.
   */
  protected restore(session: Session): void {
    this.run(this.api.restore(session.id), 'scheduling.session.restoredDone', (restored) => {
      const left = restored.slots.filter((s) => s.status === 'cancelled').length;
      return left ? { key: 'scheduling.session.restoredSlotsLeft', count: left } : undefined;
    });
  }

  protected remove(session: Session): void {
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'scheduling.session.deleteTitle',
          message: 'scheduling.session.deleteMessage',
          confirm: 'scheduling.session.delete',
          params: { title: session.title },
        },
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.pending.set(true);
        this.actionProblem.set(null);
        this.api.remove(session.id).subscribe({
          next: () => {
            this.pending.set(false);
            this.notify('scheduling.session.deletedDone', session.title);
            void this.router.navigate([this.area(), 'calendar'], {
              queryParams: this.calendarParams(),
            });
          },
          error: (error: unknown) => {
            this.pending.set(false);
            this.actionProblem.set(toProblem(error));
          },
        });
      });
  }

  protected invite(session: Session): void {
    this.dialog
      .open(InviteDialogComponent, {
        data: { session },
        width: '640px',
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .subscribe((invitation?: { id: string }) => {
        if (invitation) {
          void this.router.navigate([
            this.area(),
            'sessions',
            session.id,
            'invitations',
            invitation.id,
          ]);
        }
      });
  }

  protected slotTime(slot: SessionSlot, timeZone: string): string {
    return this.dates.timeRange(slot.startsAt, slot.endsAt, timeZone);
  }

  /** A talk, workshop, exam or break within this day; the page then shows it in the agenda. */
  protected addSlot(day: Session): void {
    this.dialog
      .open<SlotDialogComponent, SlotDialogData, Session>(SlotDialogComponent, {
        data: { day },
        width: '640px',
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .subscribe((slot) => {
        if (!slot) return;
        this.notify('scheduling.slots.added', slot.title);
        this.loader.reload();
      });
  }

  protected roleOf(speaker: SessionSpeaker): string {
    return roleLine(speaker.jobTitle, speaker.organisation);
  }

  private run(
    request: ReturnType<SessionsApiService['cancel']>,
    done: string,
    instead?: (session: Session) => { key: string; count: number } | undefined,
  ): void {
    this.pending.set(true);
    this.actionProblem.set(null);
    this.conflicts.set(null);
    request.subscribe({
      next: (session) => {
        this.pending.set(false);
        this.loader.set(session);
        const other = instead?.(session);
        if (other) this.notify(other.key, session.title, { count: other.count });
        else this.notify(done, session.title);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const problem = toProblem(error);
        if (isConflictProblem(problem)) this.conflicts.set(problem.conflicts);
        else this.actionProblem.set(problem);
      },
    });
  }

  private runSeries(
    request: ReturnType<SessionsApiService['cancelSeries']>,
    session: Session,
    done: string,
  ): void {
    this.pending.set(true);
    this.actionProblem.set(null);
    this.conflicts.set(null);
    request.subscribe({
      next: (changed) => {
        this.pending.set(false);
        this.afterSeries(changed, session, done);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }

  /** Shows this session as it now is, and how many of the series changed. */
  private afterSeries(changed: SeriesChanged, session: Session, done: string): void {
    const mine = changed.items.find((s) => s.id === session.id);
    if (mine) this.loader.set(mine);
    else this.loader.reload();
    this.snackBar.open(
      this.transloco.translate(done, { count: changed.items.length, title: session.title }),
      undefined,
      { duration: 5000 },
    );
  }

  private notify(key: string, title: string, params: Record<string, unknown> = {}): void {
    this.snackBar.open(this.transloco.translate(key, { title, ...params }), undefined, {
      duration: 4000,
    });
  }
}
