import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { cohortParticipable, proposerPart, type Viewer } from '../common/access';
import { badRequest, conflict, forbidden, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import type { AuthUser } from '../identity';
import type { GradingScale } from '../programmes';
import type {
  CreateProjectDto,
  ProjectPersonDto,
  ProjectDetailDto,
  ProjectEventDto,
  SetTeamDto,
  UpdateProjectDto,
} from './dto/projects.dto';
import { GradesService } from './grades.service';
import { MentorLinksService } from './mentor-links.service';
import { MilestonesService } from './milestones.service';
import { type ProjectAccess, ProjectAccessService } from './project-access';
import { ProjectDefencesService } from './project-defences.service';
import { ProjectEventEntity } from './project-event.entity';
import {
  addMembers,
  assertEnrolled,
  resolveMentor,
  resolvePartner,
  resolveTutor,
} from './project-references';
import {
  availableTransitions,
  DRAFT_STATES,
  FINAL_STATES,
  type ProjectState,
} from './project-states';
import { ProjectEntity } from './project.entity';

/** States in which the team uploads new versions. */
export const UPLOAD_STATES: readonly ProjectState[] = [
  'proposed',
  'sent_back',
  'approved',
  'in_progress',
  'submitted',
];

interface DetailRow {
  id: string;
  title: string;
  brief: string;
  state: ProjectState;
  state_comment: string | null;
  state_changed_at: Date;
  created_at: Date;
  updated_at: Date;
  cohort_id: string;
  cohort_name: string;
  programme_code: string;
  programme_title: string;
  grading_scale: GradingScale;
  time_zone: string;
  partner_id: string;
  partner_name: string;
  partner_sector: string | null;
  partner_website: string | null;
  mentor: {
    id: string;
    name: string;
    role: string | null;
    email: string | null;
    phone: string | null;
  } | null;
  tutor: ProjectPersonDto | null;
  proposed_by: ProjectPersonDto;
  team: ProjectPersonDto[];
}

const person = (alias: string) =>
  `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name, 'email', ${alias}.email)`;

/** Proposals, the project page, edits and the team. */
@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly milestones: MilestonesService,
    private readonly grades: GradesService,
    private readonly mentorLinks: MentorLinksService,
    private readonly defences: ProjectDefencesService,
  ) {}

  /**
   * A student proposes a project (and is in its team); the tutor or an administrator may also
   * create one for a team. It starts `proposed`, with the cohort's milestones.
   */
  async create(viewer: AuthUser, dto: CreateProjectDto): Promise<ProjectDetailDto> {
    const id = await this.db.transaction(async (manager) => {
      await this.assertMayPropose(manager, viewer, dto.cohortId);
      const partnerId = await resolvePartner(manager, dto.partnerId, dto.newPartner);
      const mentorContactId = await resolveMentor(
        manager,
        partnerId,
        dto.mentorContactId,
        dto.newMentor,
      );
      const proposer = proposerPart(viewer);
      const tutorId = await resolveTutor(
        manager,
        dto.tutorId ?? (proposer === 'tutor' ? viewer.id : null),
      );
      const team =
        proposer === 'team'
          ? [viewer.id, ...(dto.memberIds ?? []).filter((m) => m !== viewer.id)]
          : (dto.memberIds ?? []);
      if (!team.length) {
        throw badRequest('validation', 'Invalid input: memberIds.', [
          {
            field: 'memberIds',
            code: 'arrayMinSize',
            message: 'name at least one student of the team',
          },
        ]);
      }
      await assertEnrolled(manager, dto.cohortId, team, 'memberIds');
      const project = await manager.getRepository(ProjectEntity).save({
        cohortId: dto.cohortId,
        title: dto.title,
        brief: dto.brief ?? '',
        partnerId,
        mentorContactId,
        tutorId,
        proposedById: viewer.id,
        state: 'proposed' as const,
        open: true,
      });
      await addMembers(manager, project.id, dto.cohortId, team);
      await manager.getRepository(ProjectEventEntity).insert({
        projectId: project.id,
        fromState: null,
        toState: 'proposed',
        actorId: viewer.id,
        comment: null,
      });
      await this.milestones.createForProject(manager, project.id, dto.cohortId);
      return project.id;
    });
    return this.get(viewer, id);
  }

  /** The project page: 404 for whoever may not read it. */
  async get(viewer: Viewer, id: string): Promise<ProjectDetailDto> {
    const access = await this.access.load(viewer, id);
    const [row] = await this.db.query<DetailRow[]>(
      `SELECT p.id, p.title, p.brief, p.state, p.state_comment, p.state_changed_at, p.created_at, p.updated_at,
              c.id AS cohort_id, c.name AS cohort_name, pr.code AS programme_code, pr.title AS programme_title,
              pr.grading_scale, pr.time_zone,
              po.id AS partner_id, po.name AS partner_name, po.sector AS partner_sector, po.website AS partner_website,
              CASE WHEN mc.id IS NULL THEN NULL ELSE json_build_object(
                'id', mc.id, 'name', mc.name, 'role', mc.role, 'email', mc.email, 'phone', mc.phone) END AS mentor,
              CASE WHEN t.id IS NULL THEN NULL ELSE ${person('t')} END AS tutor,
              ${person('pb')} AS proposed_by,
              (SELECT coalesce(json_agg(${person('u')} ORDER BY u.display_name), '[]')
                 FROM project_members m JOIN users u ON u.id = m.student_id
                WHERE m.project_id = p.id AND m.left_at IS NULL) AS team
         FROM projects p
         JOIN cohorts c ON c.id = p.cohort_id
         JOIN programmes pr ON pr.id = c.programme_id
         JOIN partner_organisations po ON po.id = p.partner_id
         JOIN users pb ON pb.id = p.proposed_by_id
         LEFT JOIN partner_contacts mc ON mc.id = p.mentor_contact_id
         LEFT JOIN users t ON t.id = p.tutor_id
        WHERE p.id = $1`,
      [id],
    );
    const milestones = await this.milestones.listOf(id);
    const assessment = access.seesGrades
      ? await this.grades.assessmentOf(id, row.grading_scale)
      : null;
    const mentorLink = access.isStaff ? await this.mentorLinks.status(id) : null;
    const defence = await this.defences.defenceOf(id);
    const open = !FINAL_STATES.includes(row.state);
    return {
      id: row.id,
      title: row.title,
      brief: row.brief,
      state: row.state,
      stateComment: row.state_comment,
      stateChangedAt: row.state_changed_at.toISOString(),
      timeZone: row.time_zone,
      cohort: {
        id: row.cohort_id,
        name: row.cohort_name,
        programmeCode: row.programme_code,
        programmeTitle: row.programme_title,
        gradingScale: row.grading_scale,
      },
      partner: {
        id: row.partner_id,
        name: row.partner_name,
        sector: row.partner_sector,
        website: row.partner_website,
      },
      mentor: row.mentor,
      tutor: row.tutor,
      proposedBy: row.proposed_by,
      team: row.team,
      milestones,
      assessment,
      mentorLink,
      defence,
      permissions: {
        isTeamMember: access.isMember,
        isTutor: access.isTutor,
        canEdit: this.mayEdit(access),
        canEditTeam: this.mayEdit(access),
        canUpload: access.isMember && UPLOAD_STATES.includes(row.state),
        canComment: access.isMember || access.isStaff,
        canManageMilestones: access.isStaff && open,
        canGrade: access.isStaff && ['in_progress', 'submitted', 'defended'].includes(row.state),
        canManageMentorLink: access.isStaff && open && row.mentor !== null,
        transitions: availableTransitions(row.state, access.movers),
      },
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  }

  /** The team edits its proposal until it is approved; the tutor and admins until the end. */
  async update(viewer: AuthUser, id: string, dto: UpdateProjectDto): Promise<ProjectDetailDto> {
    await this.db.transaction(async (manager) => {
      const access = await this.access.load(viewer, id, manager, true);
      this.assertMayEdit(access);
      if (dto.tutorId !== undefined && !access.isStaff) {
        throw forbidden('Only the tutor or an administrator may change the tutor.');
      }
      const changes: Partial<ProjectEntity> = {};
      if (dto.title !== undefined) changes.title = dto.title;
      if (dto.brief !== undefined) changes.brief = dto.brief;
      const partnerId = dto.partnerId ?? access.partnerId;
      if (dto.partnerId !== undefined && dto.partnerId !== access.partnerId) {
        changes.partnerId = await resolvePartner(manager, dto.partnerId, undefined);
        // A mentor belongs to the partner: a new partner needs its own mentor.
        if (dto.mentorContactId === undefined && !dto.newMentor) changes.mentorContactId = null;
      }
      if (dto.mentorContactId !== undefined || dto.newMentor) {
        changes.mentorContactId = await resolveMentor(
          manager,
          partnerId,
          dto.mentorContactId,
          dto.newMentor,
        );
      }
      if (dto.tutorId !== undefined) changes.tutorId = await resolveTutor(manager, dto.tutorId);
      if (Object.keys(changes).length)
        await manager.getRepository(ProjectEntity).update(id, changes);
    });
    return this.get(viewer, id);
  }

  /** Replaces the team: leavers keep their row (with `left_at`), newcomers are added. */
  async setTeam(viewer: AuthUser, id: string, dto: SetTeamDto): Promise<ProjectDetailDto> {
    await this.db.transaction(async (manager) => {
      const access = await this.access.load(viewer, id, manager, true);
      this.assertMayEdit(access);
      await assertEnrolled(manager, access.cohortId, dto.studentIds, 'studentIds');
      const current = (
        await manager.query<{ student_id: string }[]>(
          'SELECT student_id FROM project_members WHERE project_id = $1 AND left_at IS NULL',
          [id],
        )
      ).map((r) => r.student_id);
      const leaving = current.filter((s) => !dto.studentIds.includes(s));
      const joining = dto.studentIds.filter((s) => !current.includes(s));
      if (leaving.length) {
        await manager.query(
          'UPDATE project_members SET left_at = now() WHERE project_id = $1 AND left_at IS NULL AND student_id = ANY($2::uuid[])',
          [id, leaving],
        );
      }
      await addMembers(manager, id, access.cohortId, joining);
      await manager.query('UPDATE projects SET updated_at = now() WHERE id = $1', [id]);
    });
    return this.get(viewer, id);
  }

  /** Every move of the project's state, oldest first. */
  async events(viewer: Viewer, id: string): Promise<ProjectEventDto[]> {
    await this.access.load(viewer, id);
    const rows = await this.db.query<
      {
        id: string;
        from_state: ProjectState | null;
        to_state: ProjectState;
        actor: ProjectPersonDto;
        comment: string | null;
        created_at: Date;
      }[]
    >(
      `SELECT e.id, e.from_state, e.to_state, ${person('u')} AS actor, e.comment, e.created_at
         FROM project_events e JOIN users u ON u.id = e.actor_id
        WHERE e.project_id = $1 ORDER BY e.created_at, e.id`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      fromState: r.from_state,
      toState: r.to_state,
      actor: r.actor,
      comment: r.comment,
      createdAt: r.created_at.toISOString(),
    }));
  }

  private mayEdit(access: ProjectAccess): boolean {
    if (FINAL_STATES.includes(access.state)) return false;
    return access.isStaff || (access.isMember && DRAFT_STATES.includes(access.state));
  }

  private assertMayEdit(access: ProjectAccess): void {
    if (this.mayEdit(access)) return;
    if (FINAL_STATES.includes(access.state)) {
      throw conflict('project.closed', `The project is ${access.state}: it no longer changes.`);
    }
    if (access.isMember) {
      throw conflict('project.locked', 'The proposal is approved: ask the tutor to change it.');
    }
    throw forbidden('Only the team, the tutor or an administrator may change the project.');
  }

  /**
   * Students propose in a cohort they are actively enrolled in, instructors in a cohort they
   * teach, admins anywhere; a closed cohort takes no new project.
   */
  private async assertMayPropose(
    manager: EntityManager,
    viewer: Viewer,
    cohortId: string,
  ): Promise<void> {
    const allowed = cohortParticipable(viewer, 'c.id');
    const [cohort] = await namedQuery<{ status: string }>(
      manager,
      `SELECT c.status FROM cohorts c WHERE c.id = :cohortId AND ${allowed.sql}`,
      { ...allowed.params, cohortId },
    );
    if (!cohort) throw notFound('cohort');
    if (cohort.status === 'closed')
      throw conflict('cohort.closed', 'This cohort is closed: it takes no new project.');
  }
}
