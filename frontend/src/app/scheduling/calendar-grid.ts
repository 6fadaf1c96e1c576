import {
  type IsoDate,
  addDays,
  addMonths,
  dateAsUtcNoon,
  isoWeekday,
  startOfIsoWeek,
  startOfMonth,
  startOfZonedDay,
  zonedMinutes,
} from './zoned-time';

/**
 * The days of the calendar views and where sessions sit in them, in one time zone. Days are
 * the zone's days: from its midnight to the next, 23 or 25 hours long when clocks change.
 */

export type CalendarView = 'days' | 'week' | 'month' | 'agenda';
export const CALENDAR_VIEWS: readonly CalendarView[] = ['days', 'week', 'month', 'agenda'];

/** The course-days view (a phone's time grid): three days that have sessions… */
export const COURSE_DAYS_SHOWN = 3;
/** …looked for this many days either side of its anchor. */
export const COURSE_DAYS_REACH = 28;

/** The agenda lists four weeks from the Monday of the anchor's week. */
export const AGENDA_DAYS = 28;

export interface CalendarDay {
  date: IsoDate;
  /** The zone's midnight that starts the day. */
  start: Date;
  /** The next midnight. */
  end: Date;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Month view: whether the day belongs to the month shown (others are greyed). */
  inPeriod: boolean;
  today: boolean;
}

export interface Timed {
  startsAt: string;
  endsAt: string;
}

export function calendarDay(
  date: IsoDate,
  timeZone: string,
  today: IsoDate,
  inPeriod = true,
): CalendarDay {
  return {
    date,
    start: startOfZonedDay(date, timeZone),
    end: startOfZonedDay(addDays(date, 1), timeZone),
    weekday: isoWeekday(date),
    inPeriod,
    today: date === today,
  };
}

/**
 * The days a view shows around `anchor`: the Monday-to-Sunday week; the whole weeks that
 * cover the month; or the agenda's four weeks.
 */
export function viewDays(
  view: CalendarView,
  anchor: IsoDate,
  timeZone: string,
  today: IsoDate,
): CalendarDay[] {
  if (view === 'month') {
    const first = startOfMonth(anchor);
    const last = addDays(addMonths(first, 1), -1);
    const from = startOfIsoWeek(first);
    const to = addDays(startOfIsoWeek(last), 6);
    const days: CalendarDay[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      days.push(calendarDay(date, timeZone, today, date.slice(0, 7) === first.slice(0, 7)));
    }
    return days;
  }
  if (view === 'days') {
    return Array.from({ length: 2 * COURSE_DAYS_REACH }, (_, i) =>
      calendarDay(addDays(anchor, i - COURSE_DAYS_REACH), timeZone, today),
    );
  }
  const count = view === 'week' ? 7 : AGENDA_DAYS;
  const monday = startOfIsoWeek(anchor);
  return Array.from({ length: count }, (_, i) => calendarDay(addDays(monday, i), timeZone, today));
}

/**
 * The week view's columns: Monday to Friday, and Saturday or Sunday when something takes place
 * on it (a Friday-Saturday programme shows its Saturdays; an empty weekend takes no room).
 */
export function weekColumns<T extends Timed>(
  days: readonly CalendarDay[],
  items: readonly T[],
): CalendarDay[] {
  return days.filter((day) => day.weekday <= 5 || itemsOfDay(items, day).length > 0);
}

/** The instants to ask the API for: [first midnight, last day's end). */
export function viewRange(days: readonly CalendarDay[]): { from: Date; to: Date } {
  return { from: days[0].start, to: days[days.length - 1].end };
}

