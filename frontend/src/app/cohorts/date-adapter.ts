import { DestroyRef, Injectable, type Provider, effect, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  DateAdapter,
  MAT_DATE_FORMATS,
  MAT_NATIVE_DATE_FORMATS,
  NativeDateAdapter,
} from '@angular/material/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslocoService } from '@jsverse/transloco';
import { map, switchMap } from 'rxjs';
import { LanguageService } from '../core/i18n/language.service';
import { isDayFirst, parseDateText } from './dates';

/**
 * The native date adapter, reading typed dates the way the active language writes them
 * (`2.9.2026` in French, `9/2/2026` in English, ISO always) and following language switches.
 */
@Injectable()
export class LocaleDateAdapter extends NativeDateAdapter {
  constructor() {
    super();
    const language = inject(LanguageService);
    effect(() => this.setLocale(language.locale()));
  }

  override parse(value: unknown, parseFormat?: unknown): Date | null {
    if (typeof value !== 'string') return super.parse(value, parseFormat);
    const parsed = parseDateText(value, isDayFirst(String(this.locale)));
    return parsed === 'invalid' ? this.invalid() : parsed;
  }
}

/** The datepicker's own texts (calendar buttons), from the `cohorts` texts. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  constructor() {
    super();
    const transloco = inject(TranslocoService);
    transloco.langChanges$
      .pipe(
        switchMap((lang) => transloco.load(`cohorts/${lang}`).pipe(map(() => lang))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        const t = (key: string) => transloco.translate(`cohorts.datepicker.${key}`);
        this.calendarLabel = t('calendar');
        this.openCalendarLabel = t('openCalendar');
        this.closeCalendarLabel = t('closeCalendar');
        this.prevMonthLabel = t('prevMonth');
        this.nextMonthLabel = t('nextMonth');
        this.prevYearLabel = t('prevYear');
        this.nextYearLabel = t('nextYear');
        this.prevMultiYearLabel = t('prevMultiYear');
        this.nextMultiYearLabel = t('nextMultiYear');
        this.switchToMonthViewLabel = t('switchToMonthView');
        this.switchToMultiYearViewLabel = t('switchToMultiYearView');
        this.changes.next();
      });
  }
}

/** Datepicker providers: put them on the routes or dialogs that have a date field. */
export function provideLocaleDateAdapter(): Provider[] {
  return [
    { provide: DateAdapter, useClass: LocaleDateAdapter },
    { provide: MAT_DATE_FORMATS, useValue: MAT_NATIVE_DATE_FORMATS },
    { provide: MatDatepickerIntl, useClass: TranslatedDatepickerIntl },
  ];
}
