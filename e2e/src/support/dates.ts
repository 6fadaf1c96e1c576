/**
 * Dates for journeys, always counted from today where the programme's clocks are: a journey
 * never names a fixed day, so it cannot pass into the past.
 */

export const ZURICH = 'Europe/Zurich';

/** A day as `YYYY-MM-DD`. */
export type IsoDate = string;

function wallClock(at: Date, zone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  return Object.fromEntries(
    parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]),
  );
}

/** Today where `zone`'s clocks are. */
export function todayIn(zone: string = ZURICH): IsoDate {
  const c = wallClock(new Date(), zone);
  return new Date(Date.UTC(c['year'], c['month'] - 1, c['day'])).toISOString().slice(0, 10);
}

/** `date` plus `days` calendar days (minus when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** The first `weekday` (0 Sunday … 6 Saturday) on or after `date`. */
export function onOrAfter(date: IsoDate, weekday: number): IsoDate {
  const from = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (weekday - from + 7) % 7);
}

/** Day of the month, month (0 = January) and year of `date`. */
export function partsOf(date: IsoDate): { day: number; month: number; year: number } {
  const [year, month, day] = date.split('-').map(Number);
  return { day, month: month - 1, year };
}

/** The instant `zone`'s clocks show `date` `time` (HH:MM): the offset is read from Intl, not assumed. */
export function zonedInstant(date: IsoDate, time: string, zone: string = ZURICH): string {
  const wanted = Date.parse(`${date}T${time}:00Z`);
  let at = wanted;
  // Twice: the offset at the first guess may differ from the one at the answer (a DST change).
  for (let i = 0; i < 2; i += 1) {
    const c = wallClock(new Date(at), zone);
    const shown = Date.UTC(
      c['year'],
      c['month'] - 1,
      c['day'],
      c['hour'],
      c['minute'],
      c['second'],
    );
    at += wanted - shown;
  }
  return new Date(at).toISOString();
}
