import { type Language } from '../api/types';
import { type DateFormatName, formatDateValue, localeFor } from './date-format';

const ZURICH = 'Europe/Zurich';
const PARIS = 'Europe/Paris';

/** 2 May 2027 is a Sunday; 07:30Z is 09:30 in Zurich and Paris (summer time, UTC+2). */
const SUMMER_START = '2027-05-02T07:30:00.000Z';
const SUMMER_END = '2027-05-02T09:00:00.000Z';

function fmt(
  language: Language,
  format: DateFormatName,
  value: Parameters<typeof formatDateValue>[0],
  timeZone?: string,
  now?: string,
): string {
  // Intl writes a narrow no-break space in some locales: compare with plain spaces.
  return formatDateValue(value, format, { language, timeZone, now }).replace(
    /[\u202f\u00a0]/g,
    ' ',
  );
}

describe('localeFor', () => {
  it('writes French the Swiss way for a Swiss programme and the French way for a French one', () => {
    expect(localeFor('fr', ZURICH)).toBe('fr-CH');
    expect(localeFor('fr', PARIS)).toBe('fr-FR');
  });

  it('falls back to France for French in a zone of neither country', () => {
    expect(localeFor('fr', 'America/New_York')).toBe('fr-FR');
    expect(localeFor('fr', 'UTC')).toBe('fr-FR');
  });

  it('writes English the British way (day before month), never the US way', () => {
    expect(localeFor('en', ZURICH)).toBe('en-GB');
    expect(localeFor('en', 'America/New_York')).toBe('en-GB');
  });
});

describe('formatDateValue: every named format', () => {
  it.each([
    ['fr', ZURICH, '2 mai 2027'],
    ['fr', PARIS, '2 mai 2027'],
    ['en', ZURICH, '2 May 2027'],
  ] as const)('date (%s, %s)', (language, zone, expected) => {
    expect(fmt(language, 'date', SUMMER_START, zone)).toBe(expected);
  });

  it.each([
    ['fr', ZURICH, 'dimanche, 2 mai 2027'],
    ['fr', PARIS, 'dimanche 2 mai 2027'],
    ['en', ZURICH, 'Sunday, 2 May 2027'],
  ] as const)('dateLong (%s, %s)', (language, zone, expected) => {
    expect(fmt(language, 'dateLong', SUMMER_START, zone)).toBe(expected);
  });

  it.each([
    ['fr', ZURICH, 'dim. 2 mai'],
    ['fr', PARIS, 'dim. 2 mai'],
    ['en', ZURICH, 'Sun 2 May'],
  ] as const)('dateShort (%s, %s)', (language, zone, expected) => {
    expect(fmt(language, 'dateShort', SUMMER_START, zone)).toBe(expected);
  });

  it.each([
    ['fr', ZURICH, '2 mai 2027, 09:30'],
    ['fr', PARIS, '2 mai 2027, 09:30'],
    ['en', ZURICH, '2 May 2027, 09:30'],
  ] as const)('dateTime (%s, %s)', (language, zone, expected) => {
    expect(fmt(language, 'dateTime', SUMMER_START, zone)).toBe(expected);
  });

  it.each([
    ['fr', ZURICH, '09:30'],
    ['fr', PARIS, '09:30'],
    ['en', ZURICH, '09:30'],
  ] as const)('time, 24-hour in both languages (%s, %s)', (language, zone, expected) => {
    expect(fmt(language, 'time', SUMMER_START, zone)).toBe(expected);
  });

  it.each([
    ['fr', ZURICH, '09:30–11:00'],
    ['fr', PARIS, '09:30–11:00'],
    ['en', ZURICH, '09:30–11:00'],
  ] as const)('timeRange on one day (%s, %s)', (language, zone, expected) => {
    expect(fmt(language, 'timeRange', [SUMMER_START, SUMMER_END], zone)).toBe(expected);
  });

  it.each([
    ['fr', ZURICH, 'dim. 2 mai, 09:30 – lun. 3 mai, 11:00'],
    ['en', ZURICH, 'Sun 2 May, 09:30 – Mon 3 May, 11:00'],
  ] as const)('timeRange across two days names both days (%s)', (language, zone, expected) => {
    expect(fmt(language, 'timeRange', [SUMMER_START, '2027-05-03T09:00:00Z'], zone)).toBe(expected);
  });

  it.each([
    ['fr', ZURICH, 'dimanche, 2 mai 2027, 09:30–11:00'],
    ['fr', PARIS, 'dimanche 2 mai 2027, 09:30–11:00'],
    ['en', ZURICH, 'Sunday, 2 May 2027, 09:30–11:00'],
  ] as const)('dateTimeRange (%s, %s)', (language, zone, expected) => {
    expect(fmt(language, 'dateTimeRange', [SUMMER_START, SUMMER_END], zone)).toBe(expected);
  });

  it.each([
    ['fr', '2027-05-05T07:30:00Z', 'dans 3 jours'],
    ['fr', '2027-05-02T05:30:00Z', 'il y a 2 heures'],
    ['fr', '2027-05-03T07:30:00Z', 'demain'],
    ['en', '2027-05-05T07:30:00Z', 'in 3 days'],
    ['en', '2027-05-02T07:10:00Z', '20 minutes ago'],
  ] as const)('relative (%s, %s)', (language, value, expected) => {
    expect(fmt(language, 'relative', value, ZURICH, SUMMER_START)).toBe(expected);
  });
});

