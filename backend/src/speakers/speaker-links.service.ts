import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem';
import { buildIcs, type SessionKind } from '../scheduling';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import type { SpeakerProfileDto } from './dto/speakers.dto';
import type { SpeakerAnswerDto, SpeakerInvitationViewDto } from './dto/invitations.dto';
import { recordEvent } from './invitation-events';
import { InvitationLinkEntity } from './invitation-link.entity';
import { InvitationLinksService } from './invitation-links.service';
import { canMove, nextStatuses } from './invitation-state';
import type { InvitationStatus } from './invitation-status';
import { illegalTransition, moveInvitation } from './invitations.service';
import { SpeakerEntity } from './speaker.entity';

interface ViewRow {
  invitation_id: string;
  status: InvitationStatus;
  talk_title: string;
  abstract: string;
  message_to_speaker: string;
  speaker_note: string | null;
  responded_at: Date | null;
  invited_by: string | null;
  session_id: string;
  title: string;
  description: string;
  kind: SessionKind;
  starts_at: Date;
  ends_at: Date;
  session_status: string;
  sequence: number;
  created_at: Date;
  updated_at: Date;
  online_url: string | null;
  room_name: string | null;
  room_address: string | null;
  cohort_name: string;
  programme_title: string;
  time_zone: string;
  module_title: string | null;
  speaker_id: string;
  full_name: string;
  job_title: string | null;
  organisation: string | null;
  bio: string;
  website_url: string | null;
}

/**
 * What a speaker (no account) does through their link: see the invitation and the session,
 * confirm or decline it once, edit their profile, download the talk's .ics. A forged link is
 * 403 `invitation.link_invalid`; a replaced or expired one 410 `invitation.link_revoked` /
 * `invitation.link_expired`; answering again 410 `invitation.link_used`.
 */
