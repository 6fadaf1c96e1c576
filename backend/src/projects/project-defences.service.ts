import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../common/access';
import { conflict, forbidden, notFound } from '../common/problem';
import { SessionsService } from '../scheduling';
import type {
  CancelDefenceDto,
  DefenceJurorDto,
  ProjectDefenceDto,
  ScheduleDefenceDto,
} from './dto/defences.dto';
import { ProjectAccessService } from './project-access';
import { ProjectDefenceEntity } from './project-defence.entity';
import type { ProjectState } from './project-states';

/** A defence is planned once the project is approved, until it is defended. */
const DEFENCE_STATES: readonly ProjectState[] = ['approved', 'in_progress', 'submitted'];

interface DefenceRow {
  session_id: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  room: { id: string; name: string; address: string } | null;
  online_url: string | null;
  status: string;
  jury: DefenceJurorDto[];
  mentor_attends: boolean;
  mentor_name: string | null;
}

/**
 * Schedules a project's defence as a session of kind `defence` through the scheduling
 * service, so its rules apply (the room, the cohort and every jury member free at that time,
 * enforced by exclusion constraints; 409 `session.conflict` naming the clashes otherwise).
 */
@Injectable()
export class ProjectDefencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: ProjectAccessService,
    private readonly sessions: SessionsService,
  ) {}

  async schedule(
    viewer: Viewer,
    projectId: string,
    dto: ScheduleDefenceDto,
  ): Promise<ProjectDefenceDto> {
    const access = await this.access.load(viewer, projectId);
    if (!access.isStaff)
      throw forbidden('Only the tutor or an administrator schedules the defence.');
    if (!DEFENCE_STATES.includes(access.state)) {
      throw conflict(
        'project.not_defensible',
        `A ${access.state} project gets no defence scheduled.`,
      );
    }
    const jury = [...new Set([...(access.tutorId ? [access.tutorId] : []), ...dto.juryIds])];
    const [project] = await this.db.query<{ title: string; team: string; partner: string }[]>(
      `SELECT p.title, po.name AS partner,
              (SELECT string_agg(u.display_name, ', ' ORDER BY u.display_name)
                 FROM project_members m JOIN users u ON u.id = m.student_id
                WHERE m.project_id = p.id AND m.left_at IS NULL) AS team
         FROM projects p JOIN partner_organisations po ON po.id = p.partner_id WHERE p.id = $1`,
      [projectId],
    );
    const fields = {
      title: `Soutenance — ${project.title}`.slice(0, 200),
      description: `Projet d’étude pour ${project.partner}. Équipe : ${project.team ?? '—'}.`,
      kind: 'defence' as const,
      startsAt: dto.startsAt,
      endsAt: dto.endsAt,
      roomId: dto.roomId ?? null,
      onlineUrl: dto.onlineUrl ?? null,
      instructorIds: jury,
    };
    const [current] = await this.db.query<{ session_id: string; status: string }[]>(
      `SELECT d.session_id, s.status FROM project_defences d JOIN sessions s ON s.id = d.session_id
        WHERE d.project_id = $1`,
      [projectId],
    );
    if (current && current.status !== 'cancelled') {
      await this.sessions.update(viewer, current.session_id, fields);
      await this.db.getRepository(ProjectDefenceEntity).update(projectId, {
        mentorAttends: dto.mentorAttends ?? false,
      });
    } else {
      const session = await this.sessions.create(viewer, { ...fields, cohortId: access.cohortId });
      try {
        await this.db.getRepository(ProjectDefenceEntity).upsert(
          {
            projectId,
            sessionId: session.id,
            mentorAttends: dto.mentorAttends ?? false,
            scheduledById: viewer.id,
          },
          ['projectId'],
        );
      } catch (error) {
        await this.sessions.remove(viewer, session.id);
        throw error;
      }
    }
    const defence = await this.defenceOf(projectId);
    if (!defence) throw notFound('defence');
    return defence;
  }

  /** Cancels the defence session (calendars show it cancelled) and unlinks it from the project. */
  async cancel(viewer: Viewer, projectId: string, dto: CancelDefenceDto): Promise<void> {
    const access = await this.access.load(viewer, projectId);
    if (!access.isStaff) throw forbidden('Only the tutor or an administrator cancels the defence.');
    const [current] = await this.db.query<{ session_id: string; status: string }[]>(
      `SELECT d.session_id, s.status FROM project_defences d JOIN sessions s ON s.id = d.session_id
        WHERE d.project_id = $1`,
      [projectId],
    );
    if (!current) throw notFound('defence');
    if (current.status !== 'cancelled') {
      await this.sessions.cancel(viewer, current.session_id, { reason: dto.reason ?? undefined });
    }
    await this.db.getRepository(ProjectDefenceEntity).delete({ projectId });
  }

  /** The project's defence, when one is scheduled (a cancelled session counts as none). */
  async defenceOf(projectId: string): Promise<ProjectDefenceDto | null> {
    const [row] = await this.db.query<DefenceRow[]>(
      `SELECT s.id AS session_id, s.starts_at, s.ends_at, pr.time_zone, s.online_url, s.status,
              CASE WHEN r.id IS NULL THEN NULL
                   ELSE json_build_object('id', r.id, 'name', r.name, 'address', r.address) END AS room,
              (SELECT coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name, 'email', u.email)
                                        ORDER BY u.display_name), '[]')
                 FROM session_instructors si JOIN users u ON u.id = si.instructor_id
                WHERE si.session_id = s.id) AS jury,
              d.mentor_attends, CASE WHEN d.mentor_attends THEN mc.name END AS mentor_name
         FROM project_defences d
         JOIN sessions s ON s.id = d.session_id
         JOIN cohorts c ON c.id = s.cohort_id
         JOIN programmes pr ON pr.id = c.programme_id
         JOIN projects p ON p.id = d.project_id
         LEFT JOIN partner_contacts mc ON mc.id = p.mentor_contact_id
         LEFT JOIN rooms r ON r.id = s.room_id
        WHERE d.project_id = $1 AND s.status <> 'cancelled'`,
      [projectId],
    );
    if (!row) return null;
    return {
      sessionId: row.session_id,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      timeZone: row.time_zone,
      room: row.room,
      onlineUrl: row.online_url,
      jury: row.jury,
      mentorAttends: row.mentor_attends,
      mentorName: row.mentor_name,
    };
  }
}
