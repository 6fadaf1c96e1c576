import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { badRequest, notFound } from '../common/problem';
import type { SessionDto, SessionListDto, SessionSpeakerDto } from './dto/session-response.dto';
import type { SessionQueryDto } from './dto/sessions.dto';
import {
  sessionManageable,
  sessionReadable,
  type SqlPredicate,
  type Viewer,
} from '../common/access';
import type { MaterialLink, SessionKind, SessionStatus } from './session-kind';
import { preparedNamedQuery } from '../common/prepared';

export interface SessionRow {
  id: string;
  title: string;
  description: string;
  kind: SessionKind;
  starts_at: Date;
  ends_at: Date;
  online_url: string | null;
  materials: MaterialLink[];
  status: SessionStatus;
  cancelled_at: Date | null;
  cancellation_reason: string | null;
  sequence: number;
  series_id: string | null;
  created_at: Date;
  updated_at: Date;
  cohort_id: string;
  cohort_name: string;
  programme_id: string;
  programme_code: string;
  programme_title: string;
  time_zone: string;
  module_id: string | null;
  module_code: string | null;
  module_title: string | null;
  room_id: string | null;
  room_name: string | null;
  room_address: string | null;
  room_capacity: number | null;
  /** A slot whose room is its day's. */
  room_from_day: boolean;
  parent_id: string | null;
  parent_title: string | null;
  parent_starts_at: Date | null;
  parent_ends_at: Date | null;
  /** A day's slots, in time order (json: times as text). */
  slots: {
    id: string;
    title: string;
    kind: SessionKind;
    startsAt: string;
    endsAt: string;
    status: SessionStatus;
    roomName: string | null;
    speakers: string[];
  }[];
  instructors: { id: string; displayName: string }[];
  speakers: SessionSpeakerDto[];
  can_manage: boolean;
  /** Feeds only: the status of the feed's speaker's invitation. */
  feed_invitation_status?: string | null;
}

export interface SelectOptions {
  /** The access policy's predicate (on `s`) deciding whether the reader may manage the session. */
  manage: SqlPredicate;
  /** Include the speakers' bio, photo, website and the talk's abstract. */
  detail?: boolean;
  /** Extra select expression (on `s`), aliased feed_invitation_status. */
  feedInvitationSql?: string;
  orderAndLimit?: string;
}

const MAX_RANGE_DAYS = 400;

