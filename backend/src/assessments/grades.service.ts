import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  gradable,
  gradeAuditReadable,
  gradeShown,
  resultsReadable,
  type Viewer,
} from '../common/access';
import { CHECK_VIOLATION, FOREIGN_KEY_VIOLATION, pgError } from '../common/db-errors';
import { collated, type Page, pageOfSql, pageOrder, toPage } from '../common/paging';
import { badRequest, conflict, notFound } from '../common/problem';
import { preparedNamedQuery } from '../common/prepared';
import { namedQuery } from '../common/sql';
import type { GradingScale } from '../programmes';
import type { Attempt } from './assessment-kinds';
import {
  ASSESSMENT_COLUMNS,
  ASSESSMENT_JOINS,
  type AssessmentRow,
  type GradableAssessment,
  gradableAssessment,
  gradableCohort,
  onStep,
  returnedRows,
  scaleOf,
  setActor,
  toAssessment,
} from './assessment-reads';
import type {
  ClearGradeQueryDto,
  GradeAuditEntryDto,
  GradeAuditQueryDto,
  GradebookDto,
  GradeCellDto,
  SessionSynthesisGradesDto,
  SetGradeDto,
  StudentGradesDto,
} from './dto/grades.dto';

interface CellRow {
  assessment_id: string;
  student_id: string;
  attempt: Attempt;
  score: string;
  comment: string | null;
  version: number;
  graded_by_id: string;
  graded_by_name: string;
  updated_at: Date;
}

const CELL_COLUMNS = `g.assessment_id, g.student_id, g.attempt, g.score, g.comment, g.version,
  g.graded_by_id, gb.display_name AS graded_by_name, g.updated_at`;

const toCell = (r: CellRow): GradeCellDto => ({
  assessmentId: r.assessment_id,
  studentId: r.student_id,
  attempt: r.attempt,
  score: Number(r.score),
  comment: r.comment,
  version: r.version,
  gradedBy: { id: r.graded_by_id, displayName: r.graded_by_name },
  updatedAt: r.updated_at.toISOString(),
});

