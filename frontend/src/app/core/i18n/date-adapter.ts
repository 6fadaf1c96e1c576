import { DestroyRef, Injectable, type Provider, effect, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  LuxonDateAdapter,
  MAT_LUXON_DATE_ADAPTER_OPTIONS,
  MAT_LUXON_DATE_FORMATS,
} from '@angular/material-luxon-adapter';
import { DateAdapter, MAT_DATE_FORMATS } from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';
import { DateTime } from 'luxon';
import { localeFor } from './date-format';
import { parseDateText, parseTimeText } from './date-parse';
import { LanguageService } from './language.service';

/**
 * The app's one date adapter (datepicker and timepicker): luxon values in UTC, so that a field
 * holds a wall date or wall time with no zone of its own (no browser time zone, no daylight
 * saving change can shift it). Forms turn them into an instant in the programme's zone with
 * `zonedToInstant` (`scheduling/zoned-time.ts`). Shows dates as the language writes them
 * (`02.05.2027` / `02/05/2027`, `09:30`) and reads what people type (see `date-parse.ts`).
 */
@Injectable()
export class AppDateAdapter extends LuxonDateAdapter {
  constructor() {
    super();
    const language = inject(LanguageService);
    // Swiss forms for French (the app's home); British for English: never US order.
    effect(() => this.setLocale(localeFor(language.lang(), 'Europe/Zurich')));
  }

  override parse(value: unknown, parseFormat: string | string[]): DateTime | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    const parts = parseDateText(value);
    if (parts === null) return null;
    return parts === 'invalid' ? this.invalid() : this.utc(parts.year, parts.month, parts.day);
  }

  override parseTime(value: unknown, parseFormat: string | string[]): DateTime | null {
    if (typeof value !== 'string') return super.parseTime(value, parseFormat);
    const parts = parseTimeText(value);
    if (parts === null) return null;
    if (parts === 'invalid') return this.invalid();
    return this.today().set({ hour: parts.hour, minute: parts.minute, second: 0, millisecond: 0 });
  }

  /** The viewer's today, as a wall date (UTC midnight). */
  override today(): DateTime {
    const now = DateTime.local();
    return this.utc(now.year, now.month, now.day);
  }

  private utc(year: number, month: number, day: number): DateTime {
    return DateTime.utc(year, month, day, { locale: String(this.locale) });
  }
}

/** The datepicker's own texts (calendar buttons), from the root `dates.picker` texts. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  constructor() {
    super();
    const transloco = inject(TranslocoService);
    transloco
      .selectTranslateObject<Record<string, string>>('dates.picker')
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe((t) => {
        this.calendarLabel = t['calendar'];
        this.openCalendarLabel = t['openCalendar'];
        this.closeCalendarLabel = t['closeCalendar'];
        this.prevMonthLabel = t['prevMonth'];
        this.nextMonthLabel = t['nextMonth'];
        this.prevYearLabel = t['prevYear'];
        this.nextYearLabel = t['nextYear'];
        this.prevMultiYearLabel = t['prevMultiYear'];
        this.nextMultiYearLabel = t['nextMultiYear'];
        this.switchToMonthViewLabel = t['switchToMonthView'];
        this.switchToMultiYearViewLabel = t['switchToMultiYearView'];
        this.changes.next();
      });
  }
}

/** The date adapter, its formats and texts: provided once, in `app.config.ts`. */
export function provideAppDateAdapter(): Provider[] {
  return [
    { provide: MAT_LUXON_DATE_ADAPTER_OPTIONS, useValue: { useUtc: true, firstDayOfWeek: 1 } },
    { provide: DateAdapter, useClass: AppDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_LUXON_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
  ];
}
