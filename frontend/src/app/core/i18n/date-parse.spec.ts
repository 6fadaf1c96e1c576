import { parseDateText, parseTimeText } from './date-parse';

describe('parseDateText', () => {
  it.each([
    ['2.5.2027', 'Swiss'],
    ['02.05.2027', 'Swiss, padded'],
    ['02/05/2027', 'French and British'],
    ['2-5-27', 'short year'],
    [' 2 . 5 . 2027 ', 'spaced'],
    ['2027-05-02', 'ISO'],
  ])('reads %s (%s) as 2 May 2027, day first', (text) => {
    expect(parseDateText(text)).toEqual({ year: 2027, month: 5, day: 2 });
  });

  it('never reads the US order: 05/02/2027 is 5 February', () => {
    expect(parseDateText('05/02/2027')).toEqual({ year: 2027, month: 2, day: 5 });
  });

  it('tells an empty text from one that is not a real date', () => {
    expect(parseDateText('   ')).toBeNull();
    expect(parseDateText('31.02.2027')).toBe('invalid');
    expect(parseDateText('29.02.2027')).toBe('invalid');
    expect(parseDateText('13/13/2027')).toBe('invalid');
    expect(parseDateText('demain')).toBe('invalid');
  });

  it('knows leap years', () => {
    expect(parseDateText('29.02.2028')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('parseTimeText', () => {
  it.each(['9:30', '09:30', '9h30', '09h30', '9 h 30', '9.30', '0930', '9:30 am', '9:30 AM'])(
    'reads %s as 09:30',
    (text) => {
      expect(parseTimeText(text)).toEqual({ hour: 9, minute: 30 });
    },
  );

  it('reads whole hours and the afternoon', () => {
    expect(parseTimeText('9h')).toEqual({ hour: 9, minute: 0 });
    expect(parseTimeText('14')).toEqual({ hour: 14, minute: 0 });
    expect(parseTimeText('2:15 pm')).toEqual({ hour: 14, minute: 15 });
    expect(parseTimeText('12:00 am')).toEqual({ hour: 0, minute: 0 });
    expect(parseTimeText('23h59')).toEqual({ hour: 23, minute: 59 });
  });

  it('tells an empty text from one that is not a time', () => {
    expect(parseTimeText('')).toBeNull();
    expect(parseTimeText('24:00')).toBe('invalid');
    expect(parseTimeText('9:60')).toBe('invalid');
    expect(parseTimeText('13:00 pm')).toBe('invalid');
    expect(parseTimeText('midi')).toBe('invalid');
  });
});
