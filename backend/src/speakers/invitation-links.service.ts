import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { conflict, ProblemException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { type SignedLinkPurpose, signLink, verifyLink } from '../common/signed-links/signed-link';
import type { InvitationLinkDto } from './dto/invitations.dto';
import { recordEvent } from './invitation-events';
import { InvitationLinkEntity } from './invitation-link.entity';

const PURPOSE: SignedLinkPurpose = 'invitation-link';
/** A link works at most this long, and never after the session's end. */
export const LINK_MAX_DAYS = 60;

export const linkInvalid = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'invitation.link_invalid',
    'This link is not valid. Check that it was copied whole, or ask the organiser for a new one.',
  );

/**
 * The speaker's links: issued when an invitation is sent (or on request, revoking the previous
 * one), shown to the instructor to send until e-mail exists, and checked on every public call.
 */
@Injectable()
export class InvitationLinksService {
  private readonly logger = new Logger(InvitationLinksService.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  url(linkId: string): string {
    const token = signLink(this.config.APP_SECRET, PURPOSE, linkId);
    return new URL(`/speaker/${token}`, this.config.PUBLIC_URL).toString();
  }

  /** The link row a token names, or 403 link_invalid when forged, altered or unknown. */
  async resolve(m: EntityManager, token: string, lock = false): Promise<InvitationLinkEntity> {
    const check = verifyLink(this.config.APP_SECRET, PURPOSE, token);
    if (!check.ok) throw linkInvalid();
    const { id } = check;
    const link = await m.getRepository(InvitationLinkEntity).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!link) throw linkInvalid();
    if (link.revokedAt) {
      throw new ProblemException(
        HttpStatus.GONE,
        'invitation.link_revoked',
        'This link was replaced by a newer one. Use the latest link you received.',
      );
    }
    if (link.expiresAt.getTime() <= Date.now()) {
      throw new ProblemException(
        HttpStatus.GONE,
        'invitation.link_expired',
        'This link has expired. Ask the organiser for a new one.',
        { expiredAt: link.expiresAt.toISOString() },
      );
    }
    return link;
  }

  /** Issues a new link for the invitation, revoking earlier ones. */
  async issue(
    m: EntityManager,
    invitationId: string,
    sessionEndsAt: Date,
    actorId: string,
  ): Promise<InvitationLinkEntity> {
    const now = Date.now();
    if (sessionEndsAt.getTime() <= now) {
      throw conflict('invitation.session_past', 'The session is over: no link can be sent.');
    }
    const expiresAt = new Date(Math.min(sessionEndsAt.getTime(), now + LINK_MAX_DAYS * 86_400_000));
    await m
      .getRepository(InvitationLinkEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('invitation_id = :invitationId AND revoked_at IS NULL', { invitationId })
      .execute();
    const link = await m
      .getRepository(InvitationLinkEntity)
      .save({ invitationId, expiresAt, createdById: actorId });
    await recordEvent(m, invitationId, 'link_issued', { kind: 'user', id: actorId });
    this.logger.log({ invitationId, url: this.url(link.id) }, 'Speaker invitation link issued');
    return link;
  }

  describe(link: InvitationLinkEntity): InvitationLinkDto {
    const state = link.revokedAt
      ? 'revoked'
      : link.expiresAt.getTime() <= Date.now()
        ? 'expired'
        : link.usedAt
          ? 'used'
          : 'active';
    return {
      url: this.url(link.id),
      expiresAt: link.expiresAt.toISOString(),
      usedAt: link.usedAt?.toISOString() ?? null,
      lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
      state,
    };
  }
}
