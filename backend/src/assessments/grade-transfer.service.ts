import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/access';
import { collated } from '../common/paging';
import { badRequest } from '../common/problem';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import type { Attempt } from './assessment-kinds';
import { type GradableCohort, gradableCohort, setActor } from './assessment-reads';
import type {
  CsvFormat,
  GradeImportPreviewDto,
  GradeImportResultDto,
  GradeImportRowDto,
} from './dto/grade-transfer.dto';
import {
  cellKey,
  type ExportStudent,
  type GradeColumn,
  gradebookCsv,
  parseGradeCsv,
} from './grade-csv';

/** The gradebook out to a spreadsheet and back: export, import preview, import all or nothing. */
@Injectable()
export class GradeTransferService {
  private readonly logger = new Logger(GradeTransferService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exportCsv(
    viewer: Viewer,
    cohortId: string,
    options: { format: CsvFormat; language: Language; moduleId?: string },
  ): Promise<{ filename: string; body: string }> {
    const m = this.db.manager;
    const cohort = await gradableCohort(m, viewer, cohortId);
    const columns = await this.columns(m, cohort, options.moduleId);
    const params = { cohortId, moduleId: options.moduleId ?? null };
    const [students, scores] = await Promise.all([
      namedQuery<{ id: string; display_name: string; email: string }>(
        m,
        `SELECT u.id, u.display_name, u.email FROM enrolments e JOIN users u ON u.id = e.student_id
          WHERE e.cohort_id = :cohortId ORDER BY ${collated('u.display_name')}, u.id`,
        params,
      ),
      namedQuery<{ assessment_id: string; student_id: string; attempt: number; score: string }>(
        m,
        `SELECT g.assessment_id, g.student_id, g.attempt, g.score FROM grades g
           JOIN assessments a ON a.id = g.assessment_id
          WHERE a.cohort_id = :cohortId AND (CAST(:moduleId AS uuid) IS NULL OR a.module_id = :moduleId)
         UNION ALL
         SELECT eg.assessment_id, eg.student_id, 1, eg.score FROM effective_grades eg
           JOIN assessments a ON a.id = eg.assessment_id
          WHERE a.cohort_id = :cohortId AND a.from_project_grades
            AND (CAST(:moduleId AS uuid) IS NULL OR a.module_id = :moduleId)`,
        params,
      ),
    ]);
    const byStudent = new Map<string, ExportStudent>(
      students.map((s) => [
        s.id,
        { displayName: s.display_name, email: s.email, scores: new Map() },
      ]),
    );
    for (const s of scores) {
      byStudent.get(s.student_id)?.scores.set(cellKey(s.assessment_id, s.attempt), Number(s.score));
    }
    const body = gradebookCsv(columns, [...byStudent.values()], options.language, options.format);
    const name = cohort.name
      .normalize('NFD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const prefix = options.language === 'fr' ? 'notes' : 'grades';
    return { filename: `${prefix}-${name || 'cohort'}.csv`, body };
  }

  async preview(viewer: Viewer, cohortId: string, csv: string): Promise<GradeImportPreviewDto> {
    const m = this.db.manager;
    const cohort = await gradableCohort(m, viewer, cohortId);
    return this.resolve(m, cohort, csv);
  }

  /** Writes every change in one transaction, or nothing when any row has an error (400). */
  async import(viewer: Viewer, cohortId: string, csv: string): Promise<GradeImportResultDto> {
    const started = Date.now();
    const result = await this.db.transaction(async (m) => {
      const cohort = await gradableCohort(m, viewer, cohortId);
      // One import at a time per cohort.
      await m.query('SELECT id FROM cohorts WHERE id = $1 FOR UPDATE', [cohortId]);
      const preview = await this.resolve(m, cohort, csv);
      if (preview.errorCount > 0) {
        throw badRequest(
          'grade.import_invalid',
          `${preview.errorCount} row(s) have errors: nothing was imported.`,
          preview.rows.flatMap((r) =>
            r.errors.map((e) => ({ ...e, field: `rows.${r.line}.${e.field}` })),
          ),
        );
      }
      const changes = preview.rows.flatMap((r) =>
        r.changes.map((c) => ({ ...c, studentId: r.studentId as string })),
      );
      if (!changes.length) return { changed: 0 };
      await setActor(m, viewer.id, 'CSV import');
      const written = await m.query<unknown[]>(
        `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, graded_by_id)
         SELECT a.id, t.student_id, t.attempt, a.cohort_id, a.scale, a.grade_step, t.score, $5
           FROM unnest($1::uuid[], $2::uuid[], $3::smallint[], $4::numeric[]) AS t(assessment_id, student_id, attempt, score)
           JOIN assessments a ON a.id = t.assessment_id
         ON CONFLICT ON CONSTRAINT pk_grades DO UPDATE
           SET score = EXCLUDED.score, graded_by_id = EXCLUDED.graded_by_id,
               version = grades.version + 1, updated_at = now()
           WHERE grades.score IS DISTINCT FROM EXCLUDED.score
         RETURNING 1`,
        [
          changes.map((c) => c.assessmentId),
          changes.map((c) => c.studentId),
          changes.map((c) => c.attempt),
          changes.map((c) => c.score),
          viewer.id,
        ],
      );
      return { changed: written.length };
    });
    this.logger.log({ cohortId, ...result, ms: Date.now() - started }, 'Grades CSV imported');
    return result;
  }

  /** Columns: every assessment attempt 1, and attempt 2 of those that have a resit. */
  private async columns(
    m: EntityManager,
    cohort: GradableCohort,
    moduleId?: string,
  ): Promise<GradeColumn[]> {
    const rows = await namedQuery<{
      id: string;
      title: string;
      module_code: string;
      from_project_grades: boolean;
      grade_step: string;
      has_resit: boolean;
    }>(
      m,
      `SELECT a.id, a.title, cm.code AS module_code, a.from_project_grades, a.grade_step,
              EXISTS (SELECT 1 FROM grades g WHERE g.assessment_id = a.id AND g.attempt = 2) AS has_resit
         FROM assessments a JOIN course_modules cm ON cm.id = a.module_id
        WHERE a.cohort_id = :cohortId AND (CAST(:moduleId AS uuid) IS NULL OR a.module_id = :moduleId)
        ORDER BY cm.position, a.due_on NULLS LAST, ${collated('a.title')}, a.id`,
      { cohortId: cohort.id, moduleId: moduleId ?? null },
    );
    return rows.flatMap((r) => {
      const base = {
        assessmentId: r.id,
        moduleCode: r.module_code,
        title: r.title,
        computed: r.from_project_grades,
        scale: { ...cohort.scale, gradeStep: Number(r.grade_step) },
      };
      return [
        { ...base, attempt: 1 as Attempt },
        ...(r.has_resit ? [{ ...base, attempt: 2 as Attempt }] : []),
      ];
    });
  }

  private async resolve(
    m: EntityManager,
    cohort: GradableCohort,
    csv: string,
  ): Promise<GradeImportPreviewDto> {
    // Import may fill a resit column that has no grade yet: offer attempt 2 of every assessment.
    const known = await this.columns(m, cohort);
    const withResits = [
      ...known,
      ...known
        .filter(
          (c) =>
            c.attempt === 1 &&
            !known.some((k) => k.assessmentId === c.assessmentId && k.attempt === 2),
        )
        .map((c) => ({ ...c, attempt: 2 as Attempt })),
    ];
    const parsed = parseGradeCsv(csv, withResits);
    const emails = [...new Set(parsed.rows.map((r) => r.email.toLowerCase()).filter(Boolean))];
    const [students, current] = await Promise.all([
      m.query<{ wanted: string; id: string; display_name: string }[]>(
        `SELECT x.wanted, u.id, u.display_name FROM unnest($1::text[]) AS x(wanted)
           JOIN users u ON lower(u.email) = x.wanted
           JOIN enrolments e ON e.student_id = u.id AND e.cohort_id = $2`,
        [emails, cohort.id],
      ),
      m.query<{ assessment_id: string; student_id: string; attempt: number; score: string }[]>(
        `SELECT g.assessment_id, g.student_id, g.attempt, g.score FROM grades g WHERE g.cohort_id = $1`,
        [cohort.id],
      ),
    ]);
    const studentOf = new Map(students.map((s) => [s.wanted, s]));
    const currentOf = new Map(
      current.map((c) => [
        `${c.student_id}:${cellKey(c.assessment_id, c.attempt)}`,
        Number(c.score),
      ]),
    );
    const rows: GradeImportRowDto[] = parsed.rows.map((r) => {
      const student = r.email ? studentOf.get(r.email.toLowerCase()) : undefined;
      const errors = [...r.errors];
      if (r.email && !student && !errors.some((e) => e.field === 'email')) {
        errors.push({
          field: 'email',
          code: 'unknownStudent',
          message: `${r.email} is not a student of this cohort`,
        });
      }
      const changes = student
        ? r.cells.flatMap(({ column, score }) => {
            const previous =
              currentOf.get(`${student.id}:${cellKey(column.assessmentId, column.attempt)}`) ??
              null;
            return previous === score
              ? []
              : [{ assessmentId: column.assessmentId, attempt: column.attempt, previous, score }];
          })
        : [];
      return {
        line: r.line,
        email: r.email,
        studentId: student?.id ?? null,
        displayName: student?.display_name ?? null,
        changes,
        errors,
      };
    });
    return {
      separator: parsed.separator,
      columns: parsed.columns.map((c) => ({
        header: c.header,
        assessmentId: c.column?.assessmentId ?? null,
        attempt: c.column?.attempt ?? 1,
      })),
      headerErrors: parsed.headerErrors,
      rows,
      changeCount: rows.reduce((n, r) => n + r.changes.length, 0),
      errorCount: rows.filter((r) => r.errors.length > 0).length,
    };
  }
}
