/**
 * Reading dates and times people type, in either of the app's languages: both French and
 * British English write the day first, so `2.5.2027`, `02/05/2027` and `2-5-27` are 2 May;
 * ISO `2027-05-02` always works. Times: `9:30`, `09:30`, `9h30`, `09h30`, `9h`, `9.30`, `0930`,
 * and `9:30 pm`. Each returns null for an empty text and `'invalid'` for anything else that
 * is not a real date or time.
 */

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

export interface WallParts {
  hour: number;
  minute: number;
}

function realDate(year: number, month: number, day: number): CalendarParts | 'invalid' {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? { year, month, day }
    : 'invalid';
}

/** A typed date, day first (a two-digit year means 20xx). */
export function parseDateText(text: string): CalendarParts | null | 'invalid' {
  const value = text.trim();
  if (value === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const local = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})$/.exec(value);
  if (!local) return 'invalid';
  const year = local[3].length === 2 ? 2000 + Number(local[3]) : Number(local[3]);
  return realDate(year, Number(local[2]), Number(local[1]));
}

/** A typed wall-clock time, 24-hour, or 12-hour with am/pm. */
export function parseTimeText(text: string): WallParts | null | 'invalid' {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (value === '') return null;
  const match =
    /^(\d{1,2})(?:\s?[:h.]\s?(\d{2})?)?\s?(am|pm|a\.m\.|p\.m\.)?$/.exec(value) ??
    /^(\d{2})(\d{2})()$/.exec(value);
  if (!match) return 'invalid';
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const suffix = match[3];
  if (suffix) {
    if (hour < 1 || hour > 12) return 'invalid';
    hour = (hour % 12) + (suffix.startsWith('p') ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return 'invalid';
  return { hour, minute };
}
