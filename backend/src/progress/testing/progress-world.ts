import type { DataSource } from 'typeorm';
import { daysFromToday } from '../../testing/dates';
import { buildSession } from '../../testing/scheduling-factories';

/**
 * Test support for progress: assessments, grades and attendance written straight to the
 * tables (their own domains' APIs are tested there), so each spec states its numbers plainly.
 */

export interface AssessmentSpec {
  cohortId: string;
  moduleId: string;
  createdById: string;
  title?: string;
  kind?: string;
  coefficient?: number;
  counts?: boolean;
  /** Released by `createdById` now unless false. */
  released?: boolean;
}

export async function insertAssessment(db: DataSource, spec: AssessmentSpec): Promise<string> {
  const [row] = await db.query<{ id: string }[]>(
    `INSERT INTO assessments (cohort_id, module_id, programme_id, scale, grade_step, title, kind,
                              coefficient, counts, released_at, released_by_id, created_by_id)
     SELECT c.id, $2, p.id, p.grading_scale, p.grade_step, $3, $4, $5, $6,
            CASE WHEN $7 THEN now() END, CASE WHEN $7 THEN $8::uuid END, $8
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = $1
     RETURNING id`,
    [
      spec.cohortId,
      spec.moduleId,
      spec.title ?? 'Examen',
      spec.kind ?? 'exam',
      spec.coefficient ?? 1,
      spec.counts ?? true,
      spec.released ?? true,
      spec.createdById,
    ],
  );
  return row.id;
}

export async function insertGrade(
  db: DataSource,
  assessmentId: string,
  studentId: string,
  score: number,
  gradedById: string,
  attempt: 1 | 2 = 1,
): Promise<void> {
  await db.query(
    `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, graded_by_id)
     SELECT a.id, $2, $5, a.cohort_id, a.scale, a.grade_step, $3, $4 FROM assessments a WHERE a.id = $1`,
    [assessmentId, studentId, score, gradedById, attempt],
  );
}

export async function release(db: DataSource, assessmentId: string, byId: string): Promise<void> {
  await db.query(`UPDATE assessments SET released_at = now(), released_by_id = $2 WHERE id = $1`, [
    assessmentId,
    byId,
  ]);
}

/**
 * `count` past sessions of two hours in the afternoon (a single part 0 each), on consecutive
 * days ending `endDaysAgo` days ago.
 */
export async function pastSessions(
  db: DataSource,
  cohortId: string,
  count: number,
  endDaysAgo = 2,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = daysFromToday(-(endDaysAgo + i));
    const session = await buildSession(db, {
      cohortId,
      startsAt: `${day}T13:00:00Z`,
      endsAt: `${day}T15:00:00Z`,
    });
    ids.push(session.id);
  }
  return ids;
}

export type Mark = 'present' | 'late' | 'excused' | 'absent';

/** The attendance of one student over the sessions, in order (`null`: no record). */
export async function recordAttendance(
  db: DataSource,
  sessionIds: string[],
  studentId: string,
  marks: (Mark | null)[],
): Promise<void> {
  for (const [i, status] of marks.entries()) {
    if (!status) continue;
    await db.query(
      `INSERT INTO attendance_records (session_id, student_id, part, status, excuse_reason)
       VALUES ($1, $2, 0, $3, $4)`,
      [sessionIds[i], studentId, status, status === 'excused' ? 'Maladie' : null],
    );
  }
}
