import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../common/access';
import { badRequest, conflict, forbidden } from '../common/problem';
import { type GradingScale, onScale, SCALES } from '../programmes';
import type { SetProjectGradeDto } from './dto/milestones.dto';
import type { ProjectAssessmentDto, ProjectGradeDto } from './dto/projects.dto';
import { ProjectAccessService } from './project-access';
import type { GradeSource } from './project-grade.entity';
import type { ProjectState } from './project-states';

/** When each grade may be entered or changed. */
export const GRADING_STATES: Record<GradeSource, readonly ProjectState[]> = {
  tutor: ['in_progress', 'submitted', 'defended'],
  mentor: ['in_progress', 'submitted', 'defended'],
  jury: ['submitted', 'defended'],
};

interface GradeRow {
  source: GradeSource;
  grade: string;
  comment: string | null;
  graded_by: string;
  updated_at: Date;
}

/** The three-way assessment: tutor's and mentor's proposals, the jury's grade. */
@Injectable()
export class GradesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
  ) {}

  async assessmentOf(
    projectId: string,
    scale: GradingScale,
    manager: EntityManager = this.db.manager,
  ): Promise<ProjectAssessmentDto> {
    const rows = await manager.query<GradeRow[]>(
      `SELECT g.source, g.grade, g.comment, coalesce(u.display_name, mc.name, 'Mentor') AS graded_by, g.updated_at
         FROM project_grades g
         LEFT JOIN users u ON u.id = g.graded_by_id
         LEFT JOIN partner_contacts mc ON mc.id = g.mentor_contact_id
        WHERE g.project_id = $1`,
      [projectId],
    );
    const bySource = (source: GradeSource): ProjectGradeDto | null => {
      const r = rows.find((x) => x.source === source);
      return r
        ? {
            grade: Number(r.grade),
            comment: r.comment,
            gradedBy: r.graded_by,
            updatedAt: r.updated_at.toISOString(),
          }
        : null;
    };
    const rule = SCALES[scale];
    return {
      scale,
      min: rule.min,
      max: rule.max,
      step: rule.step,
      pass: rule.pass,
      tutor: bySource('tutor'),
      mentor: bySource('mentor'),
      jury: bySource('jury'),
    };
  }

  /** The tutor's proposed grade or the jury's grade, entered by the tutor or an admin. */
  async setByStaff(
    viewer: Viewer,
    projectId: string,
    source: 'tutor' | 'jury',
    dto: SetProjectGradeDto,
  ): Promise<ProjectAssessmentDto> {
    return this.db.transaction(async (manager) => {
      const access = await this.access.load(viewer, projectId, manager, true);
      if (!access.isStaff) throw forbidden('Only the tutor or an administrator enters grades.');
      await this.write(manager, projectId, access.state, access.gradingScale, source, dto, {
        gradedById: viewer.id,
        mentorContactId: null,
      });
      return this.assessmentOf(projectId, access.gradingScale, manager);
    });
  }

  /** The partner mentor's proposed grade for the final report, through their link. */
  async setByMentor(
    projectId: string,
    mentorContactId: string,
    dto: SetProjectGradeDto,
  ): Promise<ProjectAssessmentDto> {
    return this.db.transaction(async (manager) => {
      const [project] = await manager.query<{ state: ProjectState; grading_scale: GradingScale }[]>(
        `SELECT p.state, pr.grading_scale FROM projects p
           JOIN cohorts c ON c.id = p.cohort_id JOIN programmes pr ON pr.id = c.programme_id
          WHERE p.id = $1 FOR UPDATE OF p`,
        [projectId],
      );
      await this.write(manager, projectId, project.state, project.grading_scale, 'mentor', dto, {
        gradedById: null,
        mentorContactId,
      });
      return this.assessmentOf(projectId, project.grading_scale, manager);
    });
  }

  private async write(
    manager: EntityManager,
    projectId: string,
    state: ProjectState,
    scale: GradingScale,
    source: GradeSource,
    dto: SetProjectGradeDto,
    by: { gradedById: string | null; mentorContactId: string | null },
  ): Promise<void> {
    if (!GRADING_STATES[source].includes(state)) {
      throw conflict(
        'project.not_gradable',
        `A ${source} grade is entered while the project is ${GRADING_STATES[source].join(', ')}; it is ${state}.`,
      );
    }
    if (!onScale(scale, dto.grade)) {
      const rule = SCALES[scale];
      throw badRequest('validation', 'Invalid input: grade.', [
        {
          field: 'grade',
          code: 'onScale',
          message: `grade must lie on the ${scale} scale (${rule.min} to ${rule.max} by ${rule.step})`,
        },
      ]);
    }
    await manager.query(
      `INSERT INTO project_grades (project_id, source, scale, grade, comment, graded_by_id, mentor_contact_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (project_id, source) DO UPDATE
         SET scale = EXCLUDED.scale, grade = EXCLUDED.grade, comment = EXCLUDED.comment,
             graded_by_id = EXCLUDED.graded_by_id, mentor_contact_id = EXCLUDED.mentor_contact_id,
             updated_at = now()`,
      [projectId, source, scale, dto.grade, dto.comment ?? null, by.gradedById, by.mentorContactId],
    );
  }
}
