import { isCalendarDate, isInstant, isTimeOfDay } from './dates';

describe('strict dates', () => {
  it.each(['2027-02-28', '2028-02-29', '2026-12-31', '2027-01-01'])('accepts the day %s', (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  it.each([
    '2027-02-29',
    '2027-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-1-01',
    '2026-01-01T00:00:00Z',
    '',
  ])('refuses the day %s', (d) => expect(isCalendarDate(d)).toBe(false));
  it.each([
    '2027-02-28T04:00:00+01:00',
    '2027-02-28T04:00+01:00',
    '2027-02-28T23:59:59.123456Z',
    '2027-02-28T00:00:00-05:30',
  ])('accepts the instant %s', (d) => expect(isInstant(d)).toBe(true));
  it.each([
    '2027-02-30T04:00:00+01:00',
    '2027-02-28T25:00:00+01:00',
    '2027-02-28T12:61:00+01:00',
    '2027-02-28T12:00:60+01:00',
    '2027-02-28T12:00:00',
    '2027-02-28T12:00:00+1:00',
    '2027-02-28T12:00:00+19:00',
    '2027-02-28',
    '2027-02-28 12:00:00Z',
  ])('refuses the instant %s', (d) => expect(isInstant(d)).toBe(false));
  it.each(['00:00', '09:30', '23:59'])('accepts the time %s', (t) =>
    expect(isTimeOfDay(t)).toBe(true),
  );
  it.each(['24:00', '25:61', '9:30', '09:60', '09:30:00'])('refuses the time %s', (t) =>
    expect(isTimeOfDay(t)).toBe(false),
  );
  it('refuses what is not a string', () => {
    expect([isCalendarDate(20270101), isInstant(null), isTimeOfDay(930)]).toEqual([
      false,
      false,
      false,
    ]);
  });
});