/** Days in rows of seven (month view). */
export function chunkWeeks<T>(days: readonly T[]): T[][] {
  const weeks: T[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

/** The anchor one period earlier (`step` -1) or later (+1). */
export function shiftAnchor(view: CalendarView, anchor: IsoDate, step: number): IsoDate {
  switch (view) {
    case 'days':
      // Without the sessions to find course days by (see courseDays): three calendar days.
      return addDays(anchor, COURSE_DAYS_SHOWN * step);
    case 'week':
      return addDays(anchor, 7 * step);
    case 'month':
      return addMonths(startOfMonth(anchor), step);
    case 'agenda':
      return addDays(anchor, AGENDA_DAYS * step);
  }
}

/** The period's title: `octobre 2026`, `19–25 oct. 2026`. */
export function periodLabel(
  view: CalendarView,
  days: readonly CalendarDay[],
  locale: string,
): string {
  if (view === 'month') {
    const middle = days[Math.floor(days.length / 2)].date;
    return new Intl.DateTimeFormat(locale, {
      timeZone: 'UTC',
      month: 'long',
      year: 'numeric',
    }).format(dateAsUtcNoon(middle));
  }
  const format = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  return format.formatRange(dateAsUtcNoon(days[0].date), dateAsUtcNoon(days[days.length - 1].date));
}

function overlaps(item: Timed, from: Date, to: Date): boolean {
  return new Date(item.startsAt) < to && new Date(item.endsAt) > from;
}

export interface CourseDays {
  /** The first days from the anchor that have sessions (the anchor alone when none has). */
  shown: CalendarDay[];
  /** The anchor of the course days before, and after. */
  previous: IsoDate;
  next: IsoDate;
}

/**
 * The programme's actual course days around `anchor`: the days of `days` (the view's span) that
 * have items, the empty ones between them skipped, so that a phone shows three days of classes
 * rather than a Saturday, a Sunday and a Monday.
 */
export function courseDays<T extends Timed>(
  items: readonly T[],
  days: readonly CalendarDay[],
  anchor: IsoDate,
  count = COURSE_DAYS_SHOWN,
): CourseDays {
  const busy = days.filter((day) => itemsOfDay(items, day).length > 0);
  const after = busy.filter((day) => day.date >= anchor).slice(0, count);
  const before = busy.filter((day) => day.date < anchor);
  const anchorDay = days.find((day) => day.date === anchor);
  const shown = after.length > 0 ? after : anchorDay ? [anchorDay] : [];
  const last = shown[shown.length - 1]?.date ?? anchor;
  return {
    shown,
    previous:
      before.length > 0
        ? before[Math.max(before.length - count, 0)].date
        : addDays(anchor, -COURSE_DAYS_REACH),
    next: after.length > 0 ? addDays(last, 1) : addDays(anchor, COURSE_DAYS_REACH),
  };
}

/** The items that take place (at least in part) on the day, by start time. */
export function itemsOfDay<T extends Timed>(items: readonly T[], day: CalendarDay): T[] {
  return items
    .filter((item) => overlaps(item, day.start, day.end))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt));
}

export interface HourWindow {
  /** First hour shown (0–23). */
  start: number;
  /** Hour the grid ends at (1–24). */
  end: number;
}

export const DEFAULT_HOURS: HourWindow = { start: 8, end: 18 };

/**
 * The hours the week grid shows: the default working day, widened to every item of the days
 * (on the wall clock of the zone).
 */
export function hourWindow<T extends Timed>(
  items: readonly T[],
  days: readonly CalendarDay[],
  timeZone: string,
  fallback: HourWindow = DEFAULT_HOURS,
): HourWindow {
  let { start, end } = fallback;
  for (const day of days) {
    for (const item of itemsOfDay(items, day)) {
      const [from, to] = dayMinutes(item, day, timeZone);
      start = Math.min(start, Math.floor(from / 60));
      end = Math.max(end, Math.ceil(to / 60));
    }
  }
  return { start: Math.max(0, start), end: Math.min(24, end) };
}

/** The item's wall-clock minutes within the day, clipped to it: [0, 1440]. */
export function dayMinutes(item: Timed, day: CalendarDay, timeZone: string): [number, number] {
  const start = new Date(item.startsAt);
  const end = new Date(item.endsAt);
  const from = start <= day.start ? 0 : zonedMinutes(start, timeZone);
  const to = end >= day.end ? 24 * 60 : zonedMinutes(end, timeZone);
  return [from, Math.max(to, from)];
}

export interface PlacedItem<T> {
  item: T;
  /** Offset from the grid's top and height, as fractions (0–1) of the hour window. */
  top: number;
  height: number;
  /** Side-by-side placement of items that overlap: column index among `columns`. */
  column: number;
  columns: number;
  /** The item began on an earlier day or ends on a later one. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/**
 * Where the day's items go in a week-view column: by wall-clock time, overlapping ones side
 * by side (each cluster of overlapping items shares its columns).
 */
export function layoutDay<T extends Timed>(
  items: readonly T[],
  day: CalendarDay,
  timeZone: string,
  window: HourWindow,
): PlacedItem<T>[] {
  const span = (window.end - window.start) * 60;
  const placed: PlacedItem<T>[] = [];
  let cluster: PlacedItem<T>[] = [];
  let columnEnds: number[] = [];
  let clusterEnd = -1;

  const closeCluster = () => {
    for (const entry of cluster) entry.columns = columnEnds.length;
    cluster = [];
    columnEnds = [];
  };

  for (const item of itemsOfDay(items, day)) {
    const [from, to] = dayMinutes(item, day, timeZone);
    if (from >= clusterEnd) closeCluster();
    let column = columnEnds.findIndex((end) => end <= from);
    if (column === -1) {
      column = columnEnds.length;
      columnEnds.push(to);
    } else {
      columnEnds[column] = to;
    }
    clusterEnd = Math.max(clusterEnd, to);
    const top = Math.min(Math.max(from - window.start * 60, 0), span);
    const bottom = Math.min(Math.max(to - window.start * 60, 0), span);
    const entry: PlacedItem<T> = {
      item,
      top: top / span,
      height: Math.max(bottom - top, 0) / span,
      column,
      columns: 1,
      continuesBefore: new Date(item.startsAt) < day.start,
      continuesAfter: new Date(item.endsAt) > day.end,
    };
    placed.push(entry);
    cluster.push(entry);
  }
  closeCluster();
  return placed;
}
