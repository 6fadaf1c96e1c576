import type { EntityManager } from 'typeorm';
import { namedQuery } from '../common/sql';
import { enrolmentCountsSql, type SqlPredicate } from '../common/access';
import type { GradingScale } from '../programmes';
import type {
  AttendanceMinutes,
  GroupInfo,
  ModuleInfo,
  ModuleMarks,
  PeriodInfo,
  RuleInfo,
} from './progress-rules';

/**
 * The SQL of the progress computation: a fixed number of statements for a whole cohort (or one
 * student of it), whatever its size: the cohort and its programme, the structure (modules,
 * periods, groups, rules), the roster, the module marks of every student, their attendance.
 * The rules themselves are evaluated in progress-rules.ts over these rows, with no query.
 */

export interface CohortHead {
  cohortId: string;
  cohortName: string;
  startsOn: string;
  endsOn: string;
  programmeId: string;
  programmeCode: string;
  programmeTitle: string;
  scale: GradingScale;
  gradeStep: number;
  weighting: 'ects' | 'coefficient';
  finalRounding: number | null;
  compensation: boolean;
  keepPassedModules: boolean;
  ectsTotal: number;
  /** Sessions of the cohort, not cancelled, still to end. */
  upcoming: number;
  /** Counting assessments of the cohort per module. */
  expected: Record<string, number>;
  staff: boolean;
}

export interface ModuleRow extends ModuleInfo {
  position: number;
}
export interface PeriodRow extends PeriodInfo {
  position: number;
  title: string;
}
export interface RuleRow extends RuleInfo {
  position: number;
}
export interface RosterRow {
  studentId: string;
  displayName: string;
  preferredLanguage: 'fr' | 'en';
}
export interface MarkRow extends ModuleMarks {
  studentId: string;
  moduleId: string;
}
export interface GradeRow {
  studentId: string;
  assessmentId: string;
  moduleId: string;
  title: string;
  kind: string;
  coefficient: number;
  dueOn: string | null;
  firstScore: number | null;
  resitScore: number | null;
  score: number;
}

const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Students who belong to the cohort in the `reads` sense (active or graduated). */
const ROSTER = `SELECT e.student_id FROM enrolments e
                 WHERE e.cohort_id = :cohortId AND ${enrolmentCountsSql('e', 'reads')}
                   AND (CAST(:studentId AS uuid) IS NULL OR e.student_id = CAST(:studentId AS uuid))`;

export async function loadHead(
  manager: EntityManager,
  cohortId: string,
  access: SqlPredicate,
  staff: SqlPredicate,
): Promise<CohortHead | undefined> {
  const [row] = await namedQuery<Record<string, unknown>>(
    manager,
    `SELECT c.id AS cohort_id, c.name AS cohort_name, c.starts_on::text AS starts_on,
            c.ends_on::text AS ends_on, p.id AS programme_id, p.code AS programme_code,
            p.title AS programme_title, p.grading_scale AS scale, p.grade_step,
            p.average_weighting, p.final_rounding, p.compensation, p.keep_passed_modules,
            p.ects_total,
            (SELECT count(*)::int FROM sessions s
              WHERE s.cohort_id = c.id AND s.status <> 'cancelled' AND s.parent_id IS NULL
                AND s.ends_at > now()) AS upcoming,
            (SELECT json_object_agg(x.module_id, x.n)
               FROM (SELECT a.module_id, count(*)::int AS n FROM assessments a
                      WHERE a.cohort_id = c.id AND a.counts GROUP BY a.module_id) x) AS expected,
            COALESCE((${staff.sql}), FALSE) AS staff
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id
      WHERE c.id = :cohortId AND ${access.sql}`,
    { ...access.params, ...staff.params, cohortId },
  );
  if (!row) return undefined;
  return {
    cohortId: String(row['cohort_id']),
    cohortName: String(row['cohort_name']),
    startsOn: String(row['starts_on']),
    endsOn: String(row['ends_on']),
    programmeId: String(row['programme_id']),
    programmeCode: String(row['programme_code']),
    programmeTitle: String(row['programme_title']),
    scale: row['scale'] as GradingScale,
    gradeStep: num(row['grade_step']),
    weighting: row['average_weighting'] as 'ects' | 'coefficient',
    finalRounding: numOrNull(row['final_rounding']),
    compensation: Boolean(row['compensation']),
    keepPassedModules: Boolean(row['keep_passed_modules']),
    ectsTotal: num(row['ects_total']),
    upcoming: num(row['upcoming']),
    expected: (row['expected'] as Record<string, number> | null) ?? {},
    staff: Boolean(row['staff']),
  };
}

