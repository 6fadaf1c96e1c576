/**
 * Wall-clock dates and times in a named time zone (the programme's, e.g. Europe/Zurich),
 * whatever zone the browser is in. Instants are `Date`s; calendar dates are `YYYY-MM-DD`
 * strings and wall-clock times `HH:MM`. Only Intl is used: no time-zone library.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const DEFAULT_TIME_ZONE = 'Europe/Zurich';

const DAY_MS = 24 * 3600 * 1000;

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a zone. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    hour: parts['hour'] % 24,
    minute: parts['minute'],
    second: parts['second'],
  };
}

/** The zone's offset from UTC at that instant, in minutes (Zurich: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The calendar date of an instant in a zone. */
export function zonedDate(instant: Date, timeZone: string): IsoDate {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The wall-clock time `HH:MM` of an instant in a zone. */
export function zonedTime(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Minutes since the zone's midnight (wall clock): where a session sits in a day column. */
export function zonedMinutes(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  return p.hour * 60 + p.minute;
}

function parseIsoDate(date: IsoDate): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whether a text is a real `YYYY-MM-DD` date. */
export function isIsoDate(text: string | null | undefined): text is IsoDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** Whether a text is a wall-clock time `HH:MM` (00:00–23:59). */
export function isWallTime(text: string | null | undefined): text is string {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text ?? '');
}

/**
 * The instant at which the zone's clocks show `date` `time`. In the spring gap (02:30 on the
 * day clocks jump) the result is the instant one hour later; in the autumn overlap, the first
 * of the two.
 */
export function zonedToInstant(date: IsoDate, time: string, timeZone: string): Date {
  const [year, month, day] = parseIsoDate(date);
  const [hour, minute] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day before and a day after: at most one change lies between.
  const offsets = [
    zoneOffsetMinutes(new Date(wall - DAY_MS), timeZone),
    zoneOffsetMinutes(new Date(wall + DAY_MS), timeZone),
  ];
  const candidates = offsets.map((offset) => wall - offset * 60000).sort((a, b) => a - b);
  const wanted = `${pad(hour)}:${pad(minute)}`;
  const exact = candidates.find((c) => zonedTime(new Date(c), timeZone) === wanted);
  // No exact reading: the time falls in the spring gap; the later candidate is an hour on.
  return new Date(exact ?? candidates[candidates.length - 1]);
}

/** The instant the zone's day `date` begins (its midnight). */
export function startOfZonedDay(date: IsoDate, timeZone: string): Date {
  return zonedToInstant(date, '00:00', timeZone);
}

/** Calendar arithmetic on dates, no zone involved. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = parseIsoDate(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The same day `months` later, kept inside the month (31 January + 1 month = 28/29 February). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = parseIsoDate(date);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return `${pad(first.getUTCFullYear(), 4)}-${pad(first.getUTCMonth() + 1)}-${pad(Math.min(day, last))}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const [year, month, day] = parseIsoDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The Monday of the week of `date`. */
export function startOfIsoWeek(date: IsoDate): IsoDate {
  return addDays(date, 1 - isoWeekday(date));
}

/** The first day of the month of `date`. */
export function startOfMonth(date: IsoDate): IsoDate {
  return `${date.slice(0, 8)}01`;
}

/** A date at noon UTC: safe to format as a calendar day in any zone with `timeZone: 'UTC'`. */
export function dateAsUtcNoon(date: IsoDate): Date {
  const [year, month, day] = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day, 12));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, f);
  }
  return f;
}

/** `09:00` (fr-CH) or `9:00 AM` (en), in the zone. */
export function formatTime(instant: Date | string, timeZone: string, locale: string): string {
  return formatter(locale, { timeZone, timeStyle: 'short' }).format(new Date(instant));
}

/** `vendredi 4 septembre 2026` / `Friday, September 4, 2026`, in the zone. */
export function formatLongDate(instant: Date | string, timeZone: string, locale: string): string {
  return formatter(locale, { timeZone, dateStyle: 'full' }).format(new Date(instant));
}

/** `ven. 4 sept.` / `Fri, Sep 4`, in the zone. */
export function formatShortDate(instant: Date | string, timeZone: string, locale: string): string {
  return formatter(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(instant));
}

/** A calendar date (no zone): `vendredi 4 septembre 2026`. */
export function formatIsoDate(
  date: IsoDate,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'full' },
): string {
  return formatter(locale, { ...options, timeZone: 'UTC' }).format(dateAsUtcNoon(date));
}

/** `09:00–17:00`, or across days `4 sept. 09:00 – 5 sept. 17:00`, in the zone. */
export function formatTimeRange(
  start: Date | string,
  end: Date | string,
  timeZone: string,
  locale: string,
): string {
  const from = new Date(start);
  const to = new Date(end);
  if (zonedDate(from, timeZone) === zonedDate(to, timeZone)) {
    return `${formatTime(from, timeZone, locale)}–${formatTime(to, timeZone, locale)}`;
  }
  return `${formatShortDate(from, timeZone, locale)} ${formatTime(from, timeZone, locale)} – ${formatShortDate(to, timeZone, locale)} ${formatTime(to, timeZone, locale)}`;
}

/** `vendredi 4 septembre 2026, 09:00–17:00`, in the zone. */
export function formatSessionWhen(
  start: Date | string,
  end: Date | string,
  timeZone: string,
  locale: string,
): string {
  return `${formatLongDate(start, timeZone, locale)}, ${formatTimeRange(start, end, timeZone, locale)}`;
}

/** Today's date in the zone. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return zonedDate(now, timeZone);
}
