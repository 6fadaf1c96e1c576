import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The one strict validation of dates, date-times and times of day in the API: calendar-valid
 * (no 30 February, no 25:61), an offset wherever the contract says date-time, each reported
 * against its own field. `@IsISO8601`, `@IsDateString` and hand-written patterns are not used
 * in DTOs (a test checks it).
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const TIME = /^(\d{2}):(\d{2})$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function validDay(year = '', month = '', day = ''): boolean {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

/** `YYYY-MM-DD` naming a day of the calendar. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  return !!m && validDay(m[1], m[2], m[3]);
}

/** An ISO 8601 date-time with its offset (`Z` or `±HH:MM`), every part in range. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = INSTANT.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , oh, om] = m;
  return (
    validDay(y, mo, d) &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s ?? 0) <= 59 &&
    Number(oh ?? 0) <= 18 &&
    Number(om ?? 0) <= 59
  );
}

/** `HH:MM` from 00:00 to 23:59. */
export function isTimeOfDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = TIME.exec(value);
  return !!m && Number(m[1]) <= 23 && Number(m[2]) <= 59;
}

function decorator(
  name: string,
  test: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

/** A calendar date, `YYYY-MM-DD` (OpenAPI `format: date`). */
export const IsCalendarDate = (options?: ValidationOptions) =>
  decorator(
    'isCalendarDate',
    isCalendarDate,
    '$property must be a calendar date YYYY-MM-DD, e.g. 2026-09-04',
    options,
  );

/** A date-time with offset (OpenAPI `format: date-time`): never a floating local time. */
export const IsInstant = (options?: ValidationOptions) =>
  decorator(
    'isInstant',
    isInstant,
    '$property must be an ISO 8601 date-time with an offset, e.g. 2026-09-04T09:00:00+02:00',
    options,
  );

/** A calendar date or a date-time with offset (a due date: a day, or an exact instant). */
export const IsDateOrInstant = (options?: ValidationOptions) =>
  decorator(
    'isDateOrInstant',
    (v) => isCalendarDate(v) || isInstant(v),
    '$property must be a calendar date YYYY-MM-DD or an ISO 8601 date-time with an offset',
    options,
  );

/** A wall-clock time of day, `HH:MM` from 00:00 to 23:59. */
export const IsTimeOfDay = (options?: ValidationOptions) =>
  decorator(
    'isTimeOfDay',
    isTimeOfDay,
    '$property must be a time of day HH:MM from 00:00 to 23:59',
    options,
  );
