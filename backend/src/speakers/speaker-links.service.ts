import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem';
import type { Language } from '../common/role';
import type { SpeakerProfileDto } from './dto/speakers.dto';
import type { SpeakerAnswerDto, SpeakerInvitationViewDto } from './dto/invitations.dto';
import { recordEvent } from './invitation-events';
import { InvitationLinkEntity } from './invitation-link.entity';
import { InvitationLinksService, type ResolvedLink } from './invitation-links.service';
import { canMove, nextStatuses } from './invitation-state';
import type { InvitationStatus } from './invitation-status';
import { illegalTransition, moveInvitation } from './invitations.service';
import { SpeakerEntity } from './speaker.entity';
import { SpeakerMailService } from './speaker-mail.service';
import { loadTalk, type TalkRow, talkContact, talkIcs } from './talk-row';

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
    private readonly speakerMail: SpeakerMailService,
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
      await this.speakerMail.answered(m, row.invitation_id, link.id);
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
    return talkIcs(r, language);
  }

  private async row(m: EntityManager, invitationId: string, lock = false): Promise<TalkRow> {
    const row = await loadTalk(m, invitationId, lock);
    if (!row) throw new ProblemException(HttpStatus.FORBIDDEN, 'invitation.link_invalid');
    return row;
  }

  private toView(r: TalkRow, link: ResolvedLink): SpeakerInvitationViewDto {
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
        cancellationReason: r.session_status === 'cancelled' ? r.cancellation_reason : null,
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
      practical: {
        accessInfo: r.access_info,
        equipment: r.equipment,
        contact: talkContact(r),
      },
      expiresAt: link.validUntil.toISOString(),
      usedAt: link.usedAt?.toISOString() ?? null,
      canAnswer: !link.usedAt && r.status === 'invited' && r.session_status !== 'cancelled',
    };
  }
}
