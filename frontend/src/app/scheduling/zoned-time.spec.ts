import {
  addDays,
  addMonths,
  isIsoDate,
  isoWeekday,
  startOfIsoWeek,
  startOfZonedDay,
  zoneOffsetMinutes,
  zonedDate,
  zonedTime,
  zonedToInstant,
} from './zoned-time';

const ZURICH = 'Europe/Zurich';

describe('zoned time', () => {
  it('reads an instant on the wall clock of the zone, summer and winter', () => {
    expect(zonedTime(new Date('2026-09-04T07:00:00Z'), ZURICH)).toBe('09:00');
    expect(zonedTime(new Date('2026-12-04T08:00:00Z'), ZURICH)).toBe('09:00');
    expect(zonedDate(new Date('2026-09-04T22:30:00Z'), ZURICH)).toBe('2026-09-05');
  });

  it('turns a date and wall-clock time of the zone into the instant, with the right offset', () => {
    expect(zonedToInstant('2026-09-04', '09:00', ZURICH).toISOString()).toBe(
      '2026-09-04T07:00:00.000Z',
    );
    expect(zonedToInstant('2026-12-04', '09:00', ZURICH).toISOString()).toBe(
      '2026-12-04T08:00:00.000Z',
    );
    expect(zonedToInstant('2026-09-04', '09:00', 'Europe/Paris').toISOString()).toBe(
      '2026-09-04T07:00:00.000Z',
    );
  });

  it('keeps the wall-clock time on both sides of the autumn change (25 October 2026)', () => {
    expect(zonedToInstant('2026-10-24', '09:00', ZURICH).toISOString()).toBe(
      '2026-10-24T07:00:00.000Z',
    );
    expect(zonedToInstant('2026-10-26', '09:00', ZURICH).toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('takes the first of the two 02:30 of the autumn night and moves a spring-gap time on', () => {
    expect(zonedToInstant('2026-10-25', '02:30', ZURICH).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(zonedTime(zonedToInstant('2027-03-28', '02:30', ZURICH), ZURICH)).toBe('03:30');
  });

  it('gives the offset of the zone at an instant', () => {
    expect(zoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), ZURICH)).toBe(120);
    expect(zoneOffsetMinutes(new Date('2027-01-01T12:00:00Z'), ZURICH)).toBe(60);
  });

  it('makes days of 25 and 23 hours when clocks change', () => {
    const hours = (date: string) =>
      (startOfZonedDay(addDays(date, 1), ZURICH).getTime() -
        startOfZonedDay(date, ZURICH).getTime()) /
      3_600_000;
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2027-03-28')).toBe(23);
    expect(hours('2026-10-26')).toBe(24);
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(isoWeekday('2026-10-25')).toBe(7);
    expect(startOfIsoWeek('2026-10-25')).toBe('2026-10-19');
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});
