import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import {
  collated,
  type Page,
  pageOfSql,
  pageOrder,
  type SortColumns,
  toPage,
} from '../common/paging';
import { anyElementMatches, matchesAny, searchParams } from '../common/search';
import {
  asColumns,
  sessionManageable,
  speakerEditable,
  speakerPrivateShown,
  type Viewer,
} from '../common/access';
import { badRequest, conflict, notFound, ProblemException } from '../common/problem';
import { namedQuery } from '../common/sql';
import type {
  CreateSpeakerDto,
  SPEAKER_SORTS,
  SpeakerDetailDto,
  SpeakerDto,
  SpeakerMatchDto,
  SpeakerQueryDto,
  TalkDto,
  UpdateSpeakerDto,
} from './dto/speakers.dto';
import type { InvitationStatus } from './invitation-status';
import { SpeakerEntity } from './speaker.entity';

const SORTS: SortColumns<(typeof SPEAKER_SORTS)[number]> = {
  fullName: collated('sp.full_name'),
  createdAt: 'sp.created_at',
  talkCount: 'talk_count',
};

const ORGANISATION = 'COALESCE(po.name, sp.organisation_name)';

interface SpeakerRow {
  id: string;
  full_name: string;
  email: string | null;
  phone: string | null;
  organisation_id: string | null;
  partner_name: string | null;
  organisation_name: string | null;
  job_title: string | null;
  bio: string;
  topics: string[];
  website_url: string | null;
  photo_url: string | null;
  preferred_language: 'fr' | 'en' | null;
  internal_notes: string;
  talk_count: number;
  private_shown: boolean;
  can_edit: boolean;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * The directory's columns as `viewer` may see them: the public profile for every planner; the
 * phone and internal notes only where the access policy shows them (else null and empty).
 */
function selectFor(viewer: Viewer): { sql: string; params: Record<string, unknown> } {
  const shown = speakerPrivateShown(viewer);
  const flags = asColumns({ private_shown: shown, can_edit: speakerEditable(viewer) });
  return {
    sql: `
  SELECT sp.id, sp.full_name, sp.email, sp.organisation_id, po.name AS partner_name,
         sp.organisation_name, sp.job_title, sp.bio, sp.topics, sp.website_url, sp.photo_url,
         sp.preferred_language,
         CASE WHEN ${shown.sql} THEN sp.phone END AS phone,
         CASE WHEN ${shown.sql} THEN sp.internal_notes ELSE '' END AS internal_notes,
         ${flags.sql},
         sp.archived_at, sp.created_at, sp.updated_at,
         (SELECT count(*)::int FROM invitations ti
           WHERE ti.speaker_id = sp.id AND ti.status IN ('confirmed', 'held')) AS talk_count
    FROM speakers sp
    LEFT JOIN partner_organisations po ON po.id = sp.organisation_id`,
    params: { ...shown.params, ...flags.params },
  };
}

/**
 * A name as two people's names are compared for twins: accents, ligatures and case folded by
 * `clique_fold` (as the search box does), runs of white space made one space.
 */
const foldedName = (expression: string) =>
  `regexp_replace(clique_fold(${expression}), '\\s+', ' ', 'g')`;

/** At most this many existing speakers are offered: a longer list helps no one choose. */
const MAX_MATCHES = 10;

const notEditable = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'speaker.not_editable',
    'This speaker was invited to cohorts you do not teach: only an administrator may change them.',
  );

