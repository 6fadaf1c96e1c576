import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem';
import type { Language } from '../common/role';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailService, type OutgoingMail } from '../mail';
import { accountMailThrottle } from './account-mail-throttle';
import { ACCOUNT_MAIL, invitationMail } from './account-mail.templates';
import { PasswordLinksService } from './password-links.service';
import { sha256 } from './secrets';

export interface InvitedUser {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: Language;
}

export interface InvitationContext {
  /** The programme the account is for (an import into a cohort), shown in the mail. */
  programmeName?: string | null;
  /** Paced by the mail worker (imports); default false. */
  bulk?: boolean;
}

export const mailThrottled = (retryAfterSeconds: number) =>
  new ProblemException(
    HttpStatus.TOO_MANY_REQUESTS,
    'auth.mail_throttled',
    `Too many mails asked for this address. Try again in ${retryAfterSeconds} seconds.`,
    { retryAfterSeconds },
    { 'retry-after': String(retryAfterSeconds) },
  );

/**
 * Mails the set-password link of new accounts (an admin's creation, an enrolment, a CSV
 * import), in the transaction that creates them: a rollback mails nothing. The link is also
 * returned, so the admin can still hand it over by other means.
 */
@Injectable()
export class AccountInvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly links: PasswordLinksService,
    private readonly mail: MailService,
  ) {}

  /** Invites one new account; returns its link. */
  async invite(
    manager: EntityManager,
    user: InvitedUser,
    context: InvitationContext = {},
  ): Promise<string> {
    const url = (await this.inviteMany(manager, [user], context)).get(user.id);
    if (!url) throw new Error(`No invitation link was issued for user ${user.id}`);
    return url;
  }

  /**
   * One link and one mail per user, in a fixed number of statements whatever their number;
   * earlier unused invitation links stop working. Returns user id → link.
   */
  async inviteMany(
    manager: EntityManager,
    users: InvitedUser[],
    context: InvitationContext = {},
  ): Promise<Map<string, string>> {
    const urls = new Map<string, string>();
    if (!users.length) return urls;
    const tokens = await this.links.issueTokens(
      manager,
      users.map((u) => u.id),
      'invitation',
    );
    const mails: OutgoingMail[] = users.map((u, i) => {
      const { token } = tokens[i];
      const url = this.links.urlFor(token, 'invitation');
      urls.set(u.id, url);
      return {
        to: u.email,
        toName: u.displayName,
        lang: u.preferredLanguage,
        kind: ACCOUNT_MAIL.invitation,
        content: invitationMail(u.preferredLanguage, {
          displayName: u.displayName,
          email: u.email,
          url,
          ttlSeconds: this.config.PASSWORD_LINK_TTL_SECONDS,
          programmeName: context.programmeName ?? null,
        }),
        // The token's hash: a new link is a new mail, a retry of the same one is not.
        idempotencyKey: `${ACCOUNT_MAIL.invitation}:${sha256(token).slice(0, 32)}`,
        userId: u.id,
        bulk: context.bulk ?? false,
      };
    });
    await this.mail.enqueueMany(manager, mails);
    return urls;
  }

  /**
   * An admin sends the invitation again: at most ACCOUNT_MAIL_MAX_PER_ADDRESS a window per
   * address (429 past it), so no one makes the product mail an address over and over.
   */
  async inviteAgain(manager: EntityManager, user: InvitedUser): Promise<string> {
    const email = user.email.toLowerCase();
    const window = this.config.ACCOUNT_MAIL_WINDOW_SECONDS;
    await accountMailThrottle.lockAddress(manager, email);
    const counts = await accountMailThrottle.counts(manager, 'invitation', email, null, window);
    if (counts.byEmail >= this.config.ACCOUNT_MAIL_MAX_PER_ADDRESS) {
      throw mailThrottled(Math.max(1, counts.emailWait ?? window));
    }
    await accountMailThrottle.record(manager, 'invitation', email, null, true);
    return this.invite(manager, user);
  }
}