/** Modules (not archived, in order), periods, groups and rules of the programme: one statement. */
export async function loadStructure(
  manager: EntityManager,
  programmeId: string,
): Promise<{ modules: ModuleRow[]; periods: PeriodRow[]; groups: GroupInfo[]; rules: RuleRow[] }> {
  const [row] = await namedQuery<{
    modules: Record<string, unknown>[] | null;
    periods: Record<string, unknown>[] | null;
    groups: Record<string, unknown>[] | null;
    rules: Record<string, unknown>[] | null;
  }>(
    manager,
    `SELECT
       (SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'title', m.title,
                 'kind', m.kind, 'ects', m.ects, 'coefficient', m.coefficient,
                 'periodId', m.period_id, 'groupId', m.group_id, 'position', m.position)
                 ORDER BY m.position)
          FROM course_modules m WHERE m.programme_id = :programmeId AND m.archived_at IS NULL) AS modules,
       (SELECT json_agg(json_build_object('id', pp.id, 'position', pp.position, 'title', pp.title,
                 'compensation', pp.compensation) ORDER BY pp.position)
          FROM programme_periods pp WHERE pp.programme_id = :programmeId) AS periods,
       (SELECT json_agg(json_build_object('id', g.id, 'code', g.code, 'title', g.title)
                 ORDER BY g.code)
          FROM module_groups g WHERE g.programme_id = :programmeId) AS groups,
       (SELECT json_agg(json_build_object('id', r.id, 'position', r.position, 'kind', r.kind,
                 'threshold', r.threshold, 'groupId', r.group_id, 'maxCount', r.max_count,
                 'excusedCountAsAbsent', r.excused_count_as_absent) ORDER BY r.position)
          FROM diploma_rules r WHERE r.programme_id = :programmeId) AS rules`,
    { programmeId },
  );
  return {
    modules: (row?.modules ?? []).map((m) => ({
      ...(m as unknown as ModuleRow),
      ects: num(m['ects']),
      coefficient: num(m['coefficient']),
    })),
    periods: (row?.periods ?? []) as unknown as PeriodRow[],
    groups: (row?.groups ?? []) as unknown as GroupInfo[],
    rules: (row?.rules ?? []).map((r) => ({
      ...(r as unknown as RuleRow),
      threshold: numOrNull(r['threshold']),
      maxCount: numOrNull(r['maxCount']),
    })),
  };
}

export async function loadRoster(
  manager: EntityManager,
  cohortId: string,
  studentId: string | null,
): Promise<RosterRow[]> {
  return namedQuery<RosterRow>(
    manager,
    `SELECT u.id AS "studentId", u.display_name AS "displayName",
            u.preferred_language AS "preferredLanguage"
       FROM (${ROSTER}) r JOIN users u ON u.id = r.student_id
      ORDER BY u.display_name COLLATE "und-x-icu", u.id`,
    { cohortId, studentId },
  );
}

/**
 * Every student's marks per module: the weighted average of the grades that count (released
 * ones only unless `allGrades`), and how many of the module's counting assessments are graded.
 * With `keepPassed`, a module passed (complete and ≥ pass) in an earlier cohort of the same
 * programme comes back too, flagged `kept`. One statement for the whole cohort.
 */
export async function loadMarks(
  manager: EntityManager,
  head: CohortHead,
  studentId: string | null,
  allGrades: boolean,
  pass: number,
): Promise<MarkRow[]> {
  if (!head.keepPassedModules) return currentMarks(manager, head, studentId, allGrades);
  const rows = await namedQuery<Record<string, unknown>>(
    manager,
    `WITH roster AS (${ROSTER}),
     cohorts_in AS (
       SELECT c.id, (c.id = :cohortId) AS current FROM cohorts c
        WHERE c.programme_id = :programmeId
          AND (c.id = :cohortId OR (:keep AND c.starts_on < CAST(:startsOn AS date)))),
     expected AS (
       SELECT a.cohort_id, a.module_id, count(*)::int AS expected
         FROM assessments a JOIN cohorts_in ci ON ci.id = a.cohort_id
        WHERE a.counts GROUP BY a.cohort_id, a.module_id),
     marks AS (
       SELECT g.cohort_id, g.student_id, g.module_id, count(*)::int AS graded,
              round(sum(g.score * g.coefficient) / sum(g.coefficient), 2) AS average
         FROM effective_grades g
         JOIN cohorts_in ci ON ci.id = g.cohort_id
         JOIN roster r ON r.student_id = g.student_id
        WHERE g.counts AND (:allGrades OR g.released_at IS NOT NULL)
        GROUP BY g.cohort_id, g.student_id, g.module_id)
     SELECT r.student_id, x.module_id, TRUE AS current, x.expected,
            coalesce(m.graded, 0) AS graded, m.average
       FROM roster r
       CROSS JOIN expected x
       LEFT JOIN marks m ON m.cohort_id = x.cohort_id AND m.student_id = r.student_id
                        AND m.module_id = x.module_id
      WHERE x.cohort_id = :cohortId
     UNION ALL
     SELECT m.student_id, m.module_id, FALSE, x.expected, m.graded, m.average
       FROM marks m
       JOIN cohorts_in ci ON ci.id = m.cohort_id AND NOT ci.current
       JOIN expected x ON x.cohort_id = m.cohort_id AND x.module_id = m.module_id
      WHERE m.graded >= x.expected AND m.average >= :pass`,
    {
      cohortId: head.cohortId,
      programmeId: head.programmeId,
      keep: head.keepPassedModules,
      startsOn: head.startsOn,
      studentId,
      allGrades,
      pass,
    },
  );
  return rows.map((r) => ({
    studentId: String(r['student_id']),
    moduleId: String(r['module_id']),
    expected: num(r['expected']),
    graded: num(r['graded']),
    average: numOrNull(r['average']),
    kept: !r['current'],
  }));
}

