import { DateTime, type DateTimeFormatOptions } from 'luxon';
import { type Language } from '../api/types';

/**
 * The one way the app shows dates and times (issue 16). Pure functions over luxon; the
 * `DateFormatService` and the `cqDate` pipe add the active language.
 *
 * - Locale: `fr-CH` / `fr-FR` / `en-GB`, from the language and the country of the time zone
 *   (`COUNTRY_BY_TIME_ZONE`); never US order.
 * - Zone: the programme's for anything tied to a session or a deadline; without one, the
 *   viewer's own zone (e.g. "last signed in").
 * - A calendar date `YYYY-MM-DD` (a programme's start, an occurrence) is shown as that day
 *   whatever the zone.
 */

/** The named formats (examples for 2 May 2027, 09:30 in Zurich, fr-CH / en-GB). */
export type DateFormatName =
  /** `2 mai 2027` / `2 May 2027` */
  | 'date'
  /** `dimanche, 2 mai 2027` / `Sunday, 2 May 2027` */
  | 'dateLong'
  /** `dim. 2 mai` / `Sun 2 May` */
  | 'dateShort'
  /** `2 mai 2027, 09:30` / `2 May 2027, 09:30` */
  | 'dateTime'
  /** `09:30` */
  | 'time'
  /** `09:30–11:00`; across days `dim. 2 mai, 09:30 – lun. 3 mai, 11:00` (a [start, end] pair) */
  | 'timeRange'
  /** `dimanche, 2 mai 2027, 09:30–11:00` (a [start, end] pair) */
  | 'dateTimeRange'
  /** `dans 3 jours`, `il y a 2 heures`, `in 3 days` (against now) */
  | 'relative';

/** What can be formatted: an ISO text (instant or `YYYY-MM-DD`), a Date, epoch ms, a luxon DateTime. */
export type DateValue = string | number | Date | DateTime;

/** A value or, for the range formats, a [start, end] pair. */
export type DateFormatInput = DateValue | readonly [DateValue, DateValue] | null | undefined;

export type AppLocale = 'fr-CH' | 'fr-FR' | 'en-GB';

/**
 * The country of each programme time zone the API offers. A zone not listed (a viewer's
 * browser in UTC, New York…) falls back to France for French: the generic French forms.
 */
export const COUNTRY_BY_TIME_ZONE: Readonly<Record<string, 'CH' | 'FR'>> = {
  'Europe/Zurich': 'CH',
  'Europe/Busingen': 'CH',
  'Europe/Paris': 'FR',
};

/** The zone the viewer's browser is in (for what is not tied to a programme). */
export function viewerTimeZone(): string {
  return DateTime.local().zoneName ?? 'UTC';
}

/** The locale to format in: the language, and for French the country of the zone. */
export function localeFor(language: Language, timeZone?: string | null): AppLocale {
  if (language === 'en') return 'en-GB';
  return COUNTRY_BY_TIME_ZONE[timeZone ?? viewerTimeZone()] === 'CH' ? 'fr-CH' : 'fr-FR';
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a value is a calendar date (`YYYY-MM-DD`), shown as that day in any zone. */
export function isCalendarDate(value: DateValue): value is string {
  return typeof value === 'string' && CALENDAR_DATE.test(value);
}

/** The value as a luxon DateTime in `zone` (a calendar date stays on its day), or null if invalid. */
export function toDateTime(value: DateValue, zone: string): DateTime | null {
  let result: DateTime;
  if (DateTime.isDateTime(value)) result = value.setZone(zone);
  else if (value instanceof Date) result = DateTime.fromJSDate(value, { zone });
  else if (typeof value === 'number') result = DateTime.fromMillis(value, { zone });
  else if (isCalendarDate(value)) result = DateTime.fromISO(value, { zone });
  else result = DateTime.fromISO(value, { zone, setZone: false });
  return result.isValid ? result : null;
}

const OPTIONS: Record<
  'date' | 'dateLong' | 'dateShort' | 'dateTime' | 'time',
  DateTimeFormatOptions
> = {
  date: DateTime.DATE_MED,
  dateLong: DateTime.DATE_HUGE,
  dateShort: { weekday: 'short', day: 'numeric', month: 'short' },
  dateTime: DateTime.DATETIME_MED,
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

export interface FormatContext {
  language: Language;
  /** The programme's zone; omitted: the viewer's. */
  timeZone?: string | null;
  /** For `relative`: the moment to compare with (default: now). */
  now?: DateValue;
}

/** Formats a value (or a [start, end] pair for the range formats); '' for nothing or an invalid date. */
export function formatDateValue(
  value: DateFormatInput,
  format: DateFormatName,
  context: FormatContext,
): string {
  if (value === null || value === undefined || value === '') return '';
  const zone = context.timeZone || viewerTimeZone();
  const locale = localeFor(context.language, zone);
  if (format === 'timeRange' || format === 'dateTimeRange') {
    if (!isPair(value)) return '';
    const start = toDateTime(value[0], zone)?.setLocale(locale);
    const end = toDateTime(value[1], zone)?.setLocale(locale);
    if (!start || !end) return '';
    return format === 'timeRange'
      ? timeRange(start, end)
      : `${start.toLocaleString(OPTIONS.dateLong)}, ${timeRange(start, end)}`;
  }
  if (isPair(value)) return '';
  const moment = toDateTime(value, zone)?.setLocale(locale);
  if (!moment) return '';
  if (format === 'relative') {
    const now = toDateTime(context.now ?? Date.now(), zone) ?? DateTime.now();
    return relative(moment, now, locale);
  }
  if (isCalendarDate(value as DateValue) && (format === 'dateTime' || format === 'time')) {
    return moment.toLocaleString(OPTIONS.date);
  }
  return moment.toLocaleString(OPTIONS[format]);
}

function isPair(value: DateFormatInput): value is readonly [DateValue, DateValue] {
  return Array.isArray(value) && value.length === 2;
}

const EN_DASH = '–';

/** `09:30–11:00` on one day of the zone; across days, each end with its short date. */
function timeRange(start: DateTime, end: DateTime): string {
  const from = start.toLocaleString(OPTIONS.time);
  const to = end.toLocaleString(OPTIONS.time);
  if (start.hasSame(end, 'day')) return `${from}${EN_DASH}${to}`;
  const dayFrom = start.toLocaleString(OPTIONS.dateShort);
  const dayTo = end.toLocaleString(OPTIONS.dateShort);
  return `${dayFrom}, ${from} ${EN_DASH} ${dayTo}, ${to}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How far `moment` is from `now` in the unit a person would use: minutes under an hour,
 * hours under a day, days beyond (rounded; "demain", "hier" where the language says so).
 */
function relative(moment: DateTime, now: DateTime, locale: AppLocale): string {
  const diff = moment.toMillis() - now.toMillis();
  const abs = Math.abs(diff);
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < HOUR
      ? [diff / MINUTE, 'minute']
      : abs < DAY
        ? [diff / HOUR, 'hour']
        : [diff / DAY, 'day'];
  const rounded = Math.sign(value) * Math.round(Math.abs(value)) || 0;
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(rounded, unit);
}
