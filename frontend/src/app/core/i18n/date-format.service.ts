import { Injectable, computed, inject } from '@angular/core';
import { LanguageService } from './language.service';
import {
  type AppLocale,
  type DateFormatInput,
  type DateFormatName,
  type DateValue,
  formatDateValue,
  localeFor,
} from './date-format';

/**
 * Formats dates and times in the active language (see `date-format.ts` for the named formats,
 * the locale map and the zone rule). Templates use the `cqDate` pipe; code that builds texts
 * (messages, aria labels) uses this service.
 */
@Injectable({ providedIn: 'root' })
export class DateFormatService {
  private readonly language = inject(LanguageService);

  /** The active language (a signal read: a `computed` using the service follows switches). */
  readonly lang = computed(() => this.language.lang());

  /** The locale dates are written in for a zone (`fr-CH` for Zurich, `fr-FR`, `en-GB`). */
  locale(timeZone?: string | null): AppLocale {
    return localeFor(this.language.lang(), timeZone);
  }

  /** `value` in a named format, in `timeZone` (the programme's) or else the viewer's zone. */
  format(
    value: DateFormatInput,
    format: DateFormatName,
    timeZone?: string | null,
    now?: DateValue,
  ): string {
    return formatDateValue(value, format, { language: this.language.lang(), timeZone, now });
  }

  /** `09:30–11:00` (or across days with their dates), in `timeZone`. */
  timeRange(start: DateValue, end: DateValue, timeZone?: string | null): string {
    return this.format([start, end], 'timeRange', timeZone);
  }

  /** `dimanche, 2 mai 2027, 09:30–11:00`, in `timeZone`: when a session takes place. */
  when(start: DateValue, end: DateValue, timeZone?: string | null): string {
    return this.format([start, end], 'dateTimeRange', timeZone);
  }
}