export const toSession = (r: SessionRow): SessionDto => ({
  id: r.id,
  cohort: { id: r.cohort_id, name: r.cohort_name },
  programme: {
    id: r.programme_id,
    code: r.programme_code,
    title: r.programme_title,
    timeZone: r.time_zone,
  },
  module:
    r.module_id && r.module_code && r.module_title
      ? { id: r.module_id, code: r.module_code, title: r.module_title }
      : null,
  title: r.title,
  description: r.description,
  kind: r.kind,
  startsAt: r.starts_at.toISOString(),
  endsAt: r.ends_at.toISOString(),
  timeZone: r.time_zone,
  room:
    r.room_id && r.room_name !== null
      ? {
          id: r.room_id,
          name: r.room_name,
          address: r.room_address ?? '',
          capacity: r.room_capacity,
        }
      : null,
  roomFromDay: r.room_from_day,
  parent:
    r.parent_id && r.parent_title !== null && r.parent_starts_at && r.parent_ends_at
      ? {
          id: r.parent_id,
          title: r.parent_title,
          startsAt: r.parent_starts_at.toISOString(),
          endsAt: r.parent_ends_at.toISOString(),
        }
      : null,
  slots: r.slots.map((x) => ({
    ...x,
    startsAt: new Date(x.startsAt).toISOString(),
    endsAt: new Date(x.endsAt).toISOString(),
  })),
  onlineUrl: r.online_url,
  materials: r.materials,
  status: r.status,
  cancelledAt: r.cancelled_at?.toISOString() ?? null,
  cancellationReason: r.cancellation_reason,
  sequence: r.sequence,
  seriesId: r.series_id,
  instructors: r.instructors,
  speakers: r.speakers,
  canManage: r.can_manage,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

/**
 * Reads sessions with their cohort, programme, module, room, instructors and speakers in ONE
 * query whatever their number (json_agg sub-selects), for the calendar views, the talk page and
 * the iCalendar feeds. Students see only confirmed or held speakers; planners see all pending.
 */
@Injectable()
export class SessionReadsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(viewer: Viewer, query: SessionQueryDto): Promise<SessionListDto> {
    const from = new Date(query.from);
    const to = new Date(query.to);
    if (!(to > from) || to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
      throw badRequest('validation', `Give a range of at most ${MAX_RANGE_DAYS} days.`, [
        {
          field: 'to',
          code: 'range',
          message: `to must be after from, at most ${MAX_RANGE_DAYS} days later`,
        },
      ]);
    }
    const readable = sessionReadable(viewer);
    const manage = sessionManageable(viewer);
    const where = [readable.sql, 's.starts_at < :to', 's.ends_at > :from'];
    const params: Record<string, unknown> = { ...readable.params, ...manage.params, from, to };
    const filters: [keyof SessionQueryDto, string][] = [
      ['cohortId', 's.cohort_id = :cohortId'],
      ['moduleId', 's.module_id = :moduleId'],
      ['roomId', 's.room_id = :roomId'],
      ['kind', 's.kind = :kind'],
      [
        'instructorId',
        'EXISTS (SELECT 1 FROM session_instructors f_si WHERE f_si.session_id = s.id AND f_si.instructor_id = :instructorId)',
      ],
      [
        'speakerId',
        `EXISTS (SELECT 1 FROM invitations f_i WHERE f_i.session_id = s.id AND f_i.speaker_id = :speakerId
           AND (f_i.status IN ('confirmed', 'held') OR (${manage.sql} AND f_i.status IN ('draft', 'invited'))))`,
      ],
    ];
    for (const [key, sql] of filters) {
      if (query[key] !== undefined) {
        where.push(sql);
        params[key] = query[key];
      }
    }
    if (query.includeCancelled === false) where.push(`s.status <> 'cancelled'`);
    const rows = await this.select(this.db.manager, where.join(' AND '), params, { manage });
    return { items: rows.map(toSession), from: from.toISOString(), to: to.toISOString() };
  }

  /** The talk page: one session with the speakers' bios and abstracts; 404 if not visible. */
  async get(viewer: Viewer, id: string, manager: EntityManager = this.db.manager) {
    const readable = sessionReadable(viewer);
    const [row] = await this.select(
      manager,
      `s.id = :id AND ${readable.sql}`,
      { ...readable.params, id },
      { manage: sessionManageable(viewer), detail: true },
    );
    if (!row) throw notFound('session');
    return row;
  }

  /** A session and, for a day, its slots (what its .ics holds), in one query; 404 if not visible. */
  async withSlots(viewer: Viewer, id: string): Promise<SessionRow[]> {
    const readable = sessionReadable(viewer);
    const rows = await this.select(
      this.db.manager,
      `(s.id = :id OR s.parent_id = :id) AND ${readable.sql}`,
      { ...readable.params, id },
      { manage: sessionManageable(viewer) },
    );
    const day = rows.find((r) => r.id === id);
    if (!day) throw notFound('session');
    return [day, ...rows.filter((r) => r.id !== id)];
  }

  async getDto(viewer: Viewer, id: string, manager?: EntityManager): Promise<SessionDto> {
    return toSession(await this.get(viewer, id, manager));
  }

  /** Several sessions by id, as the viewer sees them (after a series is created). */
  async byIds(viewer: Viewer, ids: string[], manager: EntityManager): Promise<SessionDto[]> {
    if (ids.length === 0) return [];
    const readable = sessionReadable(viewer);
    const rows = await this.select(
      manager,
      `s.id IN (:...ids) AND ${readable.sql}`,
      { ...readable.params, ids },
      { manage: sessionManageable(viewer) },
    );
    return rows.map(toSession);
  }

  /** The query behind every read: `where` on `s` with named parameters. */
  async select(
    manager: EntityManager,
    where: string,
    params: Record<string, unknown>,
    options: SelectOptions,
  ): Promise<SessionRow[]> {
    const detail = options.detail
      ? `, 'abstract', i.abstract, 'bio', sp.bio, 'photoUrl', sp.photo_url, 'websiteUrl', sp.website_url`
      : '';
    const sql = `
      SELECT s.id, s.title, s.description, s.kind, s.starts_at, s.ends_at, s.online_url, s.materials,
             s.status, s.cancelled_at, s.cancellation_reason, s.sequence, s.series_id,
             s.created_at, s.updated_at,
             s.cohort_id, co.name AS cohort_name,
             p.id AS programme_id, p.code AS programme_code, p.title AS programme_title, p.time_zone,
             s.module_id, m.code AS module_code, m.title AS module_title,
             r.id AS room_id, r.name AS room_name, r.address AS room_address, r.capacity AS room_capacity,
             (s.parent_id IS NOT NULL AND s.room_id IS NULL AND r.id IS NOT NULL) AS room_from_day,
             s.parent_id, ps.title AS parent_title, ps.starts_at AS parent_starts_at,
             ps.ends_at AS parent_ends_at,
             acc.can_manage,
             COALESCE((
               SELECT json_agg(json_build_object(
                        'id', c.id, 'title', c.title, 'kind', c.kind, 'startsAt', c.starts_at,
                        'endsAt', c.ends_at, 'status', c.status, 'roomName', cr.name,
                        'speakers', COALESCE((
                          SELECT json_agg(csp.full_name ORDER BY csp.full_name)
                            FROM invitations ci JOIN speakers csp ON csp.id = ci.speaker_id
                           WHERE ci.session_id = c.id AND ci.status IN ('confirmed', 'held')), '[]'::json))
                        ORDER BY c.starts_at, c.id)
                 FROM sessions c LEFT JOIN rooms cr ON cr.id = c.room_id
                WHERE c.parent_id = s.id), '[]'::json) AS slots,
             COALESCE((
               SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
                               ORDER BY u.display_name, u.id)
                 FROM session_instructors si JOIN users u ON u.id = si.instructor_id
                WHERE si.session_id = s.id), '[]'::json) AS instructors,
             COALESCE((
               SELECT json_agg(json_build_object(
                        'invitationId', i.id, 'speakerId', sp.id, 'fullName', sp.full_name,
                        'organisation', COALESCE(po.name, sp.organisation_name),
                        'jobTitle', sp.job_title, 'talkTitle', i.talk_title, 'status', i.status
                        ${detail}) ORDER BY sp.full_name, i.id)
                 FROM invitations i
                 JOIN speakers sp ON sp.id = i.speaker_id
                 LEFT JOIN partner_organisations po ON po.id = sp.organisation_id
                WHERE i.session_id = s.id
                  AND (i.status IN ('confirmed', 'held')
                       OR (acc.can_manage AND i.status IN ('draft', 'invited')))), '[]'::json) AS speakers
             ${options.feedInvitationSql ? `, (${options.feedInvitationSql}) AS feed_invitation_status` : ''}
        FROM sessions s
        JOIN cohorts co ON co.id = s.cohort_id
        JOIN programmes p ON p.id = co.programme_id
        LEFT JOIN course_modules m ON m.id = s.module_id
        LEFT JOIN sessions ps ON ps.id = s.parent_id
        LEFT JOIN rooms r ON r.id = COALESCE(s.room_id, ps.room_id)
        CROSS JOIN LATERAL (SELECT (${options.manage.sql}) AS can_manage) acc
       WHERE ${where}
       ${options.orderAndLimit ?? 'ORDER BY s.starts_at, s.id LIMIT 2000'}`;
    return preparedNamedQuery<SessionRow>(manager, sql, { ...options.manage.params, ...params });
  }
}
