import {
  type AttendanceMark,
  type AttendancePartNo,
  type AttendanceRoster,
  type AttendanceStatus,
} from './attendance-api.service';

export interface RosterCounts {
  total: number;
  signed: number;
  present: number;
  late: number;
  excused: number;
  absent: number;
}

/** One student's mark for a part (a roster always has one per part). */
export function markOf(marks: AttendanceMark[], part: number): AttendanceMark {
  return (
    marks.find((m) => m.part === part) ?? {
      part: part as AttendancePartNo,
      status: null,
      excuseReason: null,
      signedAt: null,
      signatureMethod: null,
    }
  );
}

/** How many signed, and how many of each status, for one part of the roster. */
export function rosterCounts(roster: AttendanceRoster, part: number): RosterCounts {
  const counts: RosterCounts = { total: 0, signed: 0, present: 0, late: 0, excused: 0, absent: 0 };
  for (const s of roster.students) {
    const mark = markOf(s.marks, part);
    counts.total += 1;
    if (mark.signedAt) counts.signed += 1;
    if (mark.status) counts[mark.status as AttendanceStatus] += 1;
  }
  return counts;
}

/** The students who have no status yet for the part ("all present" sets them). */
export function untaken(roster: AttendanceRoster, part: number): string[] {
  return roster.students
    .filter((s) => markOf(s.marks, part).status === null)
    .map((s) => s.student.id);
}

/** The part to show first: the one open for signing, else the first. */
export function defaultPart(roster: AttendanceRoster): number {
  return roster.currentPart ?? roster.parts[0]?.part ?? 0;
}

/** Seconds left until an instant, never below zero. */
export function secondsUntil(instant: string, now: number): number {
  return Math.max(0, Math.ceil((new Date(instant).getTime() - now) / 1000));
}
