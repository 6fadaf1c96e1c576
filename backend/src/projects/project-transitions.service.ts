import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badRequest, conflict, ProblemException } from '../common/problem';
import type { AuthUser } from '../identity';
import type { ProjectDetailDto, ProjectTransitionDto } from './dto/projects.dto';
import { type ProjectAccess, ProjectAccessService } from './project-access';
import { ProjectEventEntity } from './project-event.entity';
import { ProjectNoticesService } from './project-notices';
import {
  availableTransitions,
  checkTransition,
  CLOSED_STATES,
  type ProjectState,
} from './project-states';
import { ProjectEntity } from './project.entity';
import { ProjectsService } from './projects.service';

/** Moves a project through its states, under a row lock, and records every move. */
@Injectable()
export class ProjectTransitionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly projects: ProjectsService,
    private readonly notices: ProjectNoticesService,
  ) {}

  async move(
    viewer: AuthUser,
    projectId: string,
    dto: ProjectTransitionDto,
  ): Promise<ProjectDetailDto> {
    await this.db.transaction(async (manager) => {
      const access = await this.access.load(viewer, projectId, manager, true);
      const from = access.state;
      const check = checkTransition(from, dto.to, access.movers);
      if (!check.ok && check.reason === 'illegal') {
        throw conflict('project.illegal_transition', `A ${from} project cannot become ${dto.to}.`, {
          from,
          to: dto.to,
          allowed: availableTransitions(from, access.movers),
        });
      }
      if (!check.ok) {
        throw new ProblemException(
          HttpStatus.FORBIDDEN,
          'project.transition_forbidden',
          `You may not make a ${from} project ${dto.to}.`,
          { from, to: dto.to },
        );
      }
      const comment = dto.comment ?? null;
      if (check.commentRequired && !comment) {
        throw badRequest('validation', 'Invalid input: comment.', [
          {
            field: 'comment',
            code: 'isNotEmpty',
            message: `say why the project becomes ${dto.to}`,
          },
        ]);
      }
      await this.assertReady(manager, access, dto.to);
      await manager
        .createQueryBuilder()
        .update(ProjectEntity)
        .set({
          state: dto.to,
          open: !CLOSED_STATES.includes(dto.to),
          stateComment: comment,
          stateChangedAt: () => 'now()',
        })
        .where('id = :projectId', { projectId })
        .execute();
      const event = await manager.getRepository(ProjectEventEntity).insert({
        projectId,
        fromState: from,
        toState: dto.to,
        actorId: viewer.id,
        comment,
      });
      if (access.isStaff) {
        await this.notices.reviewed(manager, {
          projectId,
          eventId: String(event.identifiers[0]?.['id']),
          from,
          to: dto.to,
          comment,
          actor: viewer,
        });
      }
    });
    return this.projects.get(viewer, projectId);
  }

  /** What a state needs before the project may enter it. */
  private async assertReady(
    manager: EntityManager,
    access: ProjectAccess,
    to: ProjectState,
  ): Promise<void> {
    if (to === 'approved' && !access.tutorId) {
      throw conflict('project.tutor_missing', 'Name the tutor before approving the project.');
    }
    if (to === 'submitted') {
      const [row] = await manager.query<{ missing: boolean }[]>(
        `SELECT EXISTS (SELECT 1 FROM project_milestones ms
                         WHERE ms.project_id = $1 AND ms.kind = 'final_report'
                           AND NOT EXISTS (SELECT 1 FROM project_submissions s WHERE s.milestone_id = ms.id)) AS missing`,
        [access.id],
      );
      if (row.missing) {
        throw conflict(
          'project.final_report_missing',
          'Upload the final report before submitting the project.',
        );
      }
    }
    if (to === 'graded') {
      const rows = await manager.query<unknown[]>(
        `SELECT 1 FROM project_grades WHERE project_id = $1 AND source = 'jury'`,
        [access.id],
      );
      if (!rows.length)
        throw conflict(
          'project.grade_missing',
          'Enter the jury’s grade before closing the project.',
        );
    }
  }
}
