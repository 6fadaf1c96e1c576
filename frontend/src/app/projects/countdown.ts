/** How far a due date is from now, in the unit a person would use. */
export interface Countdown {
  /** Signed: positive in the future, negative in the past. */
  value: number;
  unit: 'minute' | 'hour' | 'day';
  /** The due date has passed. */
  past: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The time left until `dueAt` (or gone since), rounded to minutes under an hour, hours under
 * a day, days beyond.
 */
export function countdown(dueAt: string | number | Date, now: number | Date): Countdown {
  const diff = new Date(dueAt).getTime() - new Date(now).getTime();
  const abs = Math.abs(diff);
  const past = diff < 0;
  if (abs < HOUR) return { value: roundSigned(diff / MINUTE), unit: 'minute', past };
  if (abs < DAY) return { value: roundSigned(diff / HOUR), unit: 'hour', past };
  return { value: roundSigned(diff / DAY), unit: 'day', past };
}

/** Rounds half away from zero, and never gives -0. */
function roundSigned(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}
