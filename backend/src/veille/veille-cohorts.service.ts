import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import Papa from 'papaparse';
import { DataSource, type EntityManager } from 'typeorm';
import {
  cohortReadable,
  enrolmentCountsSql,
  type Viewer,
  veilleModerable,
  veilleParticipable,
  veilleReadable,
} from '../common/access';
import {
  pgError,
  RESTRICT_VIOLATION,
  UNIQUE_VIOLATION,
  FOREIGN_KEY_VIOLATION,
} from '../common/db-errors';
import { badRequest, conflict, forbidden, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import type {
  CreateVeilleTopicDto,
  UpdateVeilleSettingsDto,
  UpdateVeilleTopicDto,
  VeilleCohortDto,
  VeilleCohortRefDto,
  VeilleParticipationDto,
  VeilleParticipationRowDto,
  VeilleProfileDto,
  VeilleSettingsDto,
  VeilleTopicDto,
} from './dto/veille.dto';
import { DEFAULT_MIN_COMMENTARY } from './veille-posts.service';

const one = <T>(rows: T[]): T | undefined => rows[0];

/** "Léa Martin" → "Léa M.": the name public pages show unless the student chose one. */
export function defaultPublicName(displayName: string): string {
  const parts = displayName.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts[0] ?? '';
  return `${parts[0]} ${[...parts[parts.length - 1]][0].toUpperCase()}.`;
}

/** A key for a public feed's address: readable, and not guessable. */
export function publicKey(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  const random = randomBytes(5).toString('hex');
  return slug ? `${slug}-${random}` : `veille-${random}`;
}

interface SettingsRow {
  min_commentary_chars: number;
  public_feed: boolean;
  public_key: string | null;
  digest_enabled: boolean;
}

const toSettings = (r: SettingsRow | undefined): VeilleSettingsDto => ({
  minCommentaryChars: r?.min_commentary_chars ?? DEFAULT_MIN_COMMENTARY,
  publicFeed: r?.public_feed ?? false,
  publicKey: r?.public_key ?? null,
  digestEnabled: r?.digest_enabled ?? true,
});

interface TopicRow {
  id: string;
  name: string;
  position: number;
  archived: boolean;
  post_count: number;
}

const toTopic = (r: TopicRow): VeilleTopicDto => ({
  id: r.id,
  name: r.name,
  position: r.position,
  archived: r.archived,
  postCount: r.post_count,
});

const TOPIC_SELECT = `
  SELECT t.id, t.name, t.position, t.archived,
         (SELECT count(*)::int FROM veille_post_topics pt WHERE pt.topic_id = t.id) AS post_count
    FROM veille_topics t`;

/**
 * A cohort's veille as a whole: what the feed page needs at once (settings, topics, teams,
 * students, what the viewer may do), the moderators' settings and topics, each person's
 * public name, and the participation counts per student and period.
 */
@Injectable()
export class VeilleCohortsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The cohorts whose veille the viewer reads, newest first (a student's: their own). */
  async cohorts(viewer: Viewer): Promise<VeilleCohortRefDto[]> {
    const readable = cohortReadable(viewer, 'c.id');
    const rows = await namedQuery<{ id: string; name: string; programme_name: string }>(
      this.db.manager,
      `SELECT c.id, c.name, p.title AS programme_name FROM cohorts c
         JOIN programmes p ON p.id = c.programme_id
        WHERE ${readable.sql} ORDER BY c.starts_on DESC, c.name, c.id LIMIT 200`,
      readable.params,
    );
    return rows.map((r) => ({ id: r.id, name: r.name, programmeName: r.programme_name }));
  }

  async overview(viewer: Viewer, cohortId: string): Promise<VeilleCohortDto> {
    const readable = veilleReadable(viewer, 'c.id');
    const acts = veilleParticipable(viewer, 'c.id');
    const moderable = veilleModerable(viewer, 'c.id');
    const cohort = one(
      await namedQuery<
        SettingsRow & {
          id: string;
          name: string;
          can_post: boolean;
          can_manage: boolean;
          team_id: string | null;
        }
      >(
        this.db.manager,
        `SELECT c.id, c.name, s.min_commentary_chars, s.public_feed, s.public_key, s.digest_enabled,
                COALESCE((${acts.sql}), FALSE) AS can_post,
                COALESCE((${moderable.sql}), FALSE) AS can_manage,
                (SELECT m.team_id FROM veille_team_members m
                  WHERE m.cohort_id = c.id AND m.student_id = :me) AS team_id
           FROM cohorts c LEFT JOIN veille_settings s ON s.cohort_id = c.id
          WHERE c.id = :cohortId AND ${readable.sql}`,
        { ...readable.params, ...acts.params, ...moderable.params, cohortId, me: viewer.id },
      ),
    );
    if (!cohort) throw notFound('cohort');
    const topics = await namedQuery<TopicRow>(
      this.db.manager,
      `${TOPIC_SELECT} WHERE t.cohort_id = :cohortId ORDER BY t.position, t.name, t.id`,
      { cohortId },
    );
    const teams = await namedQuery<{
      id: string;
      name: string;
      member_count: number;
      public_feed: boolean;
      public_key: string | null;
    }>(
      this.db.manager,
      `SELECT t.id, t.name, t.public_feed, t.public_key,
              (SELECT count(*)::int FROM veille_team_members m WHERE m.team_id = t.id) AS member_count
         FROM veille_teams t WHERE t.cohort_id = :cohortId ORDER BY t.name, t.id`,
      { cohortId },
    );
    const students = await namedQuery<{ id: string; display_name: string }>(
      this.db.manager,
      `SELECT u.id, u.display_name FROM enrolments e JOIN users u ON u.id = e.student_id
        WHERE e.cohort_id = :cohortId AND ${enrolmentCountsSql('e', 'reads')}
        ORDER BY u.display_name, u.id`,
      { cohortId },
    );
    return {
      cohort: { id: cohort.id, name: cohort.name },
      settings: toSettings(cohort.min_commentary_chars === null ? undefined : cohort),
      topics: topics.map(toTopic),
      teams: teams.map((t) => ({
        id: t.id,
        name: t.name,
        memberCount: t.member_count,
        publicFeed: t.public_feed,
        publicKey: t.public_feed ? t.public_key : null,
      })),
      students: students.map((s) => ({ id: s.id, displayName: s.display_name })),
      me: { canManage: cohort.can_manage, canPost: cohort.can_post, teamId: cohort.team_id },
    };
  }

  async updateSettings(
    viewer: Viewer,
    cohortId: string,
    dto: UpdateVeilleSettingsDto,
  ): Promise<VeilleSettingsDto> {
    return this.db.transaction(async (m) => {
      const cohort = await this.managed(m, viewer, cohortId);
      const [row] = await namedQuery<SettingsRow>(
        m,
        `INSERT INTO veille_settings AS s (cohort_id, min_commentary_chars, public_feed, public_key, digest_enabled)
         VALUES (:cohortId, COALESCE(:min, ${DEFAULT_MIN_COMMENTARY}), COALESCE(:publicFeed, FALSE),
                 CASE WHEN :publicFeed THEN :key END, COALESCE(:digest, TRUE))
         ON CONFLICT ON CONSTRAINT pk_veille_settings DO UPDATE SET
           min_commentary_chars = COALESCE(:min, s.min_commentary_chars),
           public_feed = COALESCE(:publicFeed, s.public_feed),
           public_key = CASE WHEN COALESCE(:publicFeed, s.public_feed)
                             THEN COALESCE(s.public_key, :key) ELSE s.public_key END,
           digest_enabled = COALESCE(:digest, s.digest_enabled),
           updated_at = now()
         RETURNING s.min_commentary_chars, s.public_feed, s.public_key, s.digest_enabled`,
        {
          cohortId,
          min: dto.minCommentaryChars ?? null,
          publicFeed: dto.publicFeed ?? null,
          digest: dto.digestEnabled ?? null,
          key: publicKey(cohort.name),
        },
      );
      return toSettings(row);
    });
  }

  async createTopic(
    viewer: Viewer,
    cohortId: string,
    dto: CreateVeilleTopicDto,
  ): Promise<VeilleTopicDto> {
    return this.db.transaction(async (m) => {
      await this.managed(m, viewer, cohortId);
      try {
        const [row] = await namedQuery<{ id: string }>(
          m,
          `INSERT INTO veille_topics (cohort_id, name, position)
           VALUES (:cohortId, :name, (SELECT COALESCE(max(position) + 1, 0) FROM veille_topics
                                       WHERE cohort_id = :cohortId))
           RETURNING id`,
          { cohortId, name: dto.name.replace(/\s+/g, ' ') },
        );
        return this.topic(m, row.id);
      } catch (error) {
        throw topicError(error);
      }
    });
  }

  async updateTopic(
    viewer: Viewer,
    id: string,
    dto: UpdateVeilleTopicDto,
  ): Promise<VeilleTopicDto> {
    return this.db.transaction(async (m) => {
      await this.managedTopic(m, viewer, id);
      try {
        await namedQuery(
          m,
          `UPDATE veille_topics SET name = COALESCE(:name, name), position = COALESCE(:position, position),
                  archived = COALESCE(:archived, archived), updated_at = now() WHERE id = :id`,
          {
            id,
            name: dto.name?.replace(/\s+/g, ' ') ?? null,
            position: dto.position ?? null,
            archived: dto.archived ?? null,
          },
        );
      } catch (error) {
        throw topicError(error);
      }
      return this.topic(m, id);
    });
  }

  /** A topic no post or specialty uses; else 409 (archive it instead). */
  async deleteTopic(viewer: Viewer, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.managedTopic(m, viewer, id);
      try {
        await namedQuery(m, `DELETE FROM veille_topics WHERE id = :id`, { id });
      } catch (error) {
        if (pgError(error, FOREIGN_KEY_VIOLATION) || pgError(error, RESTRICT_VIOLATION)) {
          throw conflict('veille.topic_in_use', 'Posts use this topic: archive it instead.');
        }
        throw error;
      }
    });
  }

  async profile(viewer: Viewer & { displayName: string }): Promise<VeilleProfileDto> {
    const row = one(
      await namedQuery<{ public_name: string }>(
        this.db.manager,
        `SELECT public_name FROM veille_profiles WHERE user_id = :me`,
        { me: viewer.id },
      ),
    );
    return {
      publicName: row?.public_name ?? null,
      defaultName: defaultPublicName(viewer.displayName),
    };
  }

  async setProfile(
    viewer: Viewer & { displayName: string },
    publicName: string | null,
  ): Promise<VeilleProfileDto> {
    if (publicName) {
      await namedQuery(
        this.db.manager,
        `INSERT INTO veille_profiles (user_id, public_name) VALUES (:me, :name)
         ON CONFLICT ON CONSTRAINT pk_veille_profiles DO UPDATE SET public_name = :name, updated_at = now()`,
        { me: viewer.id, name: publicName },
      );
    } else {
      await namedQuery(this.db.manager, `DELETE FROM veille_profiles WHERE user_id = :me`, {
        me: viewer.id,
      });
    }
    return this.profile(viewer);
  }

  /**
   * Per student of the cohort, in the period (whole local days): posts shared, comments
   * written, reactions given, distinct topics covered. One statement for any roster.
   */
  async participation(
    viewer: Viewer,
    cohortId: string,
    from: string,
    to: string,
  ): Promise<VeilleParticipationDto> {
    if (from > to) {
      throw badRequest('validation', 'The period ends before it starts.', [
        { field: 'to', code: 'minDate', message: 'to must be on or after from' },
      ]);
    }
    const moderable = veilleModerable(viewer, 'c.id');
    const cohort = one(
      await namedQuery<{ tz: string }>(
        this.db.manager,
        `SELECT p.time_zone AS tz FROM cohorts c JOIN programmes p ON p.id = c.programme_id
          WHERE c.id = :cohortId AND ${moderable.sql}`,
        { ...moderable.params, cohortId },
      ),
    );
    if (!cohort) throw notFound('cohort');
    const rows = await namedQuery<{
      id: string;
      display_name: string;
      posts: number;
      comments: number;
      reactions: number;
      topics: string[];
      last_activity_at: Date | null;
    }>(
      this.db.manager,
      `WITH span AS (
         SELECT (:from::date)::timestamp AT TIME ZONE :tz AS lo,
                (:to::date + 1)::timestamp AT TIME ZONE :tz AS hi),
       posts AS (
         SELECT p.author_id, count(*)::int AS n, max(p.created_at) AS last
           FROM veille_posts p, span WHERE p.cohort_id = :cohortId AND p.kind = 'link'
            AND p.hidden_at IS NULL AND p.created_at >= span.lo AND p.created_at < span.hi
          GROUP BY p.author_id),
       topics AS (
         SELECT p.author_id, array_agg(DISTINCT t.name ORDER BY t.name) AS names
           FROM veille_posts p JOIN veille_post_topics pt ON pt.post_id = p.id
           JOIN veille_topics t ON t.id = pt.topic_id, span
          WHERE p.cohort_id = :cohortId AND p.kind = 'link' AND p.hidden_at IS NULL
            AND p.created_at >= span.lo AND p.created_at < span.hi
          GROUP BY p.author_id),
       comments AS (
         SELECT c.author_id, count(*)::int AS n, max(c.created_at) AS last
           FROM veille_comments c JOIN veille_posts p ON p.id = c.post_id, span
          WHERE p.cohort_id = :cohortId AND c.deleted_at IS NULL
            AND c.created_at >= span.lo AND c.created_at < span.hi
          GROUP BY c.author_id),
       reactions AS (
         SELECT r.user_id, count(*)::int AS n, max(r.created_at) AS last
           FROM veille_reactions r JOIN veille_posts p ON p.id = r.post_id, span
          WHERE p.cohort_id = :cohortId AND r.created_at >= span.lo AND r.created_at < span.hi
          GROUP BY r.user_id)
       SELECT u.id, u.display_name, COALESCE(po.n, 0) AS posts, COALESCE(co.n, 0) AS comments,
              COALESCE(re.n, 0) AS reactions, COALESCE(tp.names, ARRAY[]::text[]) AS topics,
              GREATEST(po.last, co.last, re.last) AS last_activity_at
         FROM enrolments e JOIN users u ON u.id = e.student_id
         LEFT JOIN posts po ON po.author_id = e.student_id
         LEFT JOIN topics tp ON tp.author_id = e.student_id
         LEFT JOIN comments co ON co.author_id = e.student_id
         LEFT JOIN reactions re ON re.user_id = e.student_id
        WHERE e.cohort_id = :cohortId AND ${enrolmentCountsSql('e', 'reads')}
        ORDER BY u.display_name, u.id`,
      { cohortId, from, to, tz: cohort.tz },
    );
    const students: VeilleParticipationRowDto[] = rows.map((r) => ({
      student: { id: r.id, displayName: r.display_name },
      posts: r.posts,
      comments: r.comments,
      reactions: r.reactions,
      topicsCovered: r.topics.length,
      topics: r.topics,
      lastActivityAt: r.last_activity_at?.toISOString() ?? null,
    }));
    return { from, to, students };
  }

  /** The counts for a spreadsheet: UTF-8 with a BOM, `;`, formulas escaped. */
  participationCsv(data: VeilleParticipationDto, lang: 'fr' | 'en'): string {
    const fields =
      lang === 'fr'
        ? [
            'Étudiant·e',
            'Partages',
            'Commentaires',
            'Réactions',
            'Sujets couverts',
            'Sujets',
            'Dernière activité',
          ]
        : [
            'Student',
            'Posts',
            'Comments',
            'Reactions',
            'Topics covered',
            'Topics',
            'Last activity',
          ];
    const csv = Papa.unparse(
      {
        fields,
        data: data.students.map((s) => [
          s.student.displayName,
          s.posts,
          s.comments,
          s.reactions,
          s.topicsCovered,
          s.topics.join(', '),
          s.lastActivityAt ?? '',
        ]),
      },
      { delimiter: ';', newline: '\r\n', escapeFormulae: true },
    );
    return `\uFEFF${csv}\r\n`;
  }

  private async topic(m: EntityManager, id: string): Promise<VeilleTopicDto> {
    const [row] = await namedQuery<TopicRow>(m, `${TOPIC_SELECT} WHERE t.id = :id`, { id });
    return toTopic(row);
  }

  /** The cohort, locked, if the viewer moderates it: else 404 (not theirs) or 403 (a student). */
  private async managed(
    m: EntityManager,
    viewer: Viewer,
    cohortId: string,
  ): Promise<{ name: string }> {
    const readable = veilleReadable(viewer, 'c.id');
    const moderable = veilleModerable(viewer, 'c.id');
    const row = one(
      await namedQuery<{ name: string; allowed: boolean }>(
        m,
        `SELECT c.name, COALESCE((${moderable.sql}), FALSE) AS allowed FROM cohorts c
          WHERE c.id = :cohortId AND ${readable.sql} FOR SHARE OF c`,
        { ...readable.params, ...moderable.params, cohortId },
      ),
    );
    if (!row) throw notFound('cohort');
    if (!row.allowed) throw forbidden('Only the cohort’s instructors set up its veille.');
    return row;
  }

  private async managedTopic(m: EntityManager, viewer: Viewer, id: string): Promise<void> {
    const readable = veilleReadable(viewer, 't.cohort_id');
    const moderable = veilleModerable(viewer, 't.cohort_id');
    const row = one(
      await namedQuery<{ allowed: boolean }>(
        m,
        `SELECT COALESCE((${moderable.sql}), FALSE) AS allowed FROM veille_topics t
          WHERE t.id = :id AND ${readable.sql} FOR UPDATE OF t`,
        { ...readable.params, ...moderable.params, id },
      ),
    );
    if (!row) throw notFound('veille_topic');
    if (!row.allowed) throw forbidden('Only the cohort’s instructors set up its topics.');
  }
}

function topicError(error: unknown): unknown {
  if (pgError(error, UNIQUE_VIOLATION, 'uq_veille_topics_name')) {
    return conflict('veille.topic_name_taken', 'The cohort already has a topic of this name.');
  }
  return error;
}
