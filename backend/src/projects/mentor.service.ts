import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GradingScale } from '../programmes';
import type {
  CreateProjectFeedbackDto,
  ProjectFeedbackDto,
  SetProjectGradeDto,
} from './dto/milestones.dto';
import type { MentorProjectDto } from './dto/mentor.dto';
import type { ProjectAssessmentDto, ProjectSheetDto } from './dto/projects.dto';
import { FeedbackService } from './feedback.service';
import { GRADING_STATES, GradesService } from './grades.service';
import { MentorLinksService } from './mentor-links.service';
import { MilestonesService } from './milestones.service';
import { ProjectDefencesService } from './project-defences.service';
import { ProjectSheetsService } from './project-sheets.service';
import { loadFeedback, loadSubmissions, mentorSubmissionUrl } from './project-reads';
import type { ProjectState } from './project-states';
import { type Download, SubmissionsService } from './submissions.service';

interface MentorRow {
  id: string;
  title: string;
  brief: string;
  state: ProjectState;
  cohort_name: string;
  programme_title: string;
  grading_scale: GradingScale;
  partner_name: string;
  time_zone: string;
  tutor: { displayName: string; email: string } | null;
  team: { displayName: string }[];
}

/**
 * What the partner's mentor does through their link (no account): every call checks the
 * token first, and reaches only the link's project.
 */
@Injectable()
export class MentorService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: MentorLinksService,
    private readonly milestones: MilestonesService,
    private readonly grades: GradesService,
    private readonly feedbackThreads: FeedbackService,
    private readonly submissions: SubmissionsService,
    private readonly sheets: ProjectSheetsService,
    private readonly defences: ProjectDefencesService,
  ) {}

  async sheet(token: string): Promise<ProjectSheetDto> {
    const guest = await this.links.resolve(token);
    return this.sheets.sheet(guest.projectId);
  }

  async download(token: string, submissionId: string): Promise<Download> {
    const guest = await this.links.resolve(token);
    return this.submissions.downloadForProject(guest.projectId, submissionId);
  }

  async feedback(
    token: string,
    milestoneId: string,
    dto: CreateProjectFeedbackDto,
  ): Promise<ProjectFeedbackDto> {
    const guest = await this.links.resolve(token);
    return this.feedbackThreads.postAsMentor(guest, milestoneId, dto);
  }

  async grade(token: string, dto: SetProjectGradeDto): Promise<ProjectAssessmentDto> {
    const guest = await this.links.resolve(token);
    const assessment = await this.grades.setByMentor(guest.projectId, guest.contactId, dto);
    return { ...assessment, tutor: null, jury: null };
  }

  /** Brief, team, milestones with their versions and threads, and the mentor's own grade. */
  async view(token: string): Promise<MentorProjectDto> {
    const guest = await this.links.resolve(token);
    const [row] = await this.db.query<MentorRow[]>(
      `SELECT p.id, p.title, p.brief, p.state, c.name AS cohort_name, pr.title AS programme_title,
              pr.grading_scale, pr.time_zone, po.name AS partner_name,
              CASE WHEN t.id IS NULL THEN NULL
                   ELSE json_build_object('displayName', t.display_name, 'email', t.email) END AS tutor,
              (SELECT coalesce(json_agg(json_build_object('displayName', u.display_name) ORDER BY u.display_name), '[]')
                 FROM project_members m JOIN users u ON u.id = m.student_id
                WHERE m.project_id = p.id AND m.left_at IS NULL) AS team
         FROM projects p
         JOIN cohorts c ON c.id = p.cohort_id
         JOIN programmes pr ON pr.id = c.programme_id
         JOIN partner_organisations po ON po.id = p.partner_id
         LEFT JOIN users t ON t.id = p.tutor_id
        WHERE p.id = $1`,
      [guest.projectId],
    );
    const milestones = await this.milestones.listOf(guest.projectId);
    const submissions = await loadSubmissions(
      this.db.manager,
      'project',
      guest.projectId,
      mentorSubmissionUrl(token),
    );
    const feedback = await loadFeedback(this.db.manager, 'project', guest.projectId);
    const assessment = await this.grades.assessmentOf(guest.projectId, row.grading_scale);
    return {
      id: row.id,
      title: row.title,
      brief: row.brief,
      state: row.state,
      cohortName: row.cohort_name,
      programmeTitle: row.programme_title,
      timeZone: row.time_zone,
      partnerName: row.partner_name,
      mentorName: guest.name,
      tutor: row.tutor,
      team: row.team,
      milestones: milestones.map((m) => ({
        ...m,
        submissions: submissions.filter((s) => s.milestoneId === m.id),
        feedback: feedback.filter((f) => f.milestoneId === m.id),
      })),
      // The mentor sees their own proposal, not the tutor's or the jury's.
      assessment: { ...assessment, tutor: null, jury: null },
      canGrade: GRADING_STATES.mentor.includes(row.state),
      defence: await this.defences.defenceOf(guest.projectId),
      linkExpiresAt: guest.expiresAt.toISOString(),
    };
  }
}
