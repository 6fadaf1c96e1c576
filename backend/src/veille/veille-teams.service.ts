import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  enrolmentCountsSql,
  forViewer,
  type Viewer,
  veilleModerable,
  veilleParticipable,
  veilleReadable,
} from '../common/access';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { badRequest, conflict, forbidden, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import type {
  CreateVeilleTeamDto,
  UpdateVeilleTeamDto,
  VeilleTeamDto,
  VeilleTeamMemberInputDto,
} from './dto/veille.dto';
import { publicKey } from './veille-cohorts.service';

const one = <T>(rows: T[]): T | undefined => rows[0];

interface TeamRow {
  id: string;
  cohort_id: string;
  cohort_name: string;
  name: string;
  description: string;
  public_feed: boolean;
  public_key: string | null;
  post_count: number;
  comment_count: number;
  created_at: Date;
  members: { id: string; name: string; topic_id: string | null; topic_name: string | null }[];
  can_edit: boolean;
  can_publish: boolean;
}

/**
 * Watch teams: a few students of one cohort who split the watch by specialty (each member's
 * specialty is one of the cohort's topics), post in the team's name and have a team page (and,
 * if the instructor publishes it, a public feed). A student is in one team per cohort at most:
 * the database says so (`uq_veille_team_members_student`).
 */
@Injectable()
export class VeilleTeamsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(
    viewer: Viewer,
    id: string,
    m: EntityManager = this.db.manager,
  ): Promise<VeilleTeamDto> {
    const readable = veilleReadable(viewer, 't.cohort_id');
    const moderable = veilleModerable(viewer, 't.cohort_id');
    const acts = veilleParticipable(viewer, 't.cohort_id');
    const me = forViewer(viewer, (ref) => ref);
    const row = one(
      await namedQuery<TeamRow>(
        m,
        `SELECT t.id, t.cohort_id, c.name AS cohort_name, t.name, t.description, t.public_feed,
                t.public_key, t.created_at,
                (SELECT count(*)::int FROM veille_posts p WHERE p.team_id = t.id AND p.hidden_at IS NULL) AS post_count,
                (SELECT count(*)::int FROM veille_comments vc JOIN veille_team_members cm
                    ON cm.student_id = vc.author_id AND cm.team_id = t.id
                  JOIN veille_posts cp ON cp.id = vc.post_id AND cp.cohort_id = t.cohort_id
                  WHERE vc.deleted_at IS NULL) AS comment_count,
                COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.display_name,
                                  'topic_id', tp.id, 'topic_name', tp.name) ORDER BY u.display_name, u.id)
                            FROM veille_team_members tm JOIN users u ON u.id = tm.student_id
                            LEFT JOIN veille_topics tp ON tp.id = tm.specialty_topic_id
                           WHERE tm.team_id = t.id), '[]'::json) AS members,
                (COALESCE((${moderable.sql}), FALSE) OR (COALESCE((${acts.sql}), FALSE) AND EXISTS (
                   SELECT 1 FROM veille_team_members em WHERE em.team_id = t.id AND em.student_id = ${me.sql}))) AS can_edit,
                COALESCE((${moderable.sql}), FALSE) AS can_publish
           FROM veille_teams t JOIN cohorts c ON c.id = t.cohort_id
          WHERE t.id = :id AND ${readable.sql}`,
        { ...readable.params, ...moderable.params, ...acts.params, ...me.params, id },
      ),
    );
    if (!row) throw notFound('veille_team');
    return {
      id: row.id,
      cohortId: row.cohort_id,
      cohortName: row.cohort_name,
      name: row.name,
      description: row.description,
      members: row.members.map((x) => ({
        student: { id: x.id, displayName: x.name },
        specialty: x.topic_id && x.topic_name ? { id: x.topic_id, name: x.topic_name } : null,
      })),
      publicFeed: row.public_feed,
      publicKey: row.public_feed ? row.public_key : null,
      postCount: row.post_count,
      commentCount: row.comment_count,
      canEdit: row.can_edit,
      canPublish: row.can_publish,
      createdAt: row.created_at.toISOString(),
    };
  }

  async create(viewer: Viewer, cohortId: string, dto: CreateVeilleTeamDto): Promise<VeilleTeamDto> {
    const id = await this.db.transaction(async (m) => {
      const acts = veilleParticipable(viewer, 'c.id');
      const moderable = veilleModerable(viewer, 'c.id');
      const [cohort] = await namedQuery<{ moderator: boolean }>(
        m,
        `SELECT COALESCE((${moderable.sql}), FALSE) AS moderator FROM cohorts c
          WHERE c.id = :cohortId AND ${acts.sql}`,
        { ...acts.params, ...moderable.params, cohortId },
      );
      if (!cohort) throw notFound('cohort');
      if (!cohort.moderator && !dto.members.some((x) => x.studentId === viewer.id)) {
        throw teamInvalid('members', 'A student creates a team they belong to.');
      }
      await this.checkMembers(m, cohortId, dto.members);
      const [team] = await guarded(() =>
        namedQuery<{ id: string }>(
          m,
          `INSERT INTO veille_teams (cohort_id, name, description, created_by_id)
           VALUES (:cohortId, :name, :description, :me) RETURNING id`,
          {
            cohortId,
            name: dto.name.replace(/\s+/g, ' '),
            description: dto.description ?? '',
            me: viewer.id,
          },
        ),
      );
      await this.writeMembers(m, cohortId, team.id, dto.members);
      return team.id;
    });
    return this.get(viewer, id);
  }

  async update(viewer: Viewer, id: string, dto: UpdateVeilleTeamDto): Promise<VeilleTeamDto> {
    await this.db.transaction(async (m) => {
      const team = await this.editable(m, viewer, id);
      if (dto.members) {
        if (dto.members.length === 0)
          throw teamInvalid('members', 'A team has at least one member.');
        if (!team.moderator && !dto.members.some((x) => x.studentId === viewer.id)) {
          throw teamInvalid('members', 'Leave a team by asking a teammate or an instructor.');
        }
        await this.checkMembers(m, team.cohort_id, dto.members);
        await namedQuery(m, `DELETE FROM veille_team_members WHERE team_id = :id`, { id });
        await this.writeMembers(m, team.cohort_id, id, dto.members);
      }
      if (dto.name !== undefined || dto.description !== undefined) {
        await guarded(() =>
          namedQuery(
            m,
            `UPDATE veille_teams SET name = COALESCE(:name, name), description = COALESCE(:description, description),
                    updated_at = now() WHERE id = :id`,
            {
              id,
              name: dto.name?.replace(/\s+/g, ' ') ?? null,
              description: dto.description ?? null,
            },
          ),
        );
      }
    });
    return this.get(viewer, id);
  }

  /** An instructor any time (its posts stay, without the team); a member while it has no posts. */
  async remove(viewer: Viewer, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const team = await this.editable(m, viewer, id);
      if (!team.moderator) {
        const [{ n }] = await namedQuery<{ n: number }>(
          m,
          `SELECT count(*)::int AS n FROM veille_posts WHERE team_id = :id`,
          { id },
        );
        if (n > 0) throw forbidden('A team with posts is removed by an instructor.');
      }
      await namedQuery(m, `UPDATE veille_posts SET team_id = NULL WHERE team_id = :id`, { id });
      await namedQuery(m, `DELETE FROM veille_teams WHERE id = :id`, { id });
    });
  }

  async publish(viewer: Viewer, id: string, publicFeed: boolean): Promise<VeilleTeamDto> {
    await this.db.transaction(async (m) => {
      const team = await this.editable(m, viewer, id);
      if (!team.moderator) throw forbidden('Only the cohort’s instructors publish a team’s feed.');
      await namedQuery(
        m,
        `UPDATE veille_teams SET public_feed = :on, public_key = CASE WHEN :on THEN COALESCE(public_key, :key) ELSE public_key END,
                updated_at = now() WHERE id = :id`,
        { id, on: publicFeed, key: publicKey(team.name) },
      );
    });
    return this.get(viewer, id);
  }

  private async editable(
    m: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<{ cohort_id: string; name: string; moderator: boolean }> {
    const team = await this.get(viewer, id, m);
    if (!team.canEdit) throw forbidden('Only its members and the instructors change a team.');
    await namedQuery(m, `SELECT 1 FROM veille_teams WHERE id = :id FOR UPDATE`, { id });
    return { cohort_id: team.cohortId, name: team.name, moderator: team.canPublish };
  }

  /** Distinct active students of the cohort, each specialty one of its topics. */
  private async checkMembers(
    m: EntityManager,
    cohortId: string,
    members: VeilleTeamMemberInputDto[],
  ) {
    const ids = members.map((x) => x.studentId);
    if (ids.length === 0) throw teamInvalid('members', 'A team has at least one member.');
    if (new Set(ids).size !== ids.length)
      throw teamInvalid('members', 'A student is listed twice.');
    const [{ n }] = await namedQuery<{ n: number }>(
      m,
      `SELECT count(*)::int AS n FROM enrolments e
        WHERE e.cohort_id = :cohortId AND e.student_id IN (:...ids) AND ${enrolmentCountsSql('e', 'acts')}`,
      { cohortId, ids },
    );
    if (n !== ids.length)
      throw teamInvalid('members', 'Every member is an active student of the cohort.');
    const topics = [
      ...new Set(members.map((x) => x.specialtyTopicId).filter((x): x is string => !!x)),
    ];
    if (topics.length) {
      const [{ k }] = await namedQuery<{ k: number }>(
        m,
        `SELECT count(*)::int AS k FROM veille_topics WHERE cohort_id = :cohortId AND id IN (:...topics)`,
        { cohortId, topics },
      );
      if (k !== topics.length)
        throw teamInvalid('members', "Each specialty is one of the cohort's topics.");
    }
  }

  private async writeMembers(
    m: EntityManager,
    cohortId: string,
    teamId: string,
    members: VeilleTeamMemberInputDto[],
  ) {
    await guarded(() =>
      namedQuery(
        m,
        `INSERT INTO veille_team_members (cohort_id, team_id, student_id, specialty_topic_id)
         SELECT :cohortId, :teamId, x.student_id, x.topic_id
           FROM unnest(ARRAY[:...students]::uuid[], ARRAY[:...topics]::uuid[]) AS x(student_id, topic_id)`,
        {
          cohortId,
          teamId,
          students: members.map((x) => x.studentId),
          topics: members.map((x) => x.specialtyTopicId ?? null),
        },
      ),
    );
  }
}

const teamInvalid = (field: string, detail: string) =>
  badRequest('veille.team_invalid', detail, [{ field, code: 'teamInvalid', message: detail }]);

async function guarded<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (pgError(error, UNIQUE_VIOLATION, 'uq_veille_team_members_student')) {
      throw conflict(
        'veille.already_in_team',
        'A member is already in another team of the cohort.',
      );
    }
    if (pgError(error, UNIQUE_VIOLATION, 'uq_veille_teams_name')) {
      throw conflict('veille.team_name_taken', 'The cohort already has a team of this name.');
    }
    throw error;
  }
}
