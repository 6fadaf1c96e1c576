import { addDays, instantOf, isoWeekday, NonexistentLocalTime } from './zoned-time';

export interface SeriesPattern {
  /** First and last calendar dates (inclusive), YYYY-MM-DD, in the programme's zone. */
  from?: string;
  to?: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays?: number[];
  /** Explicit dates, instead of (or besides) the pattern. */
  dates?: string[];
  /** Dates to leave out (holidays). */
  exceptDates?: string[];
  /** Wall-clock start and end, HH:MM, in the programme's zone. */
  startTime: string;
  endTime: string;
}

export interface Occurrence {
  date: string;
  startsAt: Date;
  endsAt: Date;
}

export const MAX_OCCURRENCES = 100;

export class SeriesError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The occurrences of a series, in date order: every date from `from` to `to` on one of the
 * weekdays, plus explicit dates, minus exceptions; each at the same wall-clock times in `zone`
 * (so 09:00–17:00 stays 09:00–17:00 local across a DST change).
 */
export function expandSeries(pattern: SeriesPattern, zone: string): Occurrence[] {
  if (pattern.endTime <= pattern.startTime) {
    throw new SeriesError('endTime', 'endTime must be after startTime');
  }
  const dates = new Set(pattern.dates ?? []);
  if (pattern.from || pattern.to || pattern.weekdays) {
    if (!pattern.from || !pattern.to || !pattern.weekdays?.length) {
      throw new SeriesError('weekdays', 'a pattern needs from, to and at least one weekday');
    }
    if (pattern.to < pattern.from) throw new SeriesError('to', 'to must not be before from');
    const weekdays = new Set(pattern.weekdays);
    for (let d = pattern.from; d <= pattern.to; d = addDays(d, 1)) {
      if (weekdays.has(isoWeekday(d))) dates.add(d);
      if (dates.size > MAX_OCCURRENCES) break;
    }
  }
  for (const d of pattern.exceptDates ?? []) dates.delete(d);
  if (dates.size === 0) throw new SeriesError('dates', 'the series has no occurrence');
  if (dates.size > MAX_OCCURRENCES) {
    throw new SeriesError('dates', `a series has at most ${MAX_OCCURRENCES} occurrences`);
  }
  return [...dates].sort().map((date) => {
    try {
      return {
        date,
        startsAt: instantOf(date, pattern.startTime, zone),
        endsAt: instantOf(date, pattern.endTime, zone),
      };
    } catch (error) {
      if (error instanceof NonexistentLocalTime) {
        throw new SeriesError('startTime', `${error.message} (a DST change skips it)`);
      }
      throw error;
    }
  });
}
