import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import { type Problem, type Session, type SessionConflict } from '../../core/api/types';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { type CalendarDay, hourWindow, layoutDay, weekColumns } from '../calendar-grid';
import { ConflictAlertComponent } from '../conflict-alert.component';
import { isConflictProblem } from '../conflict-messages';
import { KIND_ICONS } from '../session-kinds';
import { type IsoDate, formatIsoDate, zonedDate, zonedMinutes } from '../zoned-time';
import {
  SNAP_MINUTES,
  clockOf,
  floorTo,
  moveBy,
  type Proposal,
  resizeBy,
  slotPlacement,
  splitSlots,
} from './week-edits';

/** Where the planner asked for a new session (a click or a drag on an empty part of a day). */
export interface CreateRequest {
  date: IsoDate;
  startTime: string;
  endTime: string;
}

/** Where the planner asked for a new slot within a course day. */
export interface SlotRequest extends CreateRequest {
  day: Session;
}

interface Gesture {
  kind: 'move' | 'resize' | 'create';
  item: Session | null;
  /** The course day a new slot goes in (create within a day's lane). */
  day: Session | null;
  column: number;
  x0: number;
  y0: number;
  columnWidth: number;
  pxPerMinute: number;
  /** The grid's minute at the pointer's start (create). */
  minute0: number;
  moved: boolean;
}

/**
 * The week on a time grid: a column per weekday, and per weekend day that has a session;
 * overlapping sessions side by side, and each course day's slots (guest talks, workshops,
 * breaks) within it. A planner edits it by hand: click or drag on an empty part of a day to
 * create a session there, or inside a course day to add a slot; drag a session to move it and
 * its lower edge to resize it; or, on a focused session, Alt + arrows to move (Alt + Shift +
 * up/down to resize), Enter to save, Escape to give up. The server checks every change: a clash
 * stays shown in place, with what it clashes with.
 */
@Component({
  selector: 'cq-week-view',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    TranslocoPipe,
    ConflictAlertComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './week-view.component.html',
  styleUrl: './week-view.component.scss',
  host: {
    '(document:pointermove)': 'pointerMove($event)',
    '(document:pointerup)': 'pointerUp()',
    '(document:pointercancel)': 'pointerCancel()',
  },
})
export class WeekViewComponent {
  readonly days = input.required<CalendarDay[]>();
  readonly sessions = input.required<Session[]>();
  readonly timeZone = input.required<string>();
  readonly locale = input.required<string>();
  readonly area = input.required<string>();
  /** Admins and instructors: the grid can be edited by hand (sessions they may manage). */
  readonly planner = input(false);

  readonly create = output<CreateRequest>();
  readonly addSlot = output<SlotRequest>();
  /** A session was moved or resized: the calendar reloads. */
  readonly changed = output<Session>();

  private readonly dates = inject(DateFormatService);
  private readonly api = inject(SessionsApiService);
  private readonly transloco = inject(TranslocoService);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;

  protected readonly icons = KIND_ICONS;

  /** The move or resize shown before (or instead of) being saved. */
  protected readonly proposal = signal<Proposal | null>(null);
  protected readonly saving = signal(false);
  protected readonly refused = signal<SessionConflict[] | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  /** The drag-to-create band. */
  protected readonly band = signal<{ column: number; from: number; to: number } | null>(null);
  protected readonly announcement = signal('');

  private gesture: Gesture | null = null;
  /** Until when a click ends a drag (and must not open the session under the pointer). */
  private suppressClickUntil = 0;

  /** A saved move waits on screen for the calendar's reload, rather than jumping back. */
  private readonly awaitingReload = signal(false);
  /** The session shown outlined where it would go: a proposal not saved yet. */
  protected readonly pendingId = computed(() =>
    this.awaitingReload() ? null : (this.proposal()?.id ?? null),
  );

