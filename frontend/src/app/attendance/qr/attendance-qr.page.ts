import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { EMPTY, type Observable, catchError, expand, map, of, switchMap, tap, timer } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import { type Problem } from '../../core/api/types';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import {
  AttendanceApiService,
  type AttendanceQr,
  type AttendanceRoster,
} from '../attendance-api.service';
import { markOf, secondsUntil } from '../roster-counts';
import { ROSTER_POLL_MS } from '../roster/attendance-roster.page';

/** Retry the code this long after the window closed (it may open for the next part). */
const CLOSED_RETRY_MS = 30_000;

/**
 * The code to show in the room: the QR of the signing link, a new one every 30 s with a
 * visible countdown, full screen for a projector, and who has signed so far (polled).
 */
@Component({
  selector: 'cq-attendance-qr-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance-qr.page.html',
  styleUrl: './attendance-qr.page.scss',
})
export class AttendanceQrPage {
  private readonly api = inject(AttendanceApiService);
  private readonly document = inject(DOCUMENT);

  /** Route `:sessionId`. */
  readonly sessionId = input.required<string>();

  private readonly stage = viewChild.required<ElementRef<HTMLElement>>('stage');
  protected readonly qr = signal<AttendanceQr | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly roster = signal<AttendanceRoster | null>(null);
  protected readonly now = signal(Date.now());
  protected readonly fullscreen = signal(false);
  protected readonly seconds = computed(() => {
    const qr = this.qr();
    return qr ? secondsUntil(qr.expiresAt, this.now()) : 0;
  });
  protected readonly signed = computed(() => {
    const roster = this.roster();
    const qr = this.qr();
    if (!roster) return [];
    const part = qr?.part ?? roster.currentPart ?? 0;
    return roster.students
      .map((s) => ({ student: s.student, mark: markOf(s.marks, part) }))
      .filter((s) => s.mark.signedAt)
      .sort((a, b) => (b.mark.signedAt ?? '').localeCompare(a.mark.signedAt ?? ''));
  });
  protected readonly total = computed(() => this.roster()?.students.length ?? 0);

  constructor() {
    const destroyRef = inject(DestroyRef);
    // The code: fetched now, then again when it expires (or later, while signing is closed).
    toObservable(this.sessionId)
      .pipe(
        switchMap((id) =>
          this.fetch(id).pipe(
            expand((delay) => timer(delay).pipe(switchMap(() => this.fetch(id)))),
          ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe();
    // Who signed: the roster, polled.
    toObservable(this.sessionId)
      .pipe(
        switchMap((id) =>
          timer(0, ROSTER_POLL_MS).pipe(
            switchMap(() => this.api.roster(id).pipe(catchError(() => EMPTY))),
          ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((roster) => this.roster.set(roster));
    timer(0, 1000)
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => this.now.set(Date.now()));
    const onFullscreen = () => this.fullscreen.set(!!this.document.fullscreenElement);
    this.document.addEventListener('fullscreenchange', onFullscreen);
    destroyRef.onDestroy(() => this.document.removeEventListener('fullscreenchange', onFullscreen));
  }

  protected toggleFullscreen(): void {
    if (this.document.fullscreenElement) {
      void this.document.exitFullscreen();
    } else {
      void this.stage()
        .nativeElement.requestFullscreen?.()
        .catch(() => undefined);
    }
  }

  /** Loads a code; emits how long to wait before the next one. */
  private fetch(id: string): Observable<number> {
    return this.api.qr(id).pipe(
      tap((qr) => {
        this.qr.set(qr);
        this.problem.set(null);
      }),
      map((qr) => Math.max(1000, new Date(qr.expiresAt).getTime() - Date.now() + 250)),
      catchError((error: unknown) => {
        this.qr.set(null);
        this.problem.set(toProblem(error));
        return of(CLOSED_RETRY_MS);
      }),
    );
  }
}