/**
 * The cohort's own marks only (no earlier cohort kept), the cohort filter straight on the view;
 * a module with no grade yet has no row (the caller knows the expected counts).
 */
async function currentMarks(
  manager: EntityManager,
  head: CohortHead,
  studentId: string | null,
  allGrades: boolean,
): Promise<MarkRow[]> {
  const rows = await namedQuery<{
    student_id: string;
    module_id: string;
    graded: number;
    average: string;
  }>(
    manager,
    `SELECT g.student_id, g.module_id, count(*)::int AS graded,
            round(sum(g.score * g.coefficient) / sum(g.coefficient), 2) AS average
       FROM effective_grades g
      WHERE g.cohort_id = :cohortId AND g.counts AND (:allGrades OR g.released_at IS NOT NULL)
        AND (CAST(:studentId AS uuid) IS NULL OR g.student_id = CAST(:studentId AS uuid))
      GROUP BY g.student_id, g.module_id`,
    { cohortId: head.cohortId, studentId, allGrades },
  );
  return rows.map((r) => ({
    studentId: r.student_id,
    moduleId: r.module_id,
    expected: head.expected[r.module_id] ?? 0,
    graded: r.graded,
    average: Number(r.average),
    kept: false,
  }));
}

/**
 * Every student's attended and counted minutes over the cohort's held and taken parts, from
 * attendance's `attendance_outcomes` (no record counts absent): present and late attend;
 * excused is summed both ways, the rule chooses.
 */
export async function loadAttendance(
  manager: EntityManager,
  cohortId: string,
  studentId: string | null,
): Promise<Map<string, Omit<AttendanceMinutes, 'upcoming'>>> {
  const rows = await namedQuery<Record<string, unknown>>(
    manager,
    `WITH roster AS (${ROSTER})
     SELECT o.student_id,
            coalesce(sum(o.minutes) FILTER (WHERE o.status IN ('present', 'late')), 0) AS attended,
            coalesce(sum(o.minutes) FILTER (WHERE o.status <> 'excused'), 0) AS neutral,
            coalesce(sum(o.minutes), 0) AS absent
       FROM attendance_outcomes o JOIN roster r ON r.student_id = o.student_id
      WHERE o.cohort_id = :cohortId
      GROUP BY o.student_id`,
    { cohortId, studentId },
  );
  return new Map(
    rows.map((r) => [
      String(r['student_id']),
      {
        attended: num(r['attended']),
        countedExcusedNeutral: num(r['neutral']),
        countedExcusedAbsent: num(r['absent']),
      },
    ]),
  );
}

/** The grades behind one student's marks (released only unless `allGrades`), for the details. */
export async function loadGrades(
  manager: EntityManager,
  cohortId: string,
  studentId: string,
  allGrades: boolean,
): Promise<GradeRow[]> {
  const rows = await namedQuery<Record<string, unknown>>(
    manager,
    `SELECT g.student_id, g.assessment_id, g.module_id, a.title, g.kind, g.coefficient,
            a.due_on::text AS due_on, g.first_score, g.resit_score, g.score
       FROM effective_grades g JOIN assessments a ON a.id = g.assessment_id
      WHERE g.cohort_id = :cohortId AND g.student_id = :studentId AND g.counts
        AND (:allGrades OR g.released_at IS NOT NULL)
      ORDER BY a.due_on NULLS LAST, a.title, a.id`,
    { cohortId, studentId, allGrades },
  );
  return rows.map((r) => ({
    studentId: String(r['student_id']),
    assessmentId: String(r['assessment_id']),
    moduleId: String(r['module_id']),
    title: String(r['title']),
    kind: String(r['kind']),
    coefficient: num(r['coefficient']),
    dueOn: (r['due_on'] as string | null) ?? null,
    firstScore: numOrNull(r['first_score']),
    resitScore: numOrNull(r['resit_score']),
    score: num(r['score']),
  }));
}