  constructor() {
    effect(() => {
      const p = this.proposal();
      if (!p || !this.awaitingReload()) return;
      const now = this.sessions().find((s) => s.id === p.id);
      if (!now || (now.startsAt === p.startsAt && now.endsAt === p.endsAt)) {
        this.awaitingReload.set(false);
        this.proposal.set(null);
      }
    });
    // In the capture phase, before the link's router handler: a drag's closing click is not a visit.
    const host = this.host;
    const swallow = (event: MouseEvent) => {
      if (Date.now() > this.suppressClickUntil) return;
      if (!(event.target as Element | null)?.closest?.('a.event')) return;
      this.suppressClickUntil = 0;
      event.preventDefault();
      event.stopPropagation();
    };
    host.addEventListener('click', swallow, true);
    inject(DestroyRef).onDestroy(() => host.removeEventListener('click', swallow, true));
  }

  /** The sessions with the proposal applied: a move shows where it would go. */
  private readonly shownSessions = computed(() => {
    const p = this.proposal();
    if (!p) return this.sessions();
    return this.sessions().map((s) =>
      s.id === p.id ? { ...s, startsAt: p.startsAt, endsAt: p.endsAt } : s,
    );
  });
  private readonly split = computed(() => splitSlots(this.shownSessions()));

  /** The days shown: the weekend only where it has sessions. */
  private readonly shown = computed(() => weekColumns(this.days(), this.sessions()));

  private readonly window = computed(() =>
    hourWindow(this.sessions(), this.shown(), this.timeZone()),
  );

