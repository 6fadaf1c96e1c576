/**
 * The one definition of "a student still belongs to a cohort", by enrolment status.
 *
 * - `reads`: the student may read the cohort's records: active, and graduated (a graduate
 *   keeps read access to their past cohort: schedule, projects, own syntheses).
 * - `acts`: the student takes part in it now (writes a synthesis, proposes or joins a project,
 *   is expected to hand in): active only.
 *
 * A withdrawn student belongs in neither sense.
 */
export type Belonging = 'reads' | 'acts';

const STATUSES: Record<Belonging, readonly string[]> = {
  reads: ['active', 'graduated'],
  acts: ['active'],
};

/** `<enrolment>.status IN (...)` for an enrolments row aliased `enrolment`. */
export function enrolmentCountsSql(enrolment: string, belonging: Belonging): string {
  return `${enrolment}.status IN (${STATUSES[belonging].map((s) => `'${s}'`).join(', ')})`;
}

/**
 * SQL that holds when the student whose id is `studentId` (a column or a parameter reference)
 * belongs to the cohort whose id is `cohortId`.
 */
export function belongsToCohortSql(
  studentId: string,
  cohortId: string,
  belonging: Belonging,
): string {
  return `EXISTS (SELECT 1 FROM enrolments a_e WHERE a_e.cohort_id = ${cohortId}
                    AND a_e.student_id = ${studentId} AND ${enrolmentCountsSql('a_e', belonging)})`;
}
