import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  calendarFeedMayFollowSpeakers,
  calendarFeedOwned,
  calendarFeedSessions,
  cohortReadable,
  NEVER,
  type Viewer,
} from '../common/access';
import { badRequest, forbidden, notFound, ProblemException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import type { Language, Role } from '../common/role';
import { type SessionRow, SessionReadsService, buildIcs, type IcsSession } from '../scheduling';
import { type SignedLinkPurpose, signLink, verifyLink } from '../common/signed-links/signed-link';
import { namedQuery } from '../common/sql';
import { CalendarFeedEntity } from './calendar-feed.entity';
import type { CalendarFeedDto, CreateCalendarFeedDto } from './dto/calendar-feeds.dto';

const PURPOSE: SignedLinkPurpose = 'calendar-feed';

interface FeedRow {
  id: string;
  scope: 'user' | 'cohort' | 'speaker';
  owner_id: string;
  owner_role: Role;
  owner_language: Language;
  owner_active: boolean;
  owner_name: string;
  cohort_id: string | null;
  cohort_name: string | null;
  speaker_id: string | null;
  speaker_name: string | null;
  created_at: Date;
  last_fetched_at: Date | null;
  revoked_at: Date | null;
}

const FEED_SELECT = `
  SELECT f.id, f.scope, f.owner_id, u.role AS owner_role, u.preferred_language AS owner_language,
         u.active AS owner_active, u.display_name AS owner_name,
         f.cohort_id, co.name AS cohort_name, f.speaker_id, sp.full_name AS speaker_name,
         f.created_at, f.last_fetched_at, f.revoked_at
    FROM calendar_feeds f
    JOIN users u ON u.id = f.owner_id
    LEFT JOIN cohorts co ON co.id = f.cohort_id
    LEFT JOIN speakers sp ON sp.id = f.speaker_id`;

const feedGone = () =>
  new ProblemException(
    HttpStatus.NOT_FOUND,
    'calendar_feed.not_found',
    'No such calendar: the address is wrong or was revoked.',
  );

/** Sessions of the last 400 days and all to come. */
const WINDOW = `s.ends_at > now() - interval '400 days'`;

export function toIcsSession(r: SessionRow, cancelled = r.status === 'cancelled'): IcsSession {
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    kind: r.kind,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    timeZone: r.time_zone,
    cancelled,
    // The session's reason, not a speaker's withdrawal (which has none to tell the cohort).
    cancellationReason: r.status === 'cancelled' ? r.cancellation_reason : null,
    sequence: r.sequence + (cancelled && r.status !== 'cancelled' ? 1 : 0),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    cohortName: r.cohort_name,
    moduleTitle: r.module_title,
    roomName: r.room_name,
    roomAddress: r.room_address,
    onlineUrl: r.online_url,
    instructors: r.instructors.map((i) => i.displayName),
    speakers: r.speakers.map((s) => (s.talkTitle ? `${s.fullName} (${s.talkTitle})` : s.fullName)),
    materials: r.materials,
    parent:
      r.parent_id && r.parent_title !== null ? { id: r.parent_id, title: r.parent_title } : null,
    agenda: r.slots.map((x) => ({
      title: x.title,
      kind: x.kind,
      startsAt: new Date(x.startsAt),
      endsAt: new Date(x.endsAt),
      cancelled: x.status === 'cancelled',
      speakers: x.speakers,
    })),
  };
}

