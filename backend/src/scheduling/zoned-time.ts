/**
 * Wall-clock times in a programme's time zone ↔ instants, with the platform's IANA database
 * (Intl), so a series of 09:00 course days stays at 09:00 across a DST change.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function parts(instant: Date, zone: string) {
  const p = Object.fromEntries(
    formatter(zone)
      .formatToParts(instant)
      .map((x) => [x.type, x.value]),
  ) as Record<string, string>;
  return p;
}

/** The wall clock in `zone` at `instant`. */
export function wallClock(instant: Date, zone: string): WallClock {
  const p = parts(instant, zone);
  return {
    date: `${p['year']}-${p['month']}-${p['day']}`,
    time: `${p['hour']}:${p['minute']}`,
    weekday: WEEKDAYS[p['weekday'] ?? ''] ?? 0,
  };
}

/** `zone`'s offset from UTC at `instant`, in milliseconds (e.g. +3 600 000 for CET). */
export function offsetAt(instant: Date, zone: string): number {
  const p = parts(instant, zone);
  const asUtc = Date.UTC(
    Number(p['year']),
    Number(p['month']) - 1,
    Number(p['day']),
    Number(p['hour']),
    Number(p['minute']),
    Number(p['second']),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

export class NonexistentLocalTime extends Error {}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`. Throws
 * NonexistentLocalTime for a time skipped by a DST change (02:30 on the last Sunday of March
 * in Europe); an ambiguous time (the repeated hour in October) resolves to the first one.
 */
export function instantOf(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const naive = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // The offset is the one before or after a DST change around that day: try both, earliest first.
  const day = 24 * 3600 * 1000;
  const candidates = [
    ...new Set([-day, 0, day].map((shift) => naive - offsetAt(new Date(naive + shift), zone))),
  ].sort((a, b) => a - b);
  for (const c of candidates) {
    const w = wallClock(new Date(c), zone);
    if (w.date === date && w.time === time) return new Date(c);
  }
  throw new NonexistentLocalTime(`${date} ${time} does not exist in ${zone}`);
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