const toSpeaker = (r: SpeakerRow): SpeakerDto => ({
  id: r.id,
  fullName: r.full_name,
  email: r.email,
  phone: r.phone,
  partner:
    r.organisation_id && r.partner_name ? { id: r.organisation_id, name: r.partner_name } : null,
  organisation: r.partner_name ?? r.organisation_name,
  jobTitle: r.job_title,
  bio: r.bio,
  topics: r.topics,
  websiteUrl: r.website_url,
  photoUrl: r.photo_url,
  preferredLanguage: r.preferred_language,
  internalNotes: r.internal_notes,
  privateShown: r.private_shown,
  canEdit: r.can_edit,
  talkCount: r.talk_count,
  archivedAt: r.archived_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const emailTaken = (email: string | null, existing: SpeakerMatchDto[]) =>
  conflict('speaker.email_taken', `A speaker with the e-mail ${email} already exists.`, {
    existing,
  });

/**
 * The directory of external speakers, shared by all planners: who may see a speaker's private
 * details, their talks, and change them, comes from the access policy (`directory-policy.ts`).
 */
@Injectable()
export class SpeakersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Search by name, organisation, e-mail, bio or topic; two queries whatever the page size. */
  async list(viewer: Viewer, query: SpeakerQueryDto): Promise<Page<SpeakerDto>> {
    const where: string[] = [];
    const select = selectFor(viewer);
    const params: Record<string, unknown> = { ...select.params };
    if (!query.includeArchived) where.push('sp.archived_at IS NULL');
    if (query.q) {
      const fields = matchesAny([
        'sp.full_name',
        'sp.email',
        'sp.bio',
        'sp.job_title',
        ORGANISATION,
      ]);
      where.push(`(${fields} OR ${anyElementMatches('sp.topics')})`);
      Object.assign(params, searchParams(query.q));
    }
    if (query.topic) {
      where.push('sp.topics @> ARRAY[:topic]::text[]');
      params['topic'] = query.topic.toLowerCase();
    }
    if (query.organisation) {
      where.push(matchesAny([ORGANISATION], 'organisation'));
      Object.assign(params, searchParams(query.organisation, 'organisation'));
    }
    if (query.organisationId) {
      where.push('sp.organisation_id = :organisationId');
      params['organisationId'] = query.organisationId;
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { rows, total } = await pageOfSql<SpeakerRow>(
      (sql) => namedQuery(this.db.manager, sql, params),
      `${select.sql} ${filter}`,
      query,
      pageOrder(query.sort, SORTS, 'fullName', 'sp.id'),
    );
    return toPage(rows.map(toSpeaker), total, query);
  }

  /**
   * A speaker and their talks, latest first: two queries. The talks are those of sessions the
   * viewer plans (as in the invitations list): another cohort's planning is not shown.
   */
  async get(viewer: Viewer, id: string, manager = this.db.manager): Promise<SpeakerDetailDto> {
    const select = selectFor(viewer);
    const [row] = await namedQuery<SpeakerRow>(manager, `${select.sql} WHERE sp.id = :id`, {
      ...select.params,
      id,
    });
    if (!row) throw notFound('speaker');
    const planned = sessionManageable(viewer, 's');
    const talks = await namedQuery<{
      id: string;
      status: InvitationStatus;
      talk_title: string;
      session_id: string;
      title: string;
      starts_at: Date;
      ends_at: Date;
      session_status: string;
      cohort_name: string;
      programme_code: string;
      time_zone: string;
    }>(
      manager,
      `SELECT i.id, i.status, i.talk_title, s.id AS session_id, s.title, s.starts_at, s.ends_at,
              s.status AS session_status, co.name AS cohort_name, p.code AS programme_code,
              p.time_zone
         FROM invitations i
         JOIN sessions s ON s.id = i.session_id
         JOIN cohorts co ON co.id = s.cohort_id
         JOIN programmes p ON p.id = co.programme_id
        WHERE i.speaker_id = :id AND ${planned.sql}
        ORDER BY s.starts_at DESC, i.id`,
      { ...planned.params, id },
    );
    return {
      ...toSpeaker(row),
      talks: talks.map((t): TalkDto => ({
        invitationId: t.id,
        status: t.status,
        talkTitle: t.talk_title,
        sessionId: t.session_id,
        sessionTitle: t.title,
        startsAt: t.starts_at.toISOString(),
        endsAt: t.ends_at.toISOString(),
        sessionCancelled: t.session_status === 'cancelled',
        cohortName: t.cohort_name,
        programmeCode: t.programme_code,
        timeZone: t.time_zone,
      })),
    };
  }

  /**
   * Refuses a twin before it is made: a speaker with the same e-mail (any case) is 409
   * `speaker.email_taken`, always; one with the same name (accents and case ignored) is 409
   * `speaker.possible_duplicate` unless `confirmDistinct` says they are two people. Both name
   * the existing speakers, so the planner can use them instead.
   */
  async create(viewer: Viewer, dto: CreateSpeakerDto): Promise<SpeakerDetailDto> {
    this.checkOrganisation(dto);
    const { confirmDistinct, ...fields } = dto;
    const email = fields.email ?? null;
    const matches = await this.matches(fields.fullName, email, !confirmDistinct);
    const sameEmail = matches.filter((m) => m.sameEmail).map((m) => m.match);
    if (sameEmail.length) throw emailTaken(email, sameEmail);
    if (matches.length) {
      throw conflict(
        'speaker.possible_duplicate',
        `A speaker named ${fields.fullName} already exists: use them, or send confirmDistinct: true if this is another person.`,
        { existing: matches.map((m) => m.match) },
      );
    }
    const repo = this.db.getRepository(SpeakerEntity);
    // The unique index still decides a race between two creations with the same e-mail.
    const saved = await this.saving(() => repo.save(repo.create(fields)), email, true);
    return this.get(viewer, saved.id);
  }

  async update(viewer: Viewer, id: string, dto: UpdateSpeakerDto): Promise<SpeakerDetailDto> {
    return this.db.transaction(async (manager) => {
      await this.lockEditable(manager, viewer, id);
      const repo = manager.getRepository(SpeakerEntity);
      const speaker = await repo.findOneByOrFail({ id });
      this.apply(speaker, dto);
      // Inside the transaction, which a failed write aborts: no look-up of the other speaker.
      await this.saving(() => repo.save(speaker), speaker.email, false);
      return this.get(viewer, id, manager);
    });
  }

  /** Only a speaker never invited; otherwise archive them (their talks stay in history). */
  async remove(viewer: Viewer, id: string): Promise<void> {
    try {
      await this.db.transaction(async (manager) => {
        await this.lockEditable(manager, viewer, id);
        await manager.getRepository(SpeakerEntity).delete({ id });
      });
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION)) {
        throw conflict('speaker.in_use', 'This speaker has invitations: archive them instead.');
      }
      throw error;
    }
  }

  /**
   * Locks the speaker's row, so no invitation is added while it changes, and checks the
   * viewer may change it: 404 if there is no such speaker, 403 if it is another's to change.
   */
  private async lockEditable(manager: EntityManager, viewer: Viewer, id: string): Promise<void> {
    const editable = speakerEditable(viewer);
    const [row] = await namedQuery<{ can_edit: boolean }>(
      manager,
      `SELECT COALESCE((${editable.sql}), FALSE) AS can_edit FROM speakers sp WHERE sp.id = :id
         FOR UPDATE OF sp`,
      { ...editable.params, id },
    );
    if (!row) throw notFound('speaker');
    if (!row.can_edit) throw notEditable();
  }

  private apply(speaker: SpeakerEntity, dto: UpdateSpeakerDto): void {
    const { archived, ...fields } = dto;
    Object.assign(speaker, fields);
    if (fields.organisationId) speaker.organisationName = null;
    if (fields.organisationName) speaker.organisationId = null;
    if (archived !== undefined) {
      speaker.archivedAt = archived ? (speaker.archivedAt ?? new Date()) : null;
    }
  }

  private checkOrganisation(dto: CreateSpeakerDto) {
    if (dto.organisationId && dto.organisationName) {
      throw badRequest('validation', 'Give a partner organisation or a name, not both.', [
        {
          field: 'organisationName',
          code: 'exclusive',
          message: 'leave organisationName empty when organisationId is set',
        },
      ]);
    }
  }

  /**
   * The speakers with this e-mail (any case) and, when `byName`, those whose name folds to the
   * same: one query, the same e-mail first. Archived speakers count: they are the same person.
   */
  private async matches(
    fullName: string,
    email: string | null,
    byName: boolean,
  ): Promise<{ match: SpeakerMatchDto; sameEmail: boolean }[]> {
    const where: string[] = [];
    const params: Record<string, unknown> = { email, fullName, limit: MAX_MATCHES };
    // lower(email) as the unique index `uq_speakers_email` has it, so the index answers.
    const sameEmail = email ? 'lower(sp.email) = lower(:email)' : 'FALSE';
    if (email) where.push(sameEmail);
    if (byName) where.push(`${foldedName('sp.full_name')} = ${foldedName(':fullName')}`);
    if (!where.length) return [];
    const rows = await namedQuery<{
      id: string;
      full_name: string;
      email: string | null;
      organisation: string | null;
      archived: boolean;
      same_email: boolean;
    }>(
      this.db.manager,
      `SELECT sp.id, sp.full_name, sp.email, ${ORGANISATION} AS organisation,
              sp.archived_at IS NOT NULL AS archived, COALESCE(${sameEmail}, FALSE) AS same_email
         FROM speakers sp
         LEFT JOIN partner_organisations po ON po.id = sp.organisation_id
        WHERE ${where.join(' OR ')}
        ORDER BY same_email DESC, archived, sp.created_at, sp.id
        LIMIT :limit`,
      params,
    );
    return rows.map((r) => ({
      match: {
        id: r.id,
        fullName: r.full_name,
        organisation: r.organisation,
        email: r.email,
        archived: r.archived,
      },
      sameEmail: r.same_email,
    }));
  }

  private async saving<T>(
    write: () => Promise<T>,
    email: string | null | undefined,
    lookUp: boolean,
  ): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_speakers_email')) {
        const existing =
          lookUp && email ? (await this.matches('', email, false)).map((m) => m.match) : [];
        throw emailTaken(email ?? null, existing);
      }
      if (pgError(error, FOREIGN_KEY_VIOLATION, 'fk_speakers_organisation')) {
        throw badRequest('validation', 'No such partner organisation.', [
          {
            field: 'organisationId',
            code: 'exists',
            message: 'organisationId must name a partner organisation',
          },
        ]);
      }
      throw error;
    }
  }
}
