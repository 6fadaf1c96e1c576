import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type DateFormatInput, type DateFormatName } from './date-format';
import { DateFormatService } from './date-format.service';

/**
 * The one date pipe: `{{ session.startsAt | cqDate: 'dateTime' : session.timeZone }}`,
 * `{{ [s.startsAt, s.endsAt] | cqDate: 'timeRange' : s.timeZone }}` (ranges take a pair),
 * `{{ user.lastLoginAt | cqDate: 'dateTime' }}` (no zone: the viewer's own). Formats:
 * `date` (default), `dateLong`, `dateShort`, `dateTime`, `time`, `timeRange`,
 * `dateTimeRange`, `relative`.
 *
 * Marked impure only so that it follows a language switch (Angular would not call a pure
 * pipe again when a signal it reads changes); it keeps its last result and recomputes only
 * when the value, format, zone or language change, so it costs four comparisons per check.
 */
@Pipe({ name: 'cqDate', pure: false })
export class DateFormatPipe implements PipeTransform {
  private readonly dates = inject(DateFormatService);
  private last: {
    value: DateFormatInput;
    format: DateFormatName;
    zone: string | null | undefined;
    locale: string;
    text: string;
  } | null = null;

  transform(
    value: DateFormatInput,
    format: DateFormatName = 'date',
    timeZone?: string | null,
  ): string {
    const locale = `${this.dates.lang()}|${this.dates.locale(timeZone)}`;
    const last = this.last;
    if (
      last &&
      sameValue(last.value, value) &&
      last.format === format &&
      last.zone === timeZone &&
      last.locale === locale
    ) {
      return last.text;
    }
    const text = this.dates.format(value, format, timeZone);
    this.last = { value, format, zone: timeZone, locale, text };
    return text;
  }
}

/** Same value, also for a new [start, end] array holding the same two values. */
function sameValue(a: DateFormatInput, b: DateFormatInput): boolean {
  if (a === b) return true;
  return Array.isArray(a) && Array.isArray(b) && a[0] === b[0] && a[1] === b[1];
}
