import { DateTime } from 'luxon';

/**
 * Wall-clock dates and times in a named time zone (the programme's, e.g. Europe/Zurich),
 * whatever zone the browser is in. Instants are `Date`s; calendar dates are `YYYY-MM-DD`
 * strings and wall-clock times `HH:MM`. The zone rules come from luxon (Intl underneath);
 * showing dates to people is `core/i18n/date-format.ts`'s job.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

export const DEFAULT_TIME_ZONE = 'Europe/Zurich';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function inZone(instant: Date, timeZone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone: timeZone });
}

/** The zone's offset from UTC at that instant, in minutes (Zurich: 60 in winter, 120 in summer). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  return inZone(instant, timeZone).offset;
}

/** The calendar date of an instant in a zone. */
export function zonedDate(instant: Date, timeZone: string): IsoDate {
  return inZone(instant, timeZone).toFormat('yyyy-MM-dd');
}

/** The wall-clock time `HH:MM` of an instant in a zone. */
export function zonedTime(instant: Date, timeZone: string): string {
  return inZone(instant, timeZone).toFormat('HH:mm');
}

/** Minutes since the zone's midnight (wall clock): where a session sits in a day column. */
export function zonedMinutes(instant: Date, timeZone: string): number {
  const wall = inZone(instant, timeZone);
  return wall.hour * 60 + wall.minute;
}

function parseIsoDate(date: IsoDate): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whether a text is a real `YYYY-MM-DD` date. */
export function isIsoDate(text: string | null | undefined): text is IsoDate {
  return /^\d{4}-\d{2}-\d{2}$/.test(text ?? '') && DateTime.fromISO(text ?? '').isValid;
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
  const wall = DateTime.fromObject({ year, month, day, hour, minute }, { zone: timeZone });
  // Luxon moves a gap time on by the gap; of an overlap's two readings it keeps the later.
  const [first] = wall.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  return (first ?? wall).toJSDate();
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

/**
 * A calendar date with Intl options, for the calendar's own labels (weekday names, day
 * numbers): `vendredi 4 septembre 2026`. Dates shown as such go through `DateFormatService`.
 */
export function formatIsoDate(
  date: IsoDate,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'full' },
): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(dateAsUtcNoon(date));
}

/** Today's date in the zone. */
export function todayIn(timeZone: string, now: Date = new Date()): IsoDate {
  return zonedDate(now, timeZone);
}
