import type { RuleResultDto, StudentProgressDto } from '../progress';

/** What the jury reads of a student's progress: every rule met or not, why, the final grade. */
export interface JuryOutcome {
  outcome: StudentProgressDto['outcome'];
  rulesMet: boolean;
  unmetRules: RuleResultDto[];
  finalGrade: number | null;
  attendanceRate: number | null;
}

/** A rule still pending on the jury's day is not met: the jury decides on what is known. */
export function juryOutcome(s: StudentProgressDto): JuryOutcome {
  return {
    outcome: s.outcome,
    rulesMet: s.outcome === 'met',
    unmetRules: s.rules.filter((r) => r.met !== true),
    finalGrade: s.overallAverage,
    attendanceRate: s.attendanceRate,
  };
}
