import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EMPTY, catchError, switchMap, timer } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import { type Problem } from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { LanguageService } from '../../core/i18n/language.service';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import {
  ATTENDANCE_STATUSES,
  AttendanceApiService,
  type AttendanceEntry,
  type AttendancePartNo,
  type AttendanceRoster,
  type AttendanceStatus,
  type RosterStudent,
} from '../attendance-api.service';
import { CertifyDialogComponent, type CertifyDialogData } from '../certify-dialog.component';
import { ExcuseDialogComponent, type ExcuseDialogData } from '../excuse-dialog.component';
import { defaultPart, markOf, rosterCounts, untaken } from '../roster-counts';

/** How often the live roster asks again (signatures arrive from the students' phones). */
export const ROSTER_POLL_MS = 3000;

export const STATUS_ICONS: Record<AttendanceStatus, string> = {
  present: 'check_circle',
  late: 'schedule',
  excused: 'medical_information',
  absent: 'cancel',
};

/**
 * The instructor's roster, made for a phone in the room: one card per student with big
 * status buttons, "all present" then the exceptions, excused with a reason, the signatures
 * arriving live (polled), the QR code, the PDF sheet and the certification.
 */
@Component({
  selector: 'cq-attendance-roster-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-roster.page.html',
  styleUrl: './attendance-roster.page.scss',
})
export class AttendanceRosterPage {
  private readonly api = inject(AttendanceApiService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly dates = inject(DateFormatService);
  private readonly language = inject(LanguageService);

  /** Route `:sessionId`. */
  readonly sessionId = input.required<string>();

  protected readonly statuses = ATTENDANCE_STATUSES;
  protected readonly icons = STATUS_ICONS;
  protected readonly loader = detailLoader({
    key: () => this.sessionId(),
    load: (id) => this.api.roster(id),
  });
  /** The latest roster: first load, then each poll and each save. */
  protected readonly roster = signal<AttendanceRoster | null>(null);
  protected readonly chosenPart = signal<number | null>(null);
  protected readonly part = computed(() => {
    const roster = this.roster();
    return this.chosenPart() ?? (roster ? defaultPart(roster) : 0);
  });
  protected readonly partInfo = computed(
    () => this.roster()?.parts.find((p) => p.part === this.part()) ?? null,
  );
  protected readonly counts = computed(() => {
    const roster = this.roster();
    return roster ? rosterCounts(roster, this.part()) : null;
  });
  protected readonly untaken = computed(() => {
    const roster = this.roster();
    return roster ? untaken(roster, this.part()) : [];
  });
  protected readonly pending = signal<ReadonlySet<string>>(new Set());
  protected readonly problem = signal<Problem | null>(null);
  protected readonly area = computed(() => `/${this.auth.role() ?? 'instructor'}`);
  protected readonly sheetUrl = computed(() =>
    this.api.sheetUrl(this.sessionId(), this.part(), this.language.lang()),
  );
  /** Bumped by each save: a poll that began before it is stale and dropped. */
  private saves = 0;

  constructor() {
    effect(() => {
      const loaded = this.loader.value();
      if (loaded) this.roster.set(loaded);
    });
    const destroyRef = inject(DestroyRef);
    timer(ROSTER_POLL_MS, ROSTER_POLL_MS)
      .pipe(
        switchMap(() => {
          const id = this.sessionId();
          const saves = this.saves;
          if (!this.roster()) return EMPTY;
          return this.api.roster(id).pipe(
            catchError(() => EMPTY),
            switchMap((roster) => {
              if (saves === this.saves && roster.session.id === this.sessionId()) {
                this.roster.set(roster);
              }
              return EMPTY;
            }),
          );
        }),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe();
  }

  protected markOf(student: RosterStudent) {
    return markOf(student.marks, this.part());
  }

  protected choose(student: RosterStudent, status: AttendanceStatus): void {
    const mark = this.markOf(student);
    if (status === 'excused') {
      this.dialog
        .open<ExcuseDialogComponent, ExcuseDialogData, string>(ExcuseDialogComponent, {
          data: { name: student.student.displayName, reason: mark.excuseReason },
          width: '480px',
          maxWidth: 'calc(100vw - 24px)',
        })
        .afterClosed()
        .subscribe((reason) => {
          if (reason)
            this.save([{ studentId: student.student.id, status, excuseReason: reason }], student);
        });
      return;
    }
    if (mark.status === status) return;
    this.save([{ studentId: student.student.id, status }], student);
  }

  protected allPresent(): void {
    const ids = this.untaken();
    if (ids.length === 0) return;
    this.save(
      ids.map((studentId) => ({ studentId, status: 'present' as const })),
      null,
    );
  }

  protected certify(): void {
    this.dialog
      .open<CertifyDialogComponent, CertifyDialogData, boolean>(CertifyDialogComponent, {
        data: {
          sessionId: this.sessionId(),
          part: this.part(),
          name: this.auth.me()?.displayName ?? '',
        },
        width: '560px',
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .subscribe((done) => {
        if (!done) return;
        this.snackBar.open(this.transloco.translate('attendance.certify.done'), undefined, {
          duration: 4000,
        });
        this.loader.reload();
      });
  }

  protected time(instant: string): string {
    return this.dates.format(instant, 'time', this.roster()?.session.timeZone);
  }

  protected dateTime(instant: string): string {
    return this.dates.format(instant, 'dateTime', this.roster()?.session.timeZone);
  }

  protected isPending(id: string): boolean {
    return this.pending().has(id);
  }

  private save(entries: AttendanceEntry[], student: RosterStudent | null): void {
    const ids = entries.map((e) => e.studentId);
    this.pending.update((p) => new Set([...p, ...ids]));
    this.problem.set(null);
    this.saves += 1;
    this.api.take(this.sessionId(), { part: this.part() as AttendancePartNo, entries }).subscribe({
      next: (roster) => {
        this.saves += 1;
        this.roster.set(roster);
        this.done(ids);
        const status = entries[0]?.status;
        const message = student
          ? this.transloco.translate('attendance.roster.saved', {
              name: student.student.displayName,
              status: this.transloco.translate(`attendance.status.${status}`),
            })
          : this.transloco.translate('attendance.roster.allPresentDone', { count: ids.length });
        this.snackBar.open(message, undefined, { duration: 2500 });
      },
      error: (error: unknown) => {
        this.done(ids);
        this.problem.set(toProblem(error));
      },
    });
  }

  private done(ids: string[]): void {
    this.pending.update((p) => new Set([...p].filter((id) => !ids.includes(id))));
  }
}
