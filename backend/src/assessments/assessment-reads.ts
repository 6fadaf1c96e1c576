import type { EntityManager } from 'typeorm';
import { gradable, type Viewer } from '../common/access';
import { notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import { type GradingScale, SCALES } from '../programmes';
import type { AssessmentKind } from './assessment-kinds';
import type { AssessmentDto } from './dto/assessments.dto';
import type { GradeScaleDto } from './dto/grades.dto';

/** The columns of an `AssessmentDto`, over `assessments a` (joins below). */
export const ASSESSMENT_COLUMNS = `
  a.id, a.cohort_id, a.module_id, m.code AS module_code, m.title AS module_title,
  m.position AS module_position, a.session_id, s.title AS session_title, a.title, a.kind,
  a.coefficient, a.grade_step, to_char(a.due_on, 'YYYY-MM-DD') AS due_on, a.counts, a.from_project_grades,
  a.released_at, a.released_by_id, rb.display_name AS released_by_name, a.created_at,
  a.updated_at,
  (SELECT count(*)::int FROM grades g WHERE g.assessment_id = a.id) AS grade_count`;

export const ASSESSMENT_JOINS = `
  JOIN course_modules m ON m.id = a.module_id
  LEFT JOIN sessions s ON s.id = a.session_id
  LEFT JOIN users rb ON rb.id = a.released_by_id`;

export interface AssessmentRow {
  id: string;
  cohort_id: string;
  module_id: string;
  module_code: string;
  module_title: string;
  module_position: number;
  session_id: string | null;
  session_title: string | null;
  title: string;
  kind: AssessmentKind;
  coefficient: string;
  grade_step: string;
  due_on: string | null;
  counts: boolean;
  from_project_grades: boolean;
  released_at: Date | null;
  released_by_id: string | null;
  released_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  grade_count: number;
}

export const toAssessment = (r: AssessmentRow): AssessmentDto => ({
  id: r.id,
  cohortId: r.cohort_id,
  moduleId: r.module_id,
  moduleCode: r.module_code,
  moduleTitle: r.module_title,
  modulePosition: r.module_position,
  sessionId: r.session_id,
  sessionTitle: r.session_title,
  title: r.title,
  kind: r.kind,
  coefficient: Number(r.coefficient),
  dueOn: r.due_on,
  counts: r.counts,
  fromProjectGrades: r.from_project_grades,
  releasedAt: r.released_at ? r.released_at.toISOString() : null,
  releasedBy:
    r.released_by_id && r.released_by_name
      ? { id: r.released_by_id, displayName: r.released_by_name }
      : null,
  gradeCount: r.grade_count,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export const scaleOf = (scale: GradingScale, gradeStep: number | string): GradeScaleDto => {
  const rule = SCALES[scale];
  return { scale, gradeStep: Number(gradeStep), min: rule.min, max: rule.max, pass: rule.pass };
};

/** Whether the score lies on the scale and on the step. */
export function onStep(scale: GradeScaleDto, score: number): boolean {
  if (!Number.isFinite(score) || score < scale.min || score > scale.max) return false;
  const steps = score / scale.gradeStep;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

export interface GradableCohort {
  id: string;
  name: string;
  programmeId: string;
  scale: GradeScaleDto;
}

/** The cohort, if the viewer may grade in it (else 404). */
export async function gradableCohort(
  manager: EntityManager,
  viewer: Viewer,
  cohortId: string,
): Promise<GradableCohort> {
  const may = gradable(viewer, 'c.id');
  const [row] = await namedQuery<{
    id: string;
    name: string;
    programme_id: string;
    grading_scale: GradingScale;
    grade_step: string;
  }>(
    manager,
    `SELECT c.id, c.name, c.programme_id, p.grading_scale, p.grade_step
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id
      WHERE c.id = :cohortId AND ${may.sql}`,
    { ...may.params, cohortId },
  );
  if (!row) throw notFound('cohort');
  return {
    id: row.id,
    name: row.name,
    programmeId: row.programme_id,
    scale: scaleOf(row.grading_scale, row.grade_step),
  };
}

export interface GradableAssessment {
  id: string;
  cohortId: string;
  title: string;
  fromProjectGrades: boolean;
  scale: GradeScaleDto;
}

/** The assessment, if the viewer may grade in its cohort (else 404); `lock` takes FOR UPDATE. */
export async function gradableAssessment(
  manager: EntityManager,
  viewer: Viewer,
  id: string,
  lock = false,
): Promise<GradableAssessment> {
  const may = gradable(viewer, 'a.cohort_id');
  const [row] = await namedQuery<{
    id: string;
    cohort_id: string;
    title: string;
    from_project_grades: boolean;
    scale: GradingScale;
    grade_step: string;
  }>(
    manager,
    `SELECT a.id, a.cohort_id, a.title, a.from_project_grades, a.scale, a.grade_step
       FROM assessments a WHERE a.id = :id AND ${may.sql}${lock ? ' FOR UPDATE' : ''}`,
    { ...may.params, id },
  );
  if (!row) throw notFound('assessment');
  return {
    id: row.id,
    cohortId: row.cohort_id,
    title: row.title,
    fromProjectGrades: row.from_project_grades,
    scale: scaleOf(row.scale, row.grade_step),
  };
}

/** Who did it, for the audit trigger (SET LOCAL: this transaction only). */
export async function setActor(
  manager: EntityManager,
  actorId: string,
  reason: string | null,
): Promise<void> {
  await manager.query(
    `SELECT set_config('clique.actor_id', $1, true), set_config('clique.change_reason', $2, true)`,
    [actorId, reason ?? ''],
  );
}

/** The rows of an UPDATE or DELETE … RETURNING (TypeORM answers those with [rows, count]). */
export function returnedRows<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  ) {
    return result[0] as T[];
  }
  return result as T[];
}
