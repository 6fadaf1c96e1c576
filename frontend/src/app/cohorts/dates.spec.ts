import { FormControl, FormGroup } from '@angular/forms';
import { endAfterStartValidator, fromIsoDate, isDayFirst, parseDateText, toIsoDate } from './dates';

const iso = (value: Date | null | 'invalid') => (value instanceof Date ? toIsoDate(value) : value);

describe('parseDateText', () => {
  it('reads Swiss and French dates day first', () => {
    expect(iso(parseDateText('2.9.2026', true))).toBe('2026-09-02');
    expect(iso(parseDateText('02/09/2026', true))).toBe('2026-09-02');
    expect(iso(parseDateText(' 26.06.27 ', true))).toBe('2027-06-26');
  });

  it('reads US English dates month first', () => {
    expect(iso(parseDateText('9/2/2026', false))).toBe('2026-09-02');
  });

  it('always reads ISO dates', () => {
    expect(iso(parseDateText('2026-09-02', true))).toBe('2026-09-02');
    expect(iso(parseDateText('2026-09-02', false))).toBe('2026-09-02');
  });

  it('tells an empty text from a text that is not a date', () => {
    expect(parseDateText('  ', true)).toBeNull();
    expect(parseDateText('31.02.2026', true)).toBe('invalid');
    expect(parseDateText('13/13/2026', false)).toBe('invalid');
    expect(parseDateText('demain', true)).toBe('invalid');
  });
});

describe('isDayFirst', () => {
  it('puts the day first except in US English', () => {
    expect(isDayFirst('fr-CH')).toBe(true);
    expect(isDayFirst('en-GB')).toBe(true);
    expect(isDayFirst('en')).toBe(false);
    expect(isDayFirst('en-US')).toBe(false);
  });
});

describe('toIsoDate and fromIsoDate', () => {
  it('round-trip a calendar date in local time', () => {
    expect(toIsoDate(new Date(2026, 8, 2))).toBe('2026-09-02');
    expect(toIsoDate(fromIsoDate('2027-06-26') as Date)).toBe('2027-06-26');
  });

  it('refuse what is not an API date', () => {
    expect(fromIsoDate('2026-02-30')).toBeNull();
    expect(fromIsoDate('02.09.2026')).toBeNull();
    expect(fromIsoDate(null)).toBeNull();
  });
});

describe('endAfterStartValidator', () => {
  // As in the cohort form: the end date is checked again once it sits in its group.
  const form = (start: Date | null, end: Date | null) => {
    const group = new FormGroup({
      startsOn: new FormControl<Date | null>(start),
      endsOn: new FormControl<Date | null>(end, endAfterStartValidator('startsOn')),
    });
    group.controls.endsOn.updateValueAndValidity();
    return group;
  };

  it('accepts an end after the start', () => {
    expect(form(new Date(2026, 8, 2), new Date(2027, 5, 26)).controls.endsOn.errors).toBeNull();
  });

  it('refuses an end on the same day as the start or before it', () => {
    expect(form(new Date(2026, 8, 2), new Date(2026, 8, 2, 15)).controls.endsOn.errors).toEqual({
      endNotAfterStart: true,
    });
    expect(form(new Date(2026, 8, 2), new Date(2026, 0, 1)).controls.endsOn.errors).toEqual({
      endNotAfterStart: true,
    });
  });

  it('leaves an empty or unreadable date to the other validators', () => {
    expect(form(null, new Date(2026, 0, 1)).controls.endsOn.errors).toBeNull();
    expect(form(new Date(2026, 8, 2), new Date(Number.NaN)).controls.endsOn.errors).toBeNull();
  });
});
