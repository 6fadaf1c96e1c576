import { countdown } from './countdown';

const NOW = Date.parse('2027-03-10T12:00:00Z');
const at = (iso: string) => Date.parse(iso);

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
