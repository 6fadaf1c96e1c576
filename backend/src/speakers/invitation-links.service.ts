import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { conflict, ProblemException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { type SignedLinkPurpose, signLink, verifyLink } from '../common/signed-links/signed-link';
import type { InvitationLinkDto } from './dto/invitations.dto';
import { recordEvent } from './invitation-events';
import { InvitationLinkEntity } from './invitation-link.entity';

const PURPOSE: SignedLinkPurpose = 'invitation-link';
/**
 * A link is issued to expire after this long, or at the session's end if sooner; whatever its
 * planned expiry, it keeps working until the talk is over (see `linkValidUntil`).
 */
export const LINK_MAX_DAYS = 60;

/**
 * Until when a link (not revoked) works: the later of its planned expiry and the end of its
 * session as the session stands now, so a talk far away, or moved later, never finds its
 * speaker with a dead link.
 */
export function linkValidUntil(expiresAt: Date, sessionEndsAt: Date): Date {
  return new Date(Math.max(expiresAt.getTime(), sessionEndsAt.getTime()));
}

/** The same rule in SQL, for link `l` of an invitation whose session is `s`. */
export const linkLiveSql = (l = 'l', s = 's') =>
  `${l}.revoked_at IS NULL AND GREATEST(${l}.expires_at, ${s}.ends_at) > now()`;

/** A link as a public call found it: the row, and until when it works. */
export type ResolvedLink = InvitationLinkEntity & { validUntil: Date };

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

  /**
   * The link row a token names with its session's end (one query), or 403 link_invalid when
   * forged, altered or unknown; 410 once revoked, or once both its planned expiry and the end
   * of its talk have passed.
   */
  async resolve(m: EntityManager, token: string, lock = false): Promise<ResolvedLink> {
    const check = verifyLink(this.config.APP_SECRET, PURPOSE, token);
    if (!check.ok) throw linkInvalid();
    const query = m
      .getRepository(InvitationLinkEntity)
      .createQueryBuilder('l')
      .innerJoin('invitations', 'i', 'i.id = l.invitation_id')
      .innerJoin('sessions', 's', 's.id = i.session_id')
      .addSelect('s.ends_at', 'session_ends_at')
      .where('l.id = :id', { id: check.id });
    if (lock) query.setLock('pessimistic_write', undefined, ['l']);
    const { entities, raw } = await query.getRawAndEntities<{ session_ends_at: Date }>();
    const [link] = entities;
    const sessionEndsAt = raw[0]?.session_ends_at;
    if (!link || !sessionEndsAt) throw linkInvalid();
    if (link.revokedAt) {
      throw new ProblemException(
        HttpStatus.GONE,
        'invitation.link_revoked',
        'This link was replaced by a newer one. Use the latest link you received.',
      );
    }
    const validUntil = linkValidUntil(link.expiresAt, new Date(sessionEndsAt));
    if (validUntil.getTime() <= Date.now()) {
      throw new ProblemException(
        HttpStatus.GONE,
        'invitation.link_expired',
        'This link has expired. Ask the organiser for a new one.',
        { expiredAt: validUntil.toISOString() },
      );
    }
    return Object.assign(link, { validUntil });
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

  /** The link as the instructor sees it; `sessionEndsAt` is its session's current end. */
  describe(link: InvitationLinkEntity, sessionEndsAt: Date): InvitationLinkDto {
    const validUntil = linkValidUntil(link.expiresAt, sessionEndsAt);
    const state = link.revokedAt
      ? 'revoked'
      : validUntil.getTime() <= Date.now()
        ? 'expired'
        : link.usedAt
          ? 'used'
          : 'active';
    return {
      url: this.url(link.id),
      expiresAt: validUntil.toISOString(),
      usedAt: link.usedAt?.toISOString() ?? null,
      lastOpenedAt: link.lastOpenedAt?.toISOString() ?? null,
      state,
    };
  }
}
