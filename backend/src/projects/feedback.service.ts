import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FOREIGN_KEY_VIOLATION, pgError } from '../common/db-errors';
import { badRequest, forbidden, notFound } from '../common/problem';
import type { AuthUser } from '../identity';
import type { CreateProjectFeedbackDto, ProjectFeedbackDto } from './dto/milestones.dto';
import { type FeedbackAuthorRole, FeedbackEntity } from './feedback.entity';
import type { MentorGuest } from './mentor-links.service';
import { ProjectAccessService } from './project-access';
import { ProjectNoticesService } from './project-notices';
import { loadFeedback } from './project-reads';

interface Author {
  role: FeedbackAuthorRole;
  authorId: string | null;
  mentorContactId: string | null;
  name: string;
}

/** The feedback thread of each milestone: the tutor, the team, admins and the partner mentor. */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly notices: ProjectNoticesService,
  ) {}

  async post(
    viewer: AuthUser,
    milestoneId: string,
    dto: CreateProjectFeedbackDto,
  ): Promise<ProjectFeedbackDto> {
    const access = await this.access.loadByMilestone(viewer, milestoneId);
    if (!access.isMember && !access.isStaff) {
      throw forbidden('Only the team, the tutor or an administrator writes in this thread.');
    }
    const role: FeedbackAuthorRole = access.isTutor ? 'tutor' : access.isAdmin ? 'admin' : 'team';
    return this.write(access.id, milestoneId, dto, {
      role,
      authorId: viewer.id,
      mentorContactId: null,
      name: viewer.displayName,
    });
  }

  /** The mentor writes through their link, on a milestone of their project only. */
  async postAsMentor(
    guest: MentorGuest,
    milestoneId: string,
    dto: CreateProjectFeedbackDto,
  ): Promise<ProjectFeedbackDto> {
    const rows = await this.db.query<unknown[]>(
      'SELECT 1 FROM project_milestones WHERE id = $1 AND project_id = $2',
      [milestoneId, guest.projectId],
    );
    if (!rows.length) throw notFound('milestone');
    return this.write(guest.projectId, milestoneId, dto, {
      role: 'mentor',
      authorId: null,
      mentorContactId: guest.contactId,
      name: guest.name,
    });
  }

  private async write(
    projectId: string,
    milestoneId: string,
    dto: CreateProjectFeedbackDto,
    author: Author,
  ): Promise<ProjectFeedbackDto> {
    let id: string;
    try {
      id = await this.db.transaction(async (m) => {
        const saved = await m.getRepository(FeedbackEntity).save({
          milestoneId,
          projectId,
          submissionId: dto.submissionId ?? null,
          authorRole: author.role,
          authorId: author.authorId,
          mentorContactId: author.mentorContactId,
          authorName: author.name,
          body: dto.body,
        });
        const [milestone] = await m.query<{ title: string }[]>(
          'SELECT title FROM project_milestones WHERE id = $1',
          [milestoneId],
        );
        await this.notices.feedbackPosted(m, {
          projectId,
          feedbackId: saved.id,
          milestoneTitle: milestone?.title ?? '',
          authorRole: author.role,
          authorId: author.authorId,
          authorName: author.name,
          body: dto.body,
        });
        return saved.id;
      });
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION, 'fk_project_feedback_submission')) {
        throw badRequest('validation', 'Invalid input: submissionId.', [
          {
            field: 'submissionId',
            code: 'isValidReference',
            message: 'submissionId is not a version of this milestone',
          },
        ]);
      }
      throw error;
    }
    const [dtoOut] = await loadFeedback(this.db.manager, 'feedback', id);
    return dtoOut;
  }
}
