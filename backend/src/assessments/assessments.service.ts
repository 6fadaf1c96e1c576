import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { gradable, type Viewer } from '../common/access';
import { CHECK_VIOLATION, FOREIGN_KEY_VIOLATION, pgError } from '../common/db-errors';
import {
  collated,
  type Page,
  pageOfSql,
  pageOrder,
  type SortColumns,
  toPage,
} from '../common/paging';
import { badRequest, conflict, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import { NotificationsService } from '../notifications';
import {
  ASSESSMENT_COLUMNS,
  ASSESSMENT_JOINS,
  type AssessmentRow,
  gradableAssessment,
  gradableCohort,
  toAssessment,
} from './assessment-reads';
import type {
  AssessmentDto,
  AssessmentQueryDto,
  CreateAssessmentDto,
  UpdateAssessmentDto,
} from './dto/assessments.dto';
import { ASSESSMENT_SORTS } from './dto/assessments.dto';

const SORTS: SortColumns<(typeof ASSESSMENT_SORTS)[number]> = {
  module: 'module_position',
  title: collated('title'),
  dueOn: 'due_on',
  createdAt: 'created_at',
};

/** A cohort's assessments: define, change, delete (while ungraded), release. */
@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async list(
    viewer: Viewer,
    cohortId: string,
    query: AssessmentQueryDto,
  ): Promise<Page<AssessmentDto>> {
    await gradableCohort(this.db.manager, viewer, cohortId);
    const params = {
      cohortId,
      moduleId: query.moduleId ?? null,
      sessionId: query.sessionId ?? null,
      kind: query.kind ?? null,
    };
    const select = `SELECT * FROM (SELECT ${ASSESSMENT_COLUMNS} FROM assessments a ${ASSESSMENT_JOINS}
       WHERE a.cohort_id = :cohortId
         AND (CAST(:moduleId AS uuid) IS NULL OR a.module_id = :moduleId)
         AND (CAST(:sessionId AS uuid) IS NULL OR a.session_id = :sessionId)
         AND (CAST(:kind AS text) IS NULL OR a.kind = :kind)) AS listed`;
    const order = pageOrder(query.sort, SORTS, 'module', 'id');
    if (!query.sort) order.splice(1, 0, ['due_on', 'ASC'], [collated('title'), 'ASC']);
    const { rows, total } = await pageOfSql<AssessmentRow>(
      (sql) => namedQuery(this.db.manager, sql, params),
      select,
      query,
      order,
    );
    return toPage(rows.map(toAssessment), total, query);
  }

  async get(viewer: Viewer, id: string): Promise<AssessmentDto> {
    return this.read(this.db.manager, viewer, id);
  }

  async create(viewer: Viewer, cohortId: string, dto: CreateAssessmentDto): Promise<AssessmentDto> {
    return this.db.transaction(async (m) => {
      const cohort = await gradableCohort(m, viewer, cohortId);
      await this.checkRefs(m, cohortId, cohort.programmeId, dto.moduleId, dto.sessionId ?? null);
      const [row] = await this.writing(() =>
        namedQuery<{ id: string }>(
          m,
          `INSERT INTO assessments (cohort_id, module_id, session_id, programme_id, scale, grade_step,
                                    title, kind, coefficient, due_on, counts, from_project_grades,
                                    created_by_id)
           SELECT c.id, :moduleId, :sessionId, p.id, p.grading_scale, p.grade_step, :title, :kind,
                  :coefficient, CAST(:dueOn AS date), :counts, :fromProjectGrades, :me
             FROM cohorts c JOIN programmes p ON p.id = c.programme_id
            WHERE c.id = :cohortId
           RETURNING id`,
          {
            cohortId,
            moduleId: dto.moduleId,
            sessionId: dto.sessionId ?? null,
            title: dto.title,
            kind: dto.kind,
            coefficient: dto.coefficient ?? 1,
            dueOn: dto.dueOn ?? null,
            counts: dto.counts ?? true,
            fromProjectGrades: dto.fromProjectGrades ?? false,
            me: viewer.id,
          },
        ),
      );
      return this.read(m, viewer, row.id);
    });
  }

  async update(viewer: Viewer, id: string, dto: UpdateAssessmentDto): Promise<AssessmentDto> {
    return this.db.transaction(async (m) => {
      const current = await gradableAssessment(m, viewer, id, true);
      const [cohort] = await m.query<{ programme_id: string }[]>(
        'SELECT programme_id FROM cohorts WHERE id = $1',
        [current.cohortId],
      );
      if (dto.moduleId !== undefined || dto.sessionId !== undefined) {
        await this.checkRefs(
          m,
          current.cohortId,
          cohort.programme_id,
          dto.moduleId ?? null,
          dto.sessionId ?? null,
        );
      }
      if (dto.fromProjectGrades && !current.fromProjectGrades) {
        const [{ n }] = await m.query<{ n: number }[]>(
          'SELECT count(*)::int AS n FROM grades WHERE assessment_id = $1',
          [id],
        );
        if (n > 0) {
          throw conflict(
            'assessment.has_grades',
            'Clear the grades entered before taking them from the project.',
          );
        }
      }
      const sets: string[] = [];
      const params: Record<string, unknown> = { id };
      const set = (column: string, key: keyof UpdateAssessmentDto, cast = '') => {
        if (dto[key] === undefined) return;
        sets.push(`${column} = ${cast ? `CAST(:${key} AS ${cast})` : `:${key}`}`);
        params[key] = dto[key];
      };
      set('module_id', 'moduleId');
      set('title', 'title');
      set('kind', 'kind');
      set('coefficient', 'coefficient');
      set('due_on', 'dueOn', 'date');
      set('counts', 'counts');
      set('session_id', 'sessionId', 'uuid');
      set('from_project_grades', 'fromProjectGrades');
      if (sets.length) {
        await this.writing(() =>
          namedQuery(
            m,
            `UPDATE assessments SET ${sets.join(', ')}, updated_at = now() WHERE id = :id`,
            params,
          ),
        );
      }
      return this.read(m, viewer, id);
    });
  }

  async remove(viewer: Viewer, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await gradableAssessment(m, viewer, id, true);
      try {
        await m.query('DELETE FROM assessments WHERE id = $1', [id]);
      } catch (error) {
        if (pgError(error, FOREIGN_KEY_VIOLATION, 'fk_grades_assessment')) {
          throw conflict('assessment.has_grades', 'This assessment has grades: clear them first.');
        }
        throw error;
      }
    });
  }

  /** Students see the assessment's grades once released (releasing twice keeps the first time). */
  async release(viewer: Viewer, id: string, released: boolean): Promise<AssessmentDto> {
    return this.db.transaction(async (m) => {
      await gradableAssessment(m, viewer, id, true);
      if (released) {
        const [newly]: { title: string; released_at: Date }[] = await m.query(
          `WITH released AS (
             UPDATE assessments SET released_at = now(), released_by_id = $2, updated_at = now()
              WHERE id = $1 AND released_at IS NULL RETURNING title, released_at)
           SELECT * FROM released`,
          [id, viewer.id],
        );
        if (newly) await this.gradesReleased(m, id, newly.title, newly.released_at);
      } else {
        await m.query(
          `UPDATE assessments SET released_at = NULL, released_by_id = NULL, updated_at = now()
            WHERE id = $1`,
          [id],
        );
      }
      return this.read(m, viewer, id);
    });
  }

  /** The students graded in a newly released assessment hear that their grade is out. */
  private async gradesReleased(
    m: EntityManager,
    id: string,
    title: string,
    releasedAt: Date,
  ): Promise<void> {
    const students: { student_id: string }[] = await m.query(
      `SELECT DISTINCT student_id FROM grades WHERE assessment_id = $1`,
      [id],
    );
    await this.notifications.notifyMany(
      m,
      students.map(({ student_id }) => ({
        userId: student_id,
        kind: 'grades.released',
        link: '/student/results',
        text: (lang) =>
          lang === 'fr'
            ? {
                title: `Note publiée : ${title}`,
                body: `Votre note pour « ${title} » est disponible.`,
              }
            : {
                title: `Grade released: ${title}`,
                body: `Your grade for “${title}” is available.`,
              },
        idempotencyKey: `grades.released:${id}:${releasedAt.getTime()}:${student_id}`,
      })),
    );
  }

  private async read(m: EntityManager, viewer: Viewer, id: string): Promise<AssessmentDto> {
    const may = gradable(viewer, 'a.cohort_id');
    const [row] = await namedQuery<AssessmentRow>(
      m,
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessments a ${ASSESSMENT_JOINS}
        WHERE a.id = :id AND ${may.sql}`,
      { ...may.params, id },
    );
    if (!row) throw notFound('assessment');
    return toAssessment(row);
  }

  /** The module belongs to the cohort's programme, the session to the cohort (400 otherwise). */
  private async checkRefs(
    m: EntityManager,
    cohortId: string,
    programmeId: string,
    moduleId: string | null,
    sessionId: string | null,
  ): Promise<void> {
    const [row] = await m.query<{ module_ok: boolean; session_ok: boolean }[]>(
      `SELECT ($1::uuid IS NULL OR EXISTS (SELECT 1 FROM course_modules WHERE id = $1 AND programme_id = $2)) AS module_ok,
              ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM sessions WHERE id = $3 AND cohort_id = $4)) AS session_ok`,
      [moduleId, programmeId, sessionId, cohortId],
    );
    if (!row.module_ok) {
      throw badRequest(
        'assessment.module_invalid',
        'The module is not one of the cohort’s programme.',
        [{ field: 'moduleId', code: 'invalid', message: 'not a module of the cohort’s programme' }],
      );
    }
    if (!row.session_ok) {
      throw badRequest('assessment.session_invalid', 'The session is not one of the cohort’s.', [
        { field: 'sessionId', code: 'invalid', message: 'not a session of the cohort' },
      ]);
    }
  }

  private async writing<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (pgError(error, CHECK_VIOLATION, 'ck_assessments_from_project')) {
        throw badRequest(
          'assessment.kind_mismatch',
          'Only a project assessment takes the project’s grades.',
          [{ field: 'fromProjectGrades', code: 'invalid', message: 'kind must be project' }],
        );
      }
      throw error;
    }
  }
}
