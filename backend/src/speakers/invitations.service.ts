import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  collated,
  type Page,
  pageOfSql,
  pageOrder,
  type SortColumns,
  toPage,
} from '../common/paging';
import { matchesAny, searchParams } from '../common/search';
import { conflict, notFound, ProblemException } from '../common/problem';
import { sessionManageable, type Viewer } from '../common/access';
import { findConflicts, mappingConflicts, sessionConflict } from '../scheduling';
import { namedQuery } from '../common/sql';
import type {
  CreateInvitationDto,
  INVITATION_SORTS,
  InvitationDetailDto,
  InvitationDto,
  InvitationQueryDto,
  InvitationTextsDto,
  TransitionDto,
} from './dto/invitations.dto';
import { type Actor, recordEvent } from './invitation-events';
import { InvitationLinkEntity } from './invitation-link.entity';
import { InvitationLinksService } from './invitation-links.service';
import {
  allowedForUser,
  INVITATION_SELECT,
  type InvitationRow,
  invitationEvents,
  toInvitation,
} from './invitation-reads';
import { canMove, nextStatuses } from './invitation-state';
import type { InvitationStatus } from './invitation-status';
import { InvitationEntity } from './invitation.entity';
import { SpeakerMailService } from './speaker-mail.service';

const SORTS: SortColumns<(typeof INVITATION_SORTS)[number]> = {
  startsAt: 's.starts_at',
  speaker: collated('sp.full_name'),
  talkTitle: collated('i.talk_title'),
  status: 'i.status',
};

export function illegalTransition(from: InvitationStatus, to: InvitationStatus, allowed: string[]) {
  return new ProblemException(
    HttpStatus.CONFLICT,
    'invitation.illegal_transition',
    `An invitation that is ${from} cannot become ${to}.`,
    { from, to, allowed },
  );
}

/**
 * Moves an invitation from `from` to `to` if nobody moved it meanwhile, and dates the step.
 * An answer (confirmed, declined) also sets responded_at and, from the speaker, their note.
 */
export async function moveInvitation(
  m: EntityManager,
  id: string,
  from: InvitationStatus,
  to: InvitationStatus,
  actor: Actor,
  note: string | null = null,
): Promise<void> {
  if (!canMove(from, to, actor.kind)) {
    throw illegalTransition(from, to, nextStatuses(from, actor.kind));
  }
  const answer = to === 'confirmed' || to === 'declined';
  const rows: unknown[] = await m.query(
    `UPDATE invitations SET status = $3, updated_at = now(),
            responded_at = CASE WHEN $4 THEN now() ELSE responded_at END,
            speaker_note = CASE WHEN $5 THEN $6 ELSE speaker_note END
      WHERE id = $1 AND status = $2 RETURNING id`,
    [id, from, to, answer, actor.kind === 'speaker', note],
  );
  if (rows.length === 0) throw conflict('invitation.changed', 'The invitation changed meanwhile.');
  await recordEvent(m, id, 'status_changed', actor, { from, to, note });
}

