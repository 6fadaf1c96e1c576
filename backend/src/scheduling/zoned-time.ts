import { DateTime } from 'luxon';

/**
 * Wall-clock times in a programme's time zone ↔ instants, with luxon over the platform's IANA
 * database (Intl), so a series of 09:00 course days stays at 09:00 across a DST change, in
 * whichever hemisphere the programme runs.
 */

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** The wall clock in `zone` at `instant`. */
export function wallClock(instant: Date, zone: string): WallClock {
  const wall = DateTime.fromJSDate(instant, { zone });
  return { date: wall.toFormat('yyyy-MM-dd'), time: wall.toFormat('HH:mm'), weekday: wall.weekday };
}

/** "2027-01-08 09:00–17:00" in `zone` (the end's date too when it differs), for messages. */
export function wallClockSpan(startsAt: Date, endsAt: Date, zone: string): string {
  const from = wallClock(startsAt, zone);
  const to = wallClock(endsAt, zone);
  return `${from.date} ${from.time}–${to.date === from.date ? to.time : `${to.date} ${to.time}`}`;
}

/** `zone`'s offset from UTC at `instant`, in milliseconds (e.g. +3 600 000 for CET). */
export function offsetAt(instant: Date, zone: string): number {
  return DateTime.fromJSDate(instant, { zone }).offset * 60_000;
}

export class NonexistentLocalTime extends Error {}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`. Throws
 * NonexistentLocalTime for a time skipped by a DST change (02:30 on the last Sunday of March
 * in Europe); an ambiguous time (the repeated hour in October) resolves to the first one.
 */
export function instantOf(date: string, time: string, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wall = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  // Luxon moves a skipped time on by the gap (no reading of it shows the asked clock) and, of a
  // repeated time's two readings, keeps the later: keep the readings that show it, earliest first.
  const [first] = wall
    .getPossibleOffsets()
    .filter((d) => d.toFormat('yyyy-MM-dd HH:mm') === `${date} ${time}`)
    .sort((a, b) => a.toMillis() - b.toMillis());
  if (!first) throw new NonexistentLocalTime(`${date} ${time} does not exist in ${zone}`);
  return first.toJSDate();
}

/** Adds days to a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Whether a YYYY-MM-DD string names a real calendar date. */
export function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && addDays(date, 0) === date;
}