  protected readonly hours = computed(() => {
    const { start, end } = this.window();
    const format = new Intl.DateTimeFormat(this.locale(), {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    return Array.from({ length: end - start }, (_, i) => ({
      value: start + i,
      label: format.format(new Date(Date.UTC(2000, 0, 1, start + i))),
    }));
  });

  protected readonly columns = computed(() => {
    const locale = this.locale();
    const { days, slotsOf } = this.split();
    return this.shown().map((day) => ({
      day,
      weekday: formatIsoDate(day.date, locale, { weekday: 'short' }),
      dayNumber: formatIsoDate(day.date, locale, { day: 'numeric', month: 'short' }),
      label: formatIsoDate(day.date, locale),
      placed: layoutDay(days, day, this.timeZone(), this.window()).map((placed) => ({
        ...placed,
        slots: (slotsOf.get(placed.item.id) ?? []).map((slot) => ({
          slot,
          ...slotPlacement(placed.item, slot),
        })),
      })),
    }));
  });

  protected timeOf(session: Session): string {
    return this.dates.timeRange(session.startsAt, session.endsAt, session.timeZone);
  }

  /** Shorter than half an hour: too low for its time and title, so it shows its title alone. */
  protected brief(session: Session): boolean {
    return Date.parse(session.endsAt) - Date.parse(session.startsAt) < 30 * 60_000;
  }

  protected editable(session: Session): boolean {
    return this.planner() && session.canManage && session.status === 'scheduled';
  }

  /** A course day a planner may add slots to. */
  protected holdsSlots(session: Session): boolean {
    return this.editable(session) && !session.parent && session.kind !== 'defence';
  }

  // --- Pointer gestures ---------------------------------------------------------------------

  protected pressSession(event: PointerEvent, item: Session, column: number, resize = false) {
    if (!this.editable(item) || event.button !== 0 || this.saving()) return;
    event.stopPropagation();
    if (resize) event.preventDefault();
    this.begin(event, resize ? 'resize' : 'move', item, null, column);
  }

  /** On an empty part of a day (`day` null) or of a course day's lane (`day` set). */
  protected pressEmpty(event: PointerEvent, column: number, day: Session | null = null) {
    if (!this.planner() || event.button !== 0 || this.saving()) return;
    if (day ? !this.holdsSlots(day) : (event.target as HTMLElement).closest('li')) return;
    event.preventDefault();
    this.begin(event, 'create', null, day, column);
  }

  private begin(
    event: PointerEvent,
    kind: Gesture['kind'],
    item: Session | null,
    day: Session | null,
    column: number,
  ): void {
    const section = (event.target as HTMLElement).closest('section.day');
    if (!section) return;
    const rect = section.getBoundingClientRect();
    const { start, end } = this.window();
    const span = (end - start) * 60;
    const pxPerMinute = rect.height / span;
    this.gesture = {
      kind,
      item,
      day,
      column,
      x0: event.clientX,
      y0: event.clientY,
      columnWidth: rect.width,
      pxPerMinute,
      minute0: start * 60 + (event.clientY - rect.top) / pxPerMinute,
      moved: false,
    };
  }

  protected pointerMove(event: PointerEvent): void {
    const g = this.gesture;
    if (!g) return;
    const dx = event.clientX - g.x0;
    const dy = event.clientY - g.y0;
    if (!g.moved && Math.hypot(dx, dy) < 6) return;
    g.moved = true;
    const minutes = Math.round(dy / g.pxPerMinute / SNAP_MINUTES) * SNAP_MINUTES;
    if (g.kind === 'create') {
      const a = floorTo(g.minute0, SNAP_MINUTES);
      const b = floorTo(g.minute0 + dy / g.pxPerMinute, SNAP_MINUTES) + SNAP_MINUTES;
      this.band.set({ column: g.column, from: Math.min(a, b), to: Math.max(a, b) });
      return;
    }
    const item = g.item;
    if (!item) return;
    const original = this.sessions().find((s) => s.id === item.id) ?? item;
    if (g.kind === 'resize') {
      this.propose(resizeBy(original, minutes));
      return;
    }
    const columns = this.columns();
    const target = Math.min(
      Math.max(g.column + (item.parent ? 0 : Math.round(dx / g.columnWidth)), 0),
      columns.length - 1,
    );
    this.propose(moveBy(original, minutes, columns[target].day.date, this.timeZone()));
  }

  protected pointerUp(): void {
    const g = this.gesture;
    this.gesture = null;
    if (!g) return;
    if (g.kind === 'create') {
      const band = this.band();
      this.band.set(null);
      const date = this.columns()[g.column]?.day.date;
      if (!date) return;
      const from = band ? band.from : floorTo(g.minute0, SNAP_MINUTES);
      const to = band ? band.to : from + (g.day ? 90 : 120);
      this.requestCreate(date, from, to, g.day);
      return;
    }
    if (!g.moved) return;
    // The click that ends a drag does not open the session.
    this.suppressClickUntil = Date.now() + 500;
    this.save();
  }

  protected pointerCancel(): void {
    this.gesture = null;
    this.band.set(null);
  }

  private requestCreate(date: IsoDate, from: number, to: number, day: Session | null): void {
    if (day) {
      // Within the day, whatever was dragged.
      const dayFrom = zonedMinutes(new Date(day.startsAt), this.timeZone());
      const dayTo = zonedMinutes(new Date(day.endsAt), this.timeZone()) || 24 * 60;
      const start = Math.max(from, dayFrom);
      const end = Math.min(Math.max(to, start + SNAP_MINUTES), dayTo);
      this.addSlot.emit({ day, date, startTime: clockOf(start), endTime: clockOf(end) });
      return;
    }
    this.create.emit({
      date,
      startTime: clockOf(from),
      endTime: clockOf(Math.min(Math.max(to, from + SNAP_MINUTES), 24 * 60 - 1)),
    });
  }

  /** The keyboard's way to add a slot: from the day's start. */
  protected addSlotByKey(day: Session): void {
    const date = zonedDate(new Date(day.startsAt), this.timeZone());
    const from = zonedMinutes(new Date(day.startsAt), this.timeZone());
    this.requestCreate(date, from, from + 90, day);
  }

  // --- Keyboard -----------------------------------------------------------------------------

  protected key(event: KeyboardEvent, item: Session, column: number): void {
    if (!this.editable(item) || this.saving()) return;
    const p = this.proposal();
    if (event.key === 'Escape' && p) {
      event.preventDefault();
      this.dismiss();
      this.keepFocus(p.id);
      return;
    }
    if (event.key === 'Enter' && p?.id === item.id) {
      event.preventDefault();
      this.save();
      return;
    }
    if (!event.altKey) return;
    const base: Session =
      p?.id === item.id ? { ...item, startsAt: p.startsAt, endsAt: p.endsAt } : item;
    const columns = this.columns();
    let next: Proposal | null = null;
    if (event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      next = resizeBy(base, event.key === 'ArrowUp' ? -SNAP_MINUTES : SNAP_MINUTES);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const date = zonedDate(new Date(base.startsAt), this.timeZone());
      next = moveBy(
        base,
        event.key === 'ArrowUp' ? -SNAP_MINUTES : SNAP_MINUTES,
        date,
        this.timeZone(),
      );
    } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && !item.parent) {
      const date = zonedDate(new Date(base.startsAt), this.timeZone());
      const here = columns.findIndex((c) => c.day.date === date);
      const target = (here === -1 ? column : here) + (event.key === 'ArrowLeft' ? -1 : 1);
      if (target < 0 || target >= columns.length) return;
      next = moveBy(base, 0, columns[target].day.date, this.timeZone());
    }
    if (!next) return;
    event.preventDefault();
    this.propose({ ...next, id: item.id });
    this.keepFocus(item.id);
    this.announcement.set(
      this.transloco.translate('scheduling.calendar.edit.proposed', {
        title: item.title,
        when: this.dates.when(next.startsAt, next.endsAt, item.timeZone),
      }),
    );
  }

  /**
   * Moved to another day (or back), the session is drawn anew in that day's column: the focus
   * follows it, so Alt + arrows go on and Enter saves.
   */
  private keepFocus(id: string): void {
    afterNextRender(
      () => {
        const link = this.host.querySelector<HTMLElement>(`li[data-session="${id}"] > a.event`);
        if (link && document.activeElement !== link) link.focus();
      },
      { injector: this.injector },
    );
  }

  // --- Saving -------------------------------------------------------------------------------

  private propose(p: Proposal): void {
    this.awaitingReload.set(false);
    this.refused.set(null);
    this.problem.set(null);
    this.proposal.set(p);
  }

  protected dismiss(): void {
    this.proposal.set(null);
    this.refused.set(null);
    this.problem.set(null);
    this.announcement.set(this.transloco.translate('scheduling.calendar.edit.dismissed'));
  }

  private save(): void {
    const p = this.proposal();
    const item = p && this.sessions().find((s) => s.id === p.id);
    if (!p || !item) return;
    if (p.startsAt === item.startsAt && p.endsAt === item.endsAt) {
      this.proposal.set(null);
      return;
    }
    this.saving.set(true);
    this.api
      .update(item.id, { startsAt: p.startsAt, endsAt: p.endsAt, expectedSequence: item.sequence })
      .subscribe({
        next: (session) => {
          this.saving.set(false);
          this.proposal.set({ id: session.id, startsAt: session.startsAt, endsAt: session.endsAt });
          this.awaitingReload.set(true);
          this.announcement.set(
            this.transloco.translate('scheduling.calendar.edit.saved', {
              title: session.title,
              when: this.dates.when(session.startsAt, session.endsAt, session.timeZone),
            }),
          );
          this.changed.emit(session);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          const problem = toProblem(error);
          // The refused place stays shown, with what it clashes with, until dismissed.
          if (isConflictProblem(problem)) this.refused.set(problem.conflicts);
          else this.problem.set(problem);
        },
      });
  }

  /** The proposal's minutes in the grid, for the drag-to-create band and the refused outline. */
  protected bandStyle(band: { from: number; to: number }) {
    const { start, end } = this.window();
    const span = (end - start) * 60;
    return {
      top: ((band.from - start * 60) / span) * 100,
      height: ((band.to - band.from) / span) * 100,
    };
  }
}
