/**
 * Test dates relative to today, so that no test books a day that will pass. Dates are calendar
 * dates (`YYYY-MM-DD`); tests add the time and the offset they mean (`${day}T09:00:00+01:00`).
 */
const DAY = 86_400_000;

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function todayUtc(): number {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** The calendar date `days` from today (negative: in the past). */
export function daysFromToday(days: number): string {
  return iso(todayUtc() + days * DAY);
}

/**
 * The next date, at least `minDays` from today, on this month and day: `nextDate(1, 15)` is a
 * mid-January day (winter in Europe, +01:00 in Zurich), `nextDate(6, 4)` a June day (+02:00).
 */
export function nextDate(month: number, day: number, minDays = 7): string {
  const earliest = todayUtc() + minDays * DAY;
  let year = new Date(earliest).getUTCFullYear();
  while (Date.UTC(year, month - 1, day) < earliest) year += 1;
  return iso(Date.UTC(year, month - 1, day));
}

/**
 * The Fridays either side of Europe's next spring clock change (the last Sunday of March) that is
 * at least a week away: Zurich is at +01:00 on `before` and at +02:00 on `after`.
 */
export function aroundSpringForward(): { before: string; after: string } {
  const earliest = todayUtc() + 7 * DAY;
  let year = new Date(earliest).getUTCFullYear();
  for (;;) {
    const lastOfMarch = Date.UTC(year, 2, 31);
    const sunday = lastOfMarch - new Date(lastOfMarch).getUTCDay() * DAY;
    if (sunday - 2 * DAY >= earliest)
      return { before: iso(sunday - 2 * DAY), after: iso(sunday + 5 * DAY) };
    year += 1;
  }
}
