import { dateFieldValue, isoDateOf, timeFieldValue, wallTimeOf } from './date-fields';

describe('date and time field values', () => {
  it('round-trips an API date through a date field', () => {
    expect(isoDateOf(dateFieldValue('2027-05-02'))).toBe('2027-05-02');
    expect(isoDateOf(dateFieldValue('2027-03-28'))).toBe('2027-03-28');
  });

  it('round-trips a wall time through a time field, also one of a spring-forward night', () => {
    expect(wallTimeOf(timeFieldValue('09:30'))).toBe('09:30');
    expect(wallTimeOf(timeFieldValue('02:30'))).toBe('02:30');
  });

  it('gives nothing for what is not a date or time', () => {
    expect(dateFieldValue('02.05.2027')).toBeNull();
    expect(dateFieldValue('2027-02-30')).toBeNull();
    expect(timeFieldValue('9:30')).toBeNull();
    expect(isoDateOf(null)).toBe('');
    expect(wallTimeOf('09:30')).toBe('');
  });
});
