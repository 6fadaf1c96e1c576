import { DateTime } from 'luxon';

/**
 * The demo's dates, relative to the day it is first loaded: the cohort runs over the academic
 * year that contains today, opening on the first Wednesday from 27 August (the last Wednesday
 * of August or the first of September) and ending on the Saturday of its 43rd week, in June,
 * the day after the defences. From that last day on, the current academic year is the next one
 * (planned, about to open), so a demo loaded in the summer shows the coming year. Every demo date is a day counted from the opening Wednesday plus a wall-clock time
 * in the programme's zone, so weekdays and local times survive any year and any DST change.
 */

export const DEMO_TIME_ZONE = 'Europe/Zurich';

/** The cohort's last day (a Saturday), in days after the opening Wednesday. */
export const DEMO_LAST_DAY = 297;

/** A moment of the demo's story: `day` days after the opening Wednesday (before it if negative), `time` local. */
export interface DemoMoment {
  day: number;
  /** HH:MM, wall clock in the programme's zone. */
  time: string;
}

export const on = (day: number, time: string): DemoMoment => ({ day, time });

const WEDNESDAY = 3;

/** The first Wednesday on or after 27 August of `year`, at midnight in `zone`. */
function openingOf(year: number, zone: string): DateTime {
  const earliest = DateTime.fromObject({ year, month: 8, day: 27 }, { zone });
  return earliest.plus({ days: (WEDNESDAY - earliest.weekday + 7) % 7 });
}

export class DemoCalendar {
  /** Midnight of the opening Wednesday in the programme's zone. */
  readonly opening: DateTime;
  readonly now: DateTime;

  constructor(
    now: Date,
    readonly zone: string = DEMO_TIME_ZONE,
  ) {
    this.now = DateTime.fromJSDate(now, { zone });
    const today = this.now.startOf('day');
    const previous = openingOf(today.year - 1, zone);
    this.opening =
      today >= previous.plus({ days: DEMO_LAST_DAY }) ? openingOf(today.year, zone) : previous;
  }

  /** YYYY-MM-DD of the day `day` days after the opening. */
  date(day: number): string {
    return this.opening.plus({ days: day }).toISODate() ?? '';
  }

  /** The instant of a demo moment (wall clock in the programme's zone, DST-correct). */
  at(moment: DemoMoment): Date {
    const [hour, minute] = moment.time.split(':').map(Number);
    return this.opening
      .plus({ days: moment.day })
      .set({ hour, minute, second: 0, millisecond: 0 })
      .toJSDate();
  }

  /** Whether a moment of the story has already happened (at or before now). */
  happened(moment: DemoMoment): boolean {
    return this.at(moment).getTime() <= this.now.toMillis();
  }

  get startsOn(): string {
    return this.date(0);
  }

  get endsOn(): string {
    return this.date(DEMO_LAST_DAY);
  }

  /** `2026–2027`, for the cohort's name and the season's. */
  get academicYear(): string {
    return `${this.opening.year}–${this.opening.year + 1}`;
  }

  /** Running once the opening day has come, planned before (the summer before the year). */
  get cohortStatus(): 'planned' | 'running' {
    return this.now >= this.opening ? 'running' : 'planned';
  }
}