describe('formatDateValue: time zones', () => {
  it('shows a Zurich session at its Zurich time on both sides of the autumn change', () => {
    // 09:00 in Zurich: 07:00Z on Saturday 24 October 2026 (summer), 08:00Z on Monday 26 (winter).
    expect(fmt('fr', 'dateTime', '2026-10-24T07:00:00Z', ZURICH)).toBe('24 oct. 2026, 09:00');
    expect(fmt('fr', 'dateTime', '2026-10-26T08:00:00Z', ZURICH)).toBe('26 oct. 2026, 09:00');
  });

  it('shows a Paris session at its Paris time on both sides of the spring change', () => {
    // 28 March 2027: clocks go from 02:00 to 03:00 in Paris.
    expect(fmt('fr', 'time', '2027-03-27T08:00:00Z', PARIS)).toBe('09:00');
    expect(fmt('fr', 'time', '2027-03-29T07:00:00Z', PARIS)).toBe('09:00');
    expect(fmt('fr', 'timeRange', ['2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z'], PARIS)).toBe(
      '01:30–03:30',
    );
  });

  it('uses the zone it is given, not the browser’s: the same instant reads differently per zone', () => {
    const lateEvening = '2027-05-02T22:30:00Z';
    expect(fmt('en', 'dateTime', lateEvening, ZURICH)).toBe('3 May 2027, 00:30');
    expect(fmt('en', 'dateTime', lateEvening, 'UTC')).toBe('2 May 2027, 22:30');
    expect(fmt('en', 'dateTime', lateEvening, 'America/New_York')).toBe('2 May 2027, 18:30');
  });

  it('keeps a calendar date on its day in any zone', () => {
    expect(fmt('fr', 'date', '2027-05-02', ZURICH)).toBe('2 mai 2027');
    expect(fmt('fr', 'date', '2027-05-02', 'Pacific/Kiritimati')).toBe('2 mai 2027');
    expect(fmt('en', 'date', '2027-05-02', 'America/Los_Angeles')).toBe('2 May 2027');
    expect(fmt('en', 'dateTime', '2027-05-02', 'America/Los_Angeles')).toBe('2 May 2027');
  });

  it('accepts a Date and epoch milliseconds as well as ISO text', () => {
    const instant = new Date(SUMMER_START);
    expect(fmt('fr', 'time', instant, ZURICH)).toBe('09:30');
    expect(fmt('fr', 'time', instant.getTime(), ZURICH)).toBe('09:30');
  });

  it('shows nothing for no value or an invalid one', () => {
    expect(fmt('fr', 'date', null, ZURICH)).toBe('');
    expect(fmt('fr', 'date', undefined, ZURICH)).toBe('');
    expect(fmt('fr', 'date', '', ZURICH)).toBe('');
    expect(fmt('fr', 'date', 'not a date', ZURICH)).toBe('');
    expect(fmt('fr', 'timeRange', SUMMER_START, ZURICH)).toBe('');
  });
});
