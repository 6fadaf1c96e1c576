import { type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';

/** A calendar date as the API writes it (`YYYY-MM-DD`), from a local Date. */
export function toIsoDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A local Date (midnight) from the API's `YYYY-MM-DD`; null for anything else. */
export function fromIsoDate(text: string | null | undefined): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return match ? calendarDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The date if year, month and day make a real date (no 31 February), else null. */
function calendarDate(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day);
  date.setFullYear(year); // years 0–99 would otherwise mean 1900–1999
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : null;
}

/**
 * Reads a date typed in a date field: ISO `2026-09-02` always; otherwise day, month, year
 * separated by `.`, `/` or `-` (month first when `dayFirst` is false, as in US English).
 * A two-digit year means 20xx. Returns null for an empty text and `'invalid'` for a text
 * that is not a real date.
 */
export function parseDateText(text: string, dayFirst: boolean): Date | null | 'invalid' {
  const value = text.trim();
  if (value === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) ?? 'invalid';
  const local = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})$/.exec(value);
  if (!local) return 'invalid';
  const [first, second] = [Number(local[1]), Number(local[2])];
  const year = local[3].length === 2 ? 2000 + Number(local[3]) : Number(local[3]);
  const [day, month] = dayFirst ? [first, second] : [second, first];
  return calendarDate(year, month, day) ?? 'invalid';
}

/** Whether a locale writes the day before the month (`fr-CH`: yes; `en` (US): no). */
export function isDayFirst(locale: string): boolean {
  return !/^en(-US)?$/i.test(locale);
}

/**
 * On the end-date control: the end must come after the start (the sibling control
 * `startControlName`, same form group). Error: `{ endNotAfterStart: true }`. Dates are
 * compared as calendar days; an empty or invalid date is left to the other validators.
 */
export function endAfterStartValidator(startControlName: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const start: unknown = control.parent?.get(startControlName)?.value;
    const end: unknown = control.value;
    if (!isValidDate(start) || !isValidDate(end)) return null;
    return toIsoDate(end) > toIsoDate(start) ? null : { endNotAfterStart: true };
  };
}

function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}