/** Invitations of speakers to sessions of the cohorts the caller plans. */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: InvitationLinksService,
    private readonly speakerMail: SpeakerMailService,
  ) {}

  async create(
    viewer: Viewer,
    sessionId: string,
    dto: CreateInvitationDto,
  ): Promise<InvitationDetailDto> {
    const [session] = await namedQuery<{
      cohort_id: string;
      kind: string;
      status: string;
      starts_at: Date;
      ends_at: Date;
    }>(
      this.db.manager,
      `SELECT s.cohort_id, s.kind, s.status, s.starts_at, s.ends_at FROM sessions s
        WHERE s.id = :sessionId AND ${sessionManageable(viewer).sql}`,
      { ...sessionManageable(viewer).params, sessionId },
    );
    if (!session) throw notFound('session');
    if (session.kind !== 'guest_talk') {
      throw conflict('invitation.not_a_guest_talk', 'Speakers are invited to guest-talk sessions.');
    }
    if (session.status === 'cancelled') {
      throw conflict('invitation.session_cancelled', 'This session is cancelled.');
    }
    const booking = {
      slots: [{ startsAt: session.starts_at, endsAt: session.ends_at }],
      cohortId: null,
      roomId: null,
      instructorIds: [],
      speakerIds: [dto.speakerId],
      excludeSessionIds: [],
    };
    const id = await mappingConflicts(
      this.db.manager,
      () => booking,
      () =>
        this.db.transaction(async (m) => {
          const [speaker] = await m.query(
            `SELECT id FROM speakers WHERE id = $1 AND archived_at IS NULL`,
            [dto.speakerId],
          );
          if (!speaker) throw notFound('speaker');
          const clashes = await findConflicts(m, booking);
          if (clashes.some((c) => c.clash === 'speaker' && c.session.id === sessionId)) {
            throw conflict(
              'invitation.duplicate',
              'This speaker is already invited to this session.',
            );
          }
          if (clashes.length) throw sessionConflict(clashes);
          const { identifiers } = await m.getRepository(InvitationEntity).insert({
            sessionId,
            speakerId: dto.speakerId,
            talkTitle: dto.talkTitle ?? '',
            abstract: dto.abstract ?? '',
            messageToSpeaker: dto.messageToSpeaker ?? '',
            accessInfo: dto.accessInfo ?? '',
            equipment: dto.equipment ?? '',
            contactName: dto.contactName ?? null,
            contactEmail: dto.contactEmail ?? null,
            contactPhone: dto.contactPhone ?? null,
            ...(dto.reminderDays !== undefined ? { reminderDays: dto.reminderDays } : {}),
            createdById: viewer.id,
          } as Partial<InvitationEntity>);
          const newId = String(identifiers[0]?.['id']);
          await recordEvent(m, newId, 'created', { kind: 'user', id: viewer.id });
          return newId;
        }),
    );
    return this.get(viewer, id);
  }

  async list(viewer: Viewer, query: InvitationQueryDto): Promise<Page<InvitationDto>> {
    const manageable = sessionManageable(viewer);
    const where = [manageable.sql];
    const params: Record<string, unknown> = { ...manageable.params };
    const filters: [keyof InvitationQueryDto, string][] = [
      ['status', 'i.status = :status'],
      ['speakerId', 'i.speaker_id = :speakerId'],
      ['cohortId', 's.cohort_id = :cohortId'],
      ['sessionId', 'i.session_id = :sessionId'],
    ];
    for (const [key, sql] of filters) {
      if (query[key] !== undefined) {
        where.push(sql);
        params[key] = query[key];
      }
    }
    if (query.upcoming) where.push('s.ends_at > now()');
    if (query.q) {
      where.push(matchesAny(['sp.full_name', 'i.talk_title', 's.title']));
      Object.assign(params, searchParams(query.q));
    }
    const { rows, total } = await pageOfSql<InvitationRow>(
      (sql) => namedQuery(this.db.manager, sql, params),
      `${INVITATION_SELECT} WHERE ${where.join(' AND ')}`,
      query,
      pageOrder(query.sort, SORTS, '-startsAt', 'i.id'),
    );
    return toPage(rows.map(toInvitation), total, query);
  }

  async get(
    viewer: Viewer,
    id: string,
    m: EntityManager = this.db.manager,
  ): Promise<InvitationDetailDto> {
    const row = await this.row(m, viewer, id);
    const link = await m
      .getRepository(InvitationLinkEntity)
      .findOne({ where: { invitationId: id }, order: { createdAt: 'DESC' } });
    return {
      ...toInvitation(row),
      events: await invitationEvents(m, id),
      link: link ? this.links.describe(link, row.ends_at) : null,
    };
  }

  async update(viewer: Viewer, id: string, dto: InvitationTextsDto): Promise<InvitationDetailDto> {
    await this.db.transaction(async (m) => {
      const row = await this.row(m, viewer, id, true);
      if (!['draft', 'invited', 'confirmed'].includes(row.status)) {
        throw conflict('invitation.closed', `An invitation that is ${row.status} cannot change.`);
      }
      await m.getRepository(InvitationEntity).update(id, { ...dto });
      await recordEvent(m, id, 'details_edited', { kind: 'user', id: viewer.id });
    });
    return this.get(viewer, id);
  }

  /** A move of the state machine by an instructor; sending issues the speaker's link. */
  async transition(viewer: Viewer, id: string, dto: TransitionDto): Promise<InvitationDetailDto> {
    await this.db.transaction(async (m) => {
      const row = await this.row(m, viewer, id, true);
      const actor: Actor = { kind: 'user', id: viewer.id };
      if (!canMove(row.status, dto.to, 'user')) {
        throw illegalTransition(row.status, dto.to, allowedForUser(row));
      }
      if (dto.to === 'held' && row.starts_at.getTime() > Date.now()) {
        throw conflict('invitation.not_started', 'A talk is held once its session has begun.', {
          startsAt: row.starts_at.toISOString(),
        });
      }
      if (['invited', 'confirmed'].includes(dto.to) && row.session_status === 'cancelled') {
        throw conflict('invitation.session_cancelled', 'This session is cancelled.');
      }
      await moveInvitation(m, id, row.status, dto.to, actor, dto.note ?? null);
      if (dto.to === 'invited') {
        const link = await this.links.issue(m, id, row.ends_at, viewer.id);
        await this.speakerMail.sendInvitation(m, id, link.id);
      }
      if (dto.to === 'confirmed') await this.speakerMail.confirmedByUser(m, id);
      if (dto.to === 'cancelled' && row.status !== 'draft')
        await this.speakerMail.cancelled(m, [id]);
    });
    return this.get(viewer, id);
  }

  /**
   * A new link for the speaker (the previous one stops working), mailed to them again unless
   * `mail` is false; the mails of one invitation are capped (429 `invitation.mail_limit`).
   */
  async newLink(viewer: Viewer, id: string, mail = true): Promise<InvitationDetailDto> {
    await this.db.transaction(async (m) => {
      const row = await this.row(m, viewer, id, true);
      if (row.status !== 'invited' && row.status !== 'confirmed') {
        throw conflict(
          'invitation.no_link',
          `An invitation that is ${row.status} has no link to send.`,
        );
      }
      const link = await this.links.issue(m, id, row.ends_at, viewer.id);
      if (mail) await this.speakerMail.sendInvitation(m, id, link.id);
    });
    return this.get(viewer, id);
  }

  /** Only a draft can be deleted; a sent invitation is cancelled, and stays in history. */
  async remove(viewer: Viewer, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const row = await this.row(m, viewer, id, true);
      if (row.status !== 'draft') {
        throw conflict('invitation.not_draft', 'Only a draft can be deleted: cancel it instead.');
      }
      await m.getRepository(InvitationEntity).delete(id);
    });
  }

  private async row(
    m: EntityManager,
    viewer: Viewer,
    id: string,
    lock = false,
  ): Promise<InvitationRow> {
    const [row] = await namedQuery<InvitationRow>(
      m,
      `${INVITATION_SELECT} WHERE i.id = :id AND ${sessionManageable(viewer).sql}
       ${lock ? 'FOR UPDATE OF i' : ''}`,
      { ...sessionManageable(viewer).params, id },
    );
    if (!row) throw notFound('invitation');
    return row;
  }
}