/**
 * Private iCalendar subscriptions (RFC 5545) that Google Calendar, Outlook and Apple Calendar
 * poll: the URL carries a signed token, the feed is revocable, and what it shows is decided at
 * every fetch (a withdrawn student or a revoked feed gets nothing).
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reads: SessionReadsService,
  ) {}

  async create(viewer: Viewer, dto: CreateCalendarFeedDto): Promise<CalendarFeedDto> {
    const scope = dto.scope === 'me' ? 'user' : dto.scope;
    if (scope === 'cohort') {
      if (!dto.cohortId) throw this.missing('cohortId');
      const readable = cohortReadable(viewer, 'c.id');
      const [visible] = await namedQuery(
        this.db.manager,
        `SELECT 1 FROM cohorts c WHERE c.id = :cohortId AND ${readable.sql}`,
        { ...readable.params, cohortId: dto.cohortId },
      );
      if (!visible) throw notFound('cohort');
    }
    if (scope === 'speaker') {
      if (!calendarFeedMayFollowSpeakers(viewer))
        throw forbidden('Only planners subscribe to a speaker’s talks.');
      if (!dto.speakerId) throw this.missing('speakerId');
      const [speaker] = await this.db.query(`SELECT 1 FROM speakers WHERE id = $1`, [
        dto.speakerId,
      ]);
      if (!speaker) throw notFound('speaker');
    }
    const saved = await this.db.getRepository(CalendarFeedEntity).save({
      scope,
      ownerId: viewer.id,
      cohortId: scope === 'cohort' ? (dto.cohortId ?? null) : null,
      speakerId: scope === 'speaker' ? (dto.speakerId ?? null) : null,
    });
    return this.get(viewer, saved.id);
  }

  async list(viewer: Viewer): Promise<CalendarFeedDto[]> {
    const owned = calendarFeedOwned(viewer);
    const rows = await namedQuery<FeedRow>(
      this.db.manager,
      `${FEED_SELECT} WHERE ${owned.sql} AND f.revoked_at IS NULL ORDER BY f.created_at`,
      owned.params,
    );
    return rows.map((r) => this.toDto(r));
  }

  async revoke(viewer: Viewer, id: string): Promise<void> {
    const owned = calendarFeedOwned(viewer, 'calendar_feeds');
    const result = await this.db
      .getRepository(CalendarFeedEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where(`id = :id AND ${owned.sql} AND revoked_at IS NULL`, { ...owned.params, id })
      .execute();
    if (!result.affected) throw notFound('calendar_feed');
  }

  /** The feed named by `<token>.ics`: 404 for a forged, unknown or revoked one. */
  async render(file: string): Promise<string> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const check = verifyLink(this.config.APP_SECRET, PURPOSE, token);
    if (!check.ok) throw feedGone();
    const { id } = check;
    const [feed] = await namedQuery<FeedRow>(
      this.db.manager,
      `${FEED_SELECT} WHERE f.id = :id AND f.revoked_at IS NULL`,
      { id },
    );
    if (!feed || !feed.owner_active) throw feedGone();
    const owner: Viewer = { id: feed.owner_id, role: feed.owner_role };
    if (feed.scope === 'speaker' && !calendarFeedMayFollowSpeakers(owner)) throw feedGone();
    const shown = calendarFeedSessions(owner, feed.scope);
    const params: Record<string, unknown> = { ...shown.params };
    let where = shown.sql;
    let name: string;
    let speakerStatus: string | undefined;
    if (feed.scope === 'user') {
      name = `Clique — ${feed.owner_name}`;
    } else if (feed.scope === 'cohort') {
      where = `s.cohort_id = :cohortId AND ${where}`;
      params['cohortId'] = feed.cohort_id;
      name = `Clique — ${feed.cohort_name ?? ''}`;
    } else {
      speakerStatus = `SELECT f_i.status FROM invitations f_i WHERE f_i.session_id = s.id AND f_i.speaker_id = :speakerId
                       AND f_i.status IN ('invited', 'confirmed', 'held', 'cancelled') ORDER BY f_i.created_at DESC LIMIT 1`;
      where = `EXISTS (${speakerStatus}) AND ${where}`;
      params['speakerId'] = feed.speaker_id;
      name = `Clique — ${feed.speaker_name ?? ''}`;
    }
    const rows = await this.reads.select(this.db.manager, `${where} AND ${WINDOW}`, params, {
      manage: NEVER,
      feedInvitationSql: speakerStatus,
    });
    await this.db.query(`UPDATE calendar_feeds SET last_fetched_at = now() WHERE id = $1`, [id]);
    return buildIcs(
      name,
      rows.map((r) =>
        toIcsSession(
          r,
          r.status === 'cancelled' ||
            (speakerStatus !== undefined && r.feed_invitation_status === 'cancelled'),
        ),
      ),
      feed.owner_language,
    );
  }

  private async get(viewer: Viewer, id: string): Promise<CalendarFeedDto> {
    const owned = calendarFeedOwned(viewer);
    const [row] = await namedQuery<FeedRow>(
      this.db.manager,
      `${FEED_SELECT} WHERE f.id = :id AND ${owned.sql}`,
      { ...owned.params, id },
    );
    if (!row) throw notFound('calendar_feed');
    return this.toDto(row);
  }

  private toDto(r: FeedRow): CalendarFeedDto {
    const url = new URL(
      `/api/calendar/${signLink(this.config.APP_SECRET, PURPOSE, r.id)}.ics`,
      this.config.PUBLIC_URL,
    ).toString();
    return {
      id: r.id,
      scope: r.scope,
      cohort: r.cohort_id ? { id: r.cohort_id, name: r.cohort_name ?? '' } : null,
      speaker: r.speaker_id ? { id: r.speaker_id, name: r.speaker_name ?? '' } : null,
      url,
      webcalUrl: url.replace(/^https?:/, 'webcal:'),
      createdAt: r.created_at.toISOString(),
      lastFetchedAt: r.last_fetched_at?.toISOString() ?? null,
    };
  }

  private missing(field: string) {
    return badRequest('validation', `${field} is required for this scope.`, [
      { field, code: 'isDefined', message: `${field} is required for this scope` },
    ]);
  }
}