/** The gradebook: every cell of a cohort, one cell at a time with an optimistic lock. */
@Injectable()
export class GradesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Students × assessments of the cohort in six queries, whatever its size. */
  async gradebook(viewer: Viewer, cohortId: string, moduleId?: string): Promise<GradebookDto> {
    const m = this.db.manager;
    const cohort = await gradableCohort(m, viewer, cohortId);
    const params = { cohortId, moduleId: moduleId ?? null, programmeId: cohort.programmeId };
    const inModule = `(CAST(:moduleId AS uuid) IS NULL OR a.module_id = :moduleId)`;
    const [modules, assessments, students, cells, computed] = await Promise.all([
      preparedNamedQuery<{ id: string; code: string; title: string; position: number }>(
        m,
        `SELECT cm.id, cm.code, cm.title, cm.position FROM course_modules cm
          WHERE cm.programme_id = :programmeId
            AND (cm.archived_at IS NULL OR EXISTS (SELECT 1 FROM assessments x WHERE x.module_id = cm.id AND x.cohort_id = :cohortId))
          ORDER BY cm.position`,
        params,
      ),
      preparedNamedQuery<AssessmentRow>(
        m,
        `SELECT ${ASSESSMENT_COLUMNS} FROM assessments a ${ASSESSMENT_JOINS}
          WHERE a.cohort_id = :cohortId AND ${inModule}
          ORDER BY m.position, a.due_on NULLS LAST, ${collated('a.title')}, a.id`,
        params,
      ),
      preparedNamedQuery<{ id: string; display_name: string; email: string; status: string }>(
        m,
        `SELECT u.id, u.display_name, u.email, e.status FROM enrolments e JOIN users u ON u.id = e.student_id
          WHERE e.cohort_id = :cohortId ORDER BY ${collated('u.display_name')}, u.id`,
        params,
      ),
      preparedNamedQuery<CellRow>(
        m,
        `SELECT ${CELL_COLUMNS} FROM grades g JOIN assessments a ON a.id = g.assessment_id
           JOIN users gb ON gb.id = g.graded_by_id
          WHERE a.cohort_id = :cohortId AND ${inModule}`,
        params,
      ),
      preparedNamedQuery<{ assessment_id: string; student_id: string; score: string }>(
        m,
        `SELECT eg.assessment_id, eg.student_id, eg.score FROM effective_grades eg
           JOIN assessments a ON a.id = eg.assessment_id
          WHERE a.cohort_id = :cohortId AND a.from_project_grades AND ${inModule}`,
        params,
      ),
    ]);
    return {
      cohortId: cohort.id,
      cohortName: cohort.name,
      programme: cohort.scale,
      modules,
      assessments: assessments.map(toAssessment),
      students: students.map((s) => ({
        id: s.id,
        displayName: s.display_name,
        email: s.email,
        status: s.status,
      })),
      cells: cells.map(toCell),
      computed: computed.map((c) => ({
        assessmentId: c.assessment_id,
        studentId: c.student_id,
        score: Number(c.score),
      })),
    };
  }

  /**
   * Sets one cell. `expectedVersion` null inserts (a grade there already: 409), a number
   * updates that version only (another: 409): `grade.stale` carries the current cell.
   */
  async set(
    viewer: Viewer,
    assessmentId: string,
    studentId: string,
    dto: SetGradeDto,
  ): Promise<GradeCellDto> {
    const attempt = dto.attempt ?? 1;
    return this.db.transaction(async (m) => {
      const assessment = await gradableAssessment(m, viewer, assessmentId);
      this.checkScore(assessment, dto.score);
      await setActor(m, viewer.id, dto.reason ?? null);
      const key = { assessmentId, studentId, attempt };
      const written = await this.writing(() =>
        dto.expectedVersion === null
          ? namedQuery<{ version: number }>(
              m,
              `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step,
                                   score, comment, graded_by_id)
               SELECT a.id, :studentId, :attempt, a.cohort_id, a.scale, a.grade_step, :score,
                      :comment, :me
                 FROM assessments a WHERE a.id = :assessmentId
               ON CONFLICT ON CONSTRAINT pk_grades DO NOTHING
               RETURNING version`,
              { ...key, score: dto.score, comment: dto.comment ?? null, me: viewer.id },
            )
          : namedQuery<unknown>(
              m,
              `UPDATE grades SET score = :score,
                      comment = CASE WHEN :keepComment THEN comment ELSE CAST(:comment AS text) END,
                      graded_by_id = :me, version = version + 1, updated_at = now()
                WHERE assessment_id = :assessmentId AND student_id = :studentId
                  AND attempt = :attempt AND version = :expectedVersion
               RETURNING version`,
              {
                ...key,
                score: dto.score,
                keepComment: dto.comment === undefined,
                comment: dto.comment ?? null,
                me: viewer.id,
                expectedVersion: dto.expectedVersion,
              },
            ),
      );
      if (!returnedRows(written).length) throw await this.stale(m, key);
      const cell = await this.cell(m, key);
      if (!cell) throw notFound('grade');
      return cell;
    });
  }

  /** Clears one cell (the row goes; the audit keeps it), if still at `expectedVersion`. */
  async clear(
    viewer: Viewer,
    assessmentId: string,
    studentId: string,
    query: ClearGradeQueryDto,
  ): Promise<void> {
    const key = { assessmentId, studentId, attempt: query.attempt ?? 1 };
    await this.db.transaction(async (m) => {
      const assessment = await gradableAssessment(m, viewer, assessmentId);
      if (assessment.fromProjectGrades) throw computedError();
      await setActor(m, viewer.id, query.reason ?? null);
      const deleted = await namedQuery<unknown>(
        m,
        `DELETE FROM grades WHERE assessment_id = :assessmentId AND student_id = :studentId
            AND attempt = :attempt AND version = :expectedVersion RETURNING version`,
        { ...key, expectedVersion: query.expectedVersion },
      );
      if (!returnedRows(deleted).length) throw await this.stale(m, key);
    });
  }

  /** The synthesis assessment of a talk (the first one defined) and its first attempts. */
  async forSessionSynthesis(viewer: Viewer, sessionId: string): Promise<SessionSynthesisGradesDto> {
    const m = this.db.manager;
    const may = gradable(viewer, 's.cohort_id');
    const [session] = await namedQuery<{
      cohort_id: string;
      grading_scale: GradingScale;
      grade_step: string;
    }>(
      m,
      `SELECT s.cohort_id, p.grading_scale, p.grade_step FROM sessions s
         JOIN cohorts c ON c.id = s.cohort_id JOIN programmes p ON p.id = c.programme_id
        WHERE s.id = :sessionId AND ${may.sql}`,
      { ...may.params, sessionId },
    );
    if (!session) throw notFound('session');
    const [assessment] = await namedQuery<AssessmentRow>(
      m,
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessments a ${ASSESSMENT_JOINS}
        WHERE a.session_id = :sessionId AND a.kind = 'synthesis' ORDER BY a.created_at, a.id LIMIT 1`,
      { sessionId },
    );
    const cells = assessment
      ? await namedQuery<CellRow>(
          m,
          `SELECT ${CELL_COLUMNS} FROM grades g JOIN users gb ON gb.id = g.graded_by_id
            WHERE g.assessment_id = :id AND g.attempt = 1`,
          { id: assessment.id },
        )
      : [];
    return {
      assessment: assessment ? toAssessment(assessment) : null,
      programme: scaleOf(session.grading_scale, assessment?.grade_step ?? session.grade_step),
      cells: cells.map(toCell),
    };
  }

  /** A student's grades in a cohort: staff all of them, the student the released ones. */
  async forStudent(viewer: Viewer, cohortId: string, studentId: string): Promise<StudentGradesDto> {
    const m = this.db.manager;
    const readable = resultsReadable(viewer, 'e.cohort_id', 'e.student_id');
    const [student] = await namedQuery<{
      display_name: string;
      grading_scale: GradingScale;
      grade_step: string;
    }>(
      m,
      `SELECT u.display_name, p.grading_scale, p.grade_step
         FROM enrolments e JOIN users u ON u.id = e.student_id
         JOIN cohorts c ON c.id = e.cohort_id JOIN programmes p ON p.id = c.programme_id
        WHERE e.cohort_id = :cohortId AND e.student_id = :studentId AND ${readable.sql}`,
      { ...readable.params, cohortId, studentId },
    );
    if (!student) throw notFound('enrolment');
    const shown = gradeShown(viewer, 'a');
    const rows = await namedQuery<{
      assessment_id: string;
      title: string;
      kind: StudentGradesDto['items'][number]['kind'];
      module_id: string;
      module_title: string;
      coefficient: string;
      counts: boolean;
      due_on: string | null;
      released_at: Date | null;
      first_score: string | null;
      resit_score: string | null;
      score: string;
      comment: string | null;
    }>(
      m,
      `SELECT eg.assessment_id, a.title, a.kind, a.module_id, cm.title AS module_title,
              a.coefficient, a.counts, to_char(a.due_on, 'YYYY-MM-DD') AS due_on, a.released_at,
              eg.first_score, eg.resit_score, eg.score,
              (SELECT g.comment FROM grades g WHERE g.assessment_id = a.id AND g.student_id = eg.student_id
                  AND g.comment IS NOT NULL ORDER BY g.attempt DESC LIMIT 1) AS comment
         FROM effective_grades eg
         JOIN assessments a ON a.id = eg.assessment_id
         JOIN course_modules cm ON cm.id = a.module_id
        WHERE eg.cohort_id = :cohortId AND eg.student_id = :studentId AND ${shown.sql}
        ORDER BY cm.position, a.due_on NULLS LAST, ${collated('a.title')}, a.id`,
      { ...shown.params, cohortId, studentId },
    );
    const num = (v: string | null) => (v === null ? null : Number(v));
    return {
      studentId,
      displayName: student.display_name,
      programme: scaleOf(student.grading_scale, student.grade_step),
      items: rows.map((r) => ({
        assessmentId: r.assessment_id,
        title: r.title,
        kind: r.kind,
        moduleId: r.module_id,
        moduleTitle: r.module_title,
        coefficient: Number(r.coefficient),
        counts: r.counts,
        dueOn: r.due_on,
        releasedAt: r.released_at ? r.released_at.toISOString() : null,
        firstScore: num(r.first_score),
        resitScore: num(r.resit_score),
        score: Number(r.score),
        comment: r.comment,
      })),
    };
  }

  /** Every change of the student's grades in the cohort, newest first (administrators). */
  async audit(
    viewer: Viewer,
    cohortId: string,
    studentId: string,
    query: GradeAuditQueryDto,
  ): Promise<Page<GradeAuditEntryDto>> {
    const may = gradeAuditReadable(viewer);
    const [enrolment] = await namedQuery<{ id: string }>(
      this.db.manager,
      `SELECT e.id FROM enrolments e WHERE e.cohort_id = :cohortId AND e.student_id = :studentId AND ${may.sql}`,
      { ...may.params, cohortId, studentId },
    );
    if (!enrolment) throw notFound('enrolment');
    const params = { cohortId, studentId };
    // An entry belongs to the cohort of its assessment (deleted only once it has no grade).
    const select = `SELECT * FROM (SELECT ga.id::text AS id, ga.id AS ga_id, ga.assessment_id, a.title AS assessment_title, ga.attempt,
        ga.operation, ga.old_score, ga.new_score, ga.old_comment, ga.new_comment,
        ga.changed_by_id, u.display_name AS changed_by_name, ga.reason, ga.changed_at
       FROM grade_audit ga
       JOIN assessments a ON a.id = ga.assessment_id AND a.cohort_id = :cohortId
       LEFT JOIN users u ON u.id = ga.changed_by_id
      WHERE ga.student_id = :studentId) AS entries`;
    const order = pageOrder(query.sort, { changedAt: 'changed_at' }, '-changedAt', 'id');
    order[1] = ['ga_id', 'DESC'];
    const { rows, total } = await pageOfSql<{
      id: string;
      assessment_id: string;
      assessment_title: string | null;
      attempt: Attempt;
      operation: GradeAuditEntryDto['operation'];
      old_score: string | null;
      new_score: string | null;
      old_comment: string | null;
      new_comment: string | null;
      changed_by_id: string | null;
      changed_by_name: string | null;
      reason: string | null;
      changed_at: Date;
    }>((sql) => namedQuery(this.db.manager, sql, params), select, query, order);
    const num = (v: string | null) => (v === null ? null : Number(v));
    return toPage(
      rows.map((r) => ({
        id: r.id,
        assessmentId: r.assessment_id,
        assessmentTitle: r.assessment_title,
        attempt: r.attempt,
        operation: r.operation,
        oldScore: num(r.old_score),
        newScore: num(r.new_score),
        oldComment: r.old_comment,
        newComment: r.new_comment,
        changedBy:
          r.changed_by_id && r.changed_by_name
            ? { id: r.changed_by_id, displayName: r.changed_by_name }
            : null,
        reason: r.reason,
        changedAt: r.changed_at.toISOString(),
      })),
      total,
      query,
    );
  }

  private checkScore(assessment: GradableAssessment, score: number): void {
    if (assessment.fromProjectGrades) throw computedError();
    if (!onStep(assessment.scale, score)) throw offScale(assessment, score);
  }

  private async cell(
    m: EntityManager,
    key: { assessmentId: string; studentId: string; attempt: number },
  ): Promise<GradeCellDto | null> {
    const [row] = await namedQuery<CellRow>(
      m,
      `SELECT ${CELL_COLUMNS} FROM grades g JOIN users gb ON gb.id = g.graded_by_id
        WHERE g.assessment_id = :assessmentId AND g.student_id = :studentId AND g.attempt = :attempt`,
      key,
    );
    return row ? toCell(row) : null;
  }

  private async stale(
    m: EntityManager,
    key: { assessmentId: string; studentId: string; attempt: number },
  ) {
    const current = await this.cell(m, key);
    const who = current ? ` by ${current.gradedBy.displayName}` : '';
    return conflict(
      'grade.stale',
      current
        ? `The grade was changed meanwhile: it is ${current.score}${who}.`
        : 'The grade was cleared meanwhile.',
      { current },
    );
  }

  private async writing<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION, 'fk_grades_enrolment')) throw notFound('enrolment');
      if (pgError(error, CHECK_VIOLATION, 'ck_grades_on_scale')) {
        throw badRequest('grade.off_scale', 'The score is not on the programme’s scale.', [
          { field: 'score', code: 'offScale', message: 'not on the scale or its step' },
        ]);
      }
      throw error;
    }
  }
}

const computedError = () =>
  conflict('assessment.computed', 'This assessment’s grades come from the project’s grades.');

function offScale(assessment: GradableAssessment, score: number) {
  const { min, max, gradeStep } = assessment.scale;
  return badRequest(
    'grade.off_scale',
    `${score} is not a grade from ${min} to ${max} by ${gradeStep}.`,
    [
      {
        field: 'score',
        code: 'offScale',
        message: `a grade from ${min} to ${max} in steps of ${gradeStep}`,
      },
    ],
  );
}