@Injectable()
export class SpeakerLinksService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly links: InvitationLinksService,
  ) {}

  async view(token: string): Promise<SpeakerInvitationViewDto> {
    return this.db.transaction(async (m) => {
      const link = await this.links.resolve(m, token, true);
      if (!link.lastOpenedAt) {
        await recordEvent(m, link.invitationId, 'link_opened', { kind: 'speaker', id: null });
      }
      await m.getRepository(InvitationLinkEntity).update(link.id, { lastOpenedAt: new Date() });
      return this.toView(await this.row(m, link.invitationId), link);
    });
  }

  async answer(token: string, dto: SpeakerAnswerDto): Promise<SpeakerInvitationViewDto> {
    return this.db.transaction(async (m) => {
      const link = await this.links.resolve(m, token, true);
      const row = await this.row(m, link.invitationId, true);
      const to: InvitationStatus = dto.answer === 'confirm' ? 'confirmed' : 'declined';
      if (link.usedAt) {
        throw new ProblemException(
          HttpStatus.GONE,
          'invitation.link_used',
          `You already answered this invitation (${row.status}). Contact the organiser to change it.`,
          { usedAt: link.usedAt.toISOString(), invitationStatus: row.status },
        );
      }
      if (!canMove(row.status, to, 'speaker')) {
        throw illegalTransition(row.status, to, nextStatuses(row.status, 'speaker'));
      }
      await moveInvitation(
        m,
        row.invitation_id,
        row.status,
        to,
        { kind: 'speaker', id: null },
        dto.note ?? null,
      );
      const usedAt = new Date();
      await m.getRepository(InvitationLinkEntity).update(link.id, { usedAt });
      return this.toView(await this.row(m, link.invitationId), { ...link, usedAt });
    });
  }

  /** The speaker's own profile: job title, bio, website (not name or e-mail). */
  async editProfile(token: string, dto: SpeakerProfileDto): Promise<SpeakerInvitationViewDto> {
    return this.db.transaction(async (m) => {
      const link = await this.links.resolve(m, token);
      const row = await this.row(m, link.invitationId);
      const changes: Partial<SpeakerEntity> = {};
      if (dto.jobTitle !== undefined) changes.jobTitle = dto.jobTitle;
      if (dto.bio !== undefined) changes.bio = dto.bio;
      if (dto.websiteUrl !== undefined) changes.websiteUrl = dto.websiteUrl;
      if (Object.keys(changes).length) {
        await m.getRepository(SpeakerEntity).update(row.speaker_id, changes);
        await recordEvent(m, link.invitationId, 'speaker_profile_edited', {
          kind: 'speaker',
          id: null,
        });
      }
      return this.toView(await this.row(m, link.invitationId), link);
    });
  }

  /** The talk as an .ics file for the speaker's calendar. */
  async ics(token: string, language: Language): Promise<string> {
    const link = await this.links.resolve(this.db.manager, token);
    const r = await this.row(this.db.manager, link.invitationId);
    return buildIcs(
      r.talk_title || r.title,
      [
        {
          id: r.session_id,
          title: r.talk_title ? `${r.talk_title} — ${r.title}` : r.title,
          description: r.description,
          kind: r.kind,
          startsAt: r.starts_at,
          endsAt: r.ends_at,
          timeZone: r.time_zone,
          cancelled:
            r.session_status === 'cancelled' || r.status === 'cancelled' || r.status === 'declined',
          sequence: r.sequence,
          createdAt: r.created_at,
          updatedAt: r.updated_at,
          cohortName: r.cohort_name,
          moduleTitle: r.module_title,
          roomName: r.room_name,
          roomAddress: r.room_address,
          onlineUrl: r.online_url,
          instructors: [],
          speakers: [r.full_name],
          materials: [],
        },
      ],
      language,
    );
  }

  private async row(m: EntityManager, invitationId: string, lock = false): Promise<ViewRow> {
    const [row] = await namedQuery<ViewRow>(
      m,
      `SELECT i.id AS invitation_id, i.status, i.talk_title, i.abstract, i.message_to_speaker,
              i.speaker_note, i.responded_at, u.display_name AS invited_by,
              s.id AS session_id, s.title, s.description, s.kind, s.starts_at, s.ends_at,
              s.status AS session_status, s.sequence, s.created_at, s.updated_at, s.online_url,
              r.name AS room_name, r.address AS room_address, co.name AS cohort_name,
              p.title AS programme_title, p.time_zone, m.title AS module_title,
              sp.id AS speaker_id, sp.full_name, sp.job_title,
              COALESCE(po.name, sp.organisation_name) AS organisation, sp.bio, sp.website_url
         FROM invitations i
         JOIN sessions s ON s.id = i.session_id
         JOIN cohorts co ON co.id = s.cohort_id
         JOIN programmes p ON p.id = co.programme_id
         JOIN speakers sp ON sp.id = i.speaker_id
         LEFT JOIN partner_organisations po ON po.id = sp.organisation_id
         LEFT JOIN rooms r ON r.id = s.room_id
         LEFT JOIN course_modules m ON m.id = s.module_id
         LEFT JOIN users u ON u.id = i.created_by_id
        WHERE i.id = :invitationId ${lock ? 'FOR UPDATE OF i' : ''}`,
      { invitationId },
    );
    if (!row) throw new ProblemException(HttpStatus.FORBIDDEN, 'invitation.link_invalid');
    return row;
  }

  private toView(r: ViewRow, link: InvitationLinkEntity): SpeakerInvitationViewDto {
    return {
      status: r.status,
      talkTitle: r.talk_title,
      abstract: r.abstract,
      messageToSpeaker: r.message_to_speaker,
      speakerNote: r.speaker_note,
      respondedAt: r.responded_at?.toISOString() ?? null,
      invitedBy: r.invited_by,
      session: {
        title: r.title,
        kind: r.kind,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        timeZone: r.time_zone,
        cancelled: r.session_status === 'cancelled',
        roomName: r.room_name,
        roomAddress: r.room_address,
        onlineUrl: r.online_url,
        cohortName: r.cohort_name,
        programmeTitle: r.programme_title,
        moduleTitle: r.module_title,
      },
      speaker: {
        fullName: r.full_name,
        jobTitle: r.job_title,
        organisation: r.organisation,
        bio: r.bio,
        websiteUrl: r.website_url,
      },
      expiresAt: link.expiresAt.toISOString(),
      usedAt: link.usedAt?.toISOString() ?? null,
      canAnswer: !link.usedAt && r.status === 'invited' && r.session_status !== 'cancelled',
    };
  }
}
