import type { AttendanceStatus } from './attendance-record.entity';

/** One held, taken part as the `attendance_outcomes` view gives it for a student. */
export interface Outcome {
  status: AttendanceStatus;
  minutes: number;
}

export interface Rate {
  attendedMinutes: number;
  countedMinutes: number;
  /** Percent with one decimal; null when nothing counts yet. */
  rate: number | null;
}

/**
 * Attended minutes over counted minutes. Present and late are attended, absent is not;
 * excused is neutral (left out of the count) unless the programme's attendance rule counts it
 * as absent. (Progress computes the same in SQL over the same view.)
 */
export function attendanceRate(outcomes: Outcome[], excusedCountAsAbsent: boolean): Rate {
  let attendedMinutes = 0;
  let countedMinutes = 0;
  for (const o of outcomes) {
    if (o.status === 'excused' && !excusedCountAsAbsent) continue;
    countedMinutes += o.minutes;
    if (o.status === 'present' || o.status === 'late') attendedMinutes += o.minutes;
  }
  return {
    attendedMinutes,
    countedMinutes,
    rate: countedMinutes === 0 ? null : Math.round((attendedMinutes / countedMinutes) * 1000) / 10,
  };
}
