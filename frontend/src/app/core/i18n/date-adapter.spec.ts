import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MAT_LUXON_DATE_ADAPTER_OPTIONS } from '@angular/material-luxon-adapter';
import { DateAdapter, MAT_DATE_LOCALE } from '@angular/material/core';
import { type DateTime } from 'luxon';
import { type Language } from '../api/types';
import { AppDateAdapter } from './date-adapter';
import { isoDateOf, wallTimeOf } from './date-fields';
import { LanguageService } from './language.service';

describe('AppDateAdapter', () => {
  const lang = signal<Language>('fr');
  let adapter: DateAdapter<DateTime>;

  beforeEach(() => {
    lang.set('fr');
    TestBed.configureTestingModule({
      providers: [
        { provide: MAT_DATE_LOCALE, useValue: 'fr-CH' },
        { provide: MAT_LUXON_DATE_ADAPTER_OPTIONS, useValue: { useUtc: true, firstDayOfWeek: 1 } },
        { provide: DateAdapter, useClass: AppDateAdapter },
        { provide: LanguageService, useValue: { lang } },
      ],
    });
    adapter = TestBed.inject(DateAdapter<DateTime>);
    TestBed.tick();
  });

  it('reads a date typed the Swiss, the French or the British way, or in ISO', () => {
    for (const text of ['2.5.2027', '02/05/2027', '2027-05-02']) {
      expect(isoDateOf(adapter.parse(text, 'D'))).toBe('2027-05-02');
    }
  });

  it('reads times typed as 9:30, 09h30 or 9h', () => {
    expect(wallTimeOf(adapter.parseTime('9:30', 't'))).toBe('09:30');
    expect(wallTimeOf(adapter.parseTime('09h30', 't'))).toBe('09:30');
    expect(wallTimeOf(adapter.parseTime('9h', 't'))).toBe('09:00');
  });

  it('marks what is not a date as invalid, and an empty field as empty', () => {
    const parsed = adapter.parse('31.02.2027', 'D');
    expect(parsed && adapter.isValid(parsed)).toBe(false);
    expect(adapter.parse('', 'D')).toBeNull();
  });

  it('writes the date as the active language does, and follows a switch', () => {
    const date = adapter.parse('2.5.2027', 'D') as DateTime;
    expect(adapter.format(date, 'D')).toBe('02.05.2027');
    lang.set('en');
    TestBed.tick();
    expect(adapter.format(date, 'D')).toBe('02/05/2027');
    expect(adapter.format(adapter.parseTime('14:05', 't') as DateTime, 't')).toBe('14:05');
  });
});
