import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { likePattern, type Page, resolveSort } from '../common/paging';
import { badRequest, conflict, notFound } from '../common/problem';
import { namedQuery } from '../scheduling/sql';
import type {
  CreateSpeakerDto,
  SpeakerDetailDto,
  SpeakerDto,
  SpeakerQueryDto,
  TalkDto,
  UpdateSpeakerDto,
} from './dto/speakers.dto';
import type { InvitationStatus } from './invitation-status';
import { SpeakerEntity } from './speaker.entity';

const SORTS = { fullName: 'sp.full_name', createdAt: 'sp.created_at', talkCount: 'talk_count' };

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
  internal_notes: string;
  talk_count: number;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `
  SELECT sp.id, sp.full_name, sp.email, sp.phone, sp.organisation_id, po.name AS partner_name,
         sp.organisation_name, sp.job_title, sp.bio, sp.topics, sp.website_url, sp.photo_url,
         sp.internal_notes, sp.archived_at, sp.created_at, sp.updated_at,
         (SELECT count(*)::int FROM invitations ti
           WHERE ti.speaker_id = sp.id AND ti.status IN ('confirmed', 'held')) AS talk_count
    FROM speakers sp
    LEFT JOIN partner_organisations po ON po.id = sp.organisation_id`;

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
  internalNotes: r.internal_notes,
  talkCount: r.talk_count,
  archivedAt: r.archived_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/** The directory of external speakers, shared by all planners. */
@Injectable()
export class SpeakersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Search by name, organisation, bio or topic; two queries whatever the page size. */
  async list(query: SpeakerQueryDto): Promise<Page<SpeakerDto>> {
    const [column, direction] = resolveSort(query.sort, SORTS, ['sp.full_name', 'ASC']);
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (!query.includeArchived) where.push('sp.archived_at IS NULL');
    if (query.q) {
      where.push(`(sp.full_name ILIKE :q ESCAPE '\\' OR sp.bio ILIKE :q ESCAPE '\\'
        OR sp.job_title ILIKE :q ESCAPE '\\' OR COALESCE(po.name, sp.organisation_name) ILIKE :q ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM unnest(sp.topics) qt WHERE qt ILIKE :q ESCAPE '\\'))`);
      params['q'] = likePattern(query.q);
    }
    if (query.topic) {
      where.push('sp.topics @> ARRAY[:topic]::text[]');
      params['topic'] = query.topic.toLowerCase();
    }
    if (query.organisation) {
      where.push(`COALESCE(po.name, sp.organisation_name) ILIKE :organisation ESCAPE '\\'`);
      params['organisation'] = likePattern(query.organisation);
    }
    if (query.organisationId) {
      where.push('sp.organisation_id = :organisationId');
      params['organisationId'] = query.organisationId;
    }
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [count] = await namedQuery<{ total: number }>(
      this.db.manager,
      `SELECT count(*)::int AS total FROM speakers sp
         LEFT JOIN partner_organisations po ON po.id = sp.organisation_id ${filter}`,
      params,
    );
    const total = count?.total ?? 0;
    const rows = await namedQuery<SpeakerRow>(
      this.db.manager,
      `${SELECT} ${filter} ORDER BY ${column} ${direction}, sp.id
        LIMIT ${query.size} OFFSET ${(query.page - 1) * query.size}`,
      params,
    );
    return { items: rows.map(toSpeaker), total, page: query.page, size: query.size };
  }

  /** A speaker and their talks, latest first: two queries. */
  async get(id: string): Promise<SpeakerDetailDto> {
    const [row] = await namedQuery<SpeakerRow>(this.db.manager, `${SELECT} WHERE sp.id = :id`, {
      id,
    });
    if (!row) throw notFound('speaker');
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
    }>(
      this.db.manager,
      `SELECT i.id, i.status, i.talk_title, s.id AS session_id, s.title, s.starts_at, s.ends_at,
              s.status AS session_status, co.name AS cohort_name, p.code AS programme_code
         FROM invitations i
         JOIN sessions s ON s.id = i.session_id
         JOIN cohorts co ON co.id = s.cohort_id
         JOIN programmes p ON p.id = co.programme_id
        WHERE i.speaker_id = :id
        ORDER BY s.starts_at DESC, i.id`,
      { id },
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
      })),
    };
  }

  async create(dto: CreateSpeakerDto): Promise<SpeakerDetailDto> {
    this.checkOrganisation(dto);
    const repo = this.db.getRepository(SpeakerEntity);
    const saved = await this.saving(() => repo.save(repo.create({ ...dto })), dto.email);
    return this.get(saved.id);
  }

  async update(id: string, dto: UpdateSpeakerDto): Promise<SpeakerDetailDto> {
    const repo = this.db.getRepository(SpeakerEntity);
    const speaker = await repo.findOneBy({ id });
    if (!speaker) throw notFound('speaker');
    const { archived, ...fields } = dto;
    Object.assign(speaker, fields);
    if (fields.organisationId) speaker.organisationName = null;
    if (fields.organisationName) speaker.organisationId = null;
    if (archived !== undefined) {
      speaker.archivedAt = archived ? (speaker.archivedAt ?? new Date()) : null;
    }
    await this.saving(() => repo.save(speaker), speaker.email);
    return this.get(id);
  }

  /** Only a speaker never invited; otherwise archive them (their talks stay in history). */
  async remove(id: string): Promise<void> {
    try {
      const result = await this.db.getRepository(SpeakerEntity).delete({ id });
      if (!result.affected) throw notFound('speaker');
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION)) {
        throw conflict('speaker.in_use', 'This speaker has invitations: archive them instead.');
      }
      throw error;
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

  private async saving<T>(write: () => Promise<T>, email: string | null | undefined): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_speakers_email')) {
        throw conflict('speaker.email_taken', `A speaker with the e-mail ${email} already exists.`);
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
