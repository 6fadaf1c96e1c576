import { countdown, countdownText } from './countdown';

const NOW = Date.parse('2027-03-10T12:00:00Z');
const at = (iso: string) => Date.parse(iso);

/** Intl separates with no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('countdown', () => {
  it('counts whole days beyond a day, rounding to the nearest', () => {
    expect(countdown(at('2027-03-13T12:00:00Z'), NOW)).toEqual({
      value: 3,
      unit: 'day',
      past: false,
    });
    expect(countdown(at('2027-03-13T02:00:00Z'), NOW)).toEqual({
      value: 3,
      unit: 'day',
      past: false,
    });
  });

  it('counts hours under a day and minutes under an hour', () => {
    expect(countdown(at('2027-03-10T17:10:00Z'), NOW)).toEqual({
      value: 5,
      unit: 'hour',
      past: false,
    });
    expect(countdown(at('2027-03-10T12:25:00Z'), NOW)).toEqual({
      value: 25,
      unit: 'minute',
      past: false,
    });
  });

  it('marks a due date gone by as past, with a negative value', () => {
    expect(countdown(at('2027-03-08T12:00:00Z'), NOW)).toEqual({
      value: -2,
      unit: 'day',
      past: true,
    });
    expect(countdown(at('2027-03-10T11:59:50Z'), NOW)).toEqual({
      value: 0,
      unit: 'minute',
      past: true,
    });
  });

  it('accepts ISO strings and dates', () => {
    expect(countdown('2027-03-11T12:00:00Z', new Date(NOW)).value).toBe(1);
  });
});

describe('countdownText', () => {
  it('says it in French for fr-CH', () => {
    expect(plain(countdownText({ value: 3, unit: 'day', past: false }, 'fr-CH'))).toBe(
      'dans 3 jours',
    );
    expect(plain(countdownText({ value: -5, unit: 'hour', past: true }, 'fr-CH'))).toBe(
      'il y a 5 heures',
    );
    expect(plain(countdownText({ value: 1, unit: 'day', past: false }, 'fr-CH'))).toBe('demain');
  });

  it('says it in English for en', () => {
    expect(plain(countdownText({ value: 3, unit: 'day', past: false }, 'en'))).toBe('in 3 days');
    expect(plain(countdownText({ value: -2, unit: 'day', past: true }, 'en'))).toBe('2 days ago');
    expect(plain(countdownText({ value: 25, unit: 'minute', past: false }, 'en'))).toBe(
      'in 25 minutes',
    );
  });
});
