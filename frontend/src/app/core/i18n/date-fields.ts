import { DateTime } from 'luxon';

/**
 * Between the API's texts and the values of date and time fields (`AppDateAdapter`: luxon,
 * UTC, i.e. a wall date or a wall time with no zone). A date field holds `2027-05-02` as
 * 2 May 00:00 UTC; a time field holds `09:30` as 09:30 UTC on some day.
 */

/** A date field's value from the API's `YYYY-MM-DD`; null for anything else. */
export function dateFieldValue(isoDate: string | null | undefined): DateTime | null {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const value = DateTime.fromISO(isoDate, { zone: 'utc' });
  return value.isValid ? value : null;
}

/** A time field's value from a wall-clock `HH:MM`; null for anything else. */
export function timeFieldValue(wallTime: string | null | undefined): DateTime | null {
  const match = /^(\d{2}):(\d{2})$/.exec(wallTime ?? '');
  if (!match) return null;
  const value = DateTime.utc(2000, 1, 1, Number(match[1]), Number(match[2]));
  return value.isValid ? value : null;
}

function valid(value: unknown): value is DateTime {
  return DateTime.isDateTime(value) && value.isValid;
}

/** `YYYY-MM-DD` of a date field's value; '' when empty or not a real date. */
export function isoDateOf(value: unknown): string {
  return valid(value) ? value.toFormat('yyyy-MM-dd') : '';
}

/** `HH:MM` of a time field's value; '' when empty or not a real time. */
export function wallTimeOf(value: unknown): string {
  return valid(value) ? value.toFormat('HH:mm') : '';
}
