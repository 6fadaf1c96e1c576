import { aroundSpringForward, daysFromToday, nextDate } from './dates';

describe('test dates', () => {
  const today = new Date().toISOString().slice(0, 10);

  it('counts days from today', () => {
    expect(daysFromToday(0)).toBe(today);
    expect(Date.parse(daysFromToday(30)) - Date.parse(today)).toBe(30 * 86_400_000);
  });

  it('finds the next date of a month and day, a week ahead at least', () => {
    const day = nextDate(1, 15);
    expect(day).toMatch(/^\d{4}-01-15$/);
    expect(Date.parse(day) - Date.parse(today)).toBeGreaterThanOrEqual(7 * 86_400_000);
    expect(Date.parse(day) - Date.parse(today)).toBeLessThan(380 * 86_400_000);
  });

  it('brackets the next spring clock change in Zurich with two Fridays', () => {
    const { before, after } = aroundSpringForward();
    expect(new Date(before).getUTCDay()).toBe(5);
    expect(new Date(after).getUTCDay()).toBe(5);
    expect(Date.parse(before)).toBeGreaterThan(Date.parse(today));
    const offset = (day: string) =>
      new Intl.DateTimeFormat('en', { timeZone: 'Europe/Zurich', timeZoneName: 'longOffset' })
        .formatToParts(new Date(`${day}T12:00:00Z`))
        .find((p) => p.type === 'timeZoneName')?.value;
    expect([offset(before), offset(after)]).toEqual(['GMT+01:00', 'GMT+02:00']);
  });
});
