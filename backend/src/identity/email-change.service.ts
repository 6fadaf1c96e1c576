import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { badRequest, conflict, ProblemException } from '../common/problem';
import type { Language } from '../common/role';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailService } from '../mail';
import { mailThrottled } from './account-invitations.service';
import { accountMailThrottle } from './account-mail-throttle';
import {
  ACCOUNT_MAIL,
  emailChangeConfirmMail,
  emailChangedNoticeMail,
} from './account-mail.templates';
import type { AuthUser } from './auth.decorators';
import type { EmailChangeStatusDto } from './dto/account-mail.dto';
import { EmailChangeEntity } from './email-change.entity';
import { randomToken, sha256, verifyPassword } from './secrets';
import { SignInThrottleService } from './sign-in-throttle.service';
import { UserEntity } from './user.entity';

const invalidLink = () =>
  new ProblemException(
    HttpStatus.GONE,
    'auth.email_change_invalid',
    'This confirmation link is invalid, already used or expired. Ask for the change again.',
  );

const emailTaken = (email: string) =>
  conflict('user.email_taken', `A user with the e-mail ${email} already exists.`);

/**
 * A user changes their own e-mail: the new address gets a confirmation link and the change
 * happens only when it is followed; the previous address then gets a notice. Asking needs the
 * current password (a session left open is not enough) and is throttled per account.
 */
@Injectable()
export class EmailChangeService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly signInThrottle: SignInThrottleService,
  ) {}

  async status(user: AuthUser): Promise<EmailChangeStatusDto> {
    const row = await this.db
      .getRepository(EmailChangeEntity)
      .createQueryBuilder('c')
      .where('c.user_id = :id AND c.used_at IS NULL AND c.expires_at > now()', { id: user.id })
      .orderBy('c.created_at', 'DESC')
      .getOne();
    return {
      email: user.email,
      pendingEmail: row?.newEmail ?? null,
      expiresAt: row?.expiresAt.toISOString() ?? null,
    };
  }

  async request(
    user: AuthUser,
    newEmailAsTyped: string,
    password: string,
    ip: string,
  ): Promise<EmailChangeStatusDto> {
    const newEmail = newEmailAsTyped.trim();
    const current = user.email.toLowerCase();
    if (newEmail.toLowerCase() === current) {
      throw badRequest('auth.email_unchanged', 'This is already your e-mail address.', [
        { field: 'email', code: 'unchanged', message: 'email is already the account’s address' },
      ]);
    }
    await this.signInThrottle.assertAllowed(current, ip);
    const row = await this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: user.id })
      .getOneOrFail();
    if (!(await verifyPassword(row.passwordHash, password))) {
      await this.signInThrottle.recordFailure(current, ip);
      throw badRequest('auth.wrong_password', 'The current password is wrong.', [
        { field: 'password', code: 'wrongPassword', message: 'password is not the current one' },
      ]);
    }
    await this.db.transaction(async (manager) => {
      const window = this.config.ACCOUNT_MAIL_WINDOW_SECONDS;
      await accountMailThrottle.lockAddress(manager, current);
      const counts = await accountMailThrottle.counts(
        manager,
        'email_change',
        current,
        null,
        window,
      );
      if (counts.byEmail >= this.config.ACCOUNT_MAIL_MAX_PER_ADDRESS) {
        throw mailThrottled(Math.max(1, counts.emailWait ?? window));
      }
      await this.assertFree(manager, newEmail);
      await accountMailThrottle.record(manager, 'email_change', current, ip, true);
      const repo = manager.getRepository(EmailChangeEntity);
      await repo
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('user_id = :id AND used_at IS NULL', { id: user.id })
        .execute();
      const token = randomToken();
      const ttl = this.config.EMAIL_CHANGE_TTL_SECONDS;
      const { identifiers } = await repo.insert({
        userId: user.id,
        newEmail,
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + ttl * 1000),
      });
      const url = new URL(
        `/confirm-email?token=${encodeURIComponent(token)}`,
        this.config.PUBLIC_URL,
      ).toString();
      await this.mail.enqueue(manager, {
        to: newEmail,
        toName: user.displayName,
        lang: user.preferredLanguage,
        kind: ACCOUNT_MAIL.emailConfirm,
        content: emailChangeConfirmMail(user.preferredLanguage, {
          displayName: user.displayName,
          oldEmail: user.email,
          newEmail,
          url,
          ttlSeconds: ttl,
        }),
        idempotencyKey: `${ACCOUNT_MAIL.emailConfirm}:${String(identifiers[0]['id'])}`,
        userId: user.id,
      });
    });
    return this.status(user);
  }

  /** Follows the link: the address changes once, the previous one gets a notice. */
  async confirm(token: string): Promise<{ email: string }> {
    return this.db.transaction(async (manager) => {
      const change = await manager
        .getRepository(EmailChangeEntity)
        .createQueryBuilder('c')
        .innerJoinAndSelect('c.user', 'u')
        .where('c.token_hash = :hash', { hash: sha256(token) })
        .andWhere('c.used_at IS NULL AND c.expires_at > now() AND u.active')
        .setLock('pessimistic_write', undefined, ['c'])
        .getOne();
      if (!change?.user) throw invalidLink();
      const used = await manager
        .getRepository(EmailChangeEntity)
        .createQueryBuilder()
        .update()
        .set({ usedAt: () => 'now()' })
        .where('user_id = :id AND used_at IS NULL', { id: change.userId })
        .execute();
      if (!used.affected) throw invalidLink();
      const user = change.user;
      try {
        await manager.getRepository(UserEntity).update(user.id, { email: change.newEmail });
      } catch (error) {
        if (pgError(error, UNIQUE_VIOLATION, 'uq_users_email')) throw emailTaken(change.newEmail);
        throw error;
      }
      const lang: Language = user.preferredLanguage;
      await this.mail.enqueue(manager, {
        to: user.email,
        toName: user.displayName,
        lang,
        kind: ACCOUNT_MAIL.emailNotice,
        content: emailChangedNoticeMail(lang, {
          displayName: user.displayName,
          oldEmail: user.email,
          newEmail: change.newEmail,
          signInUrl: new URL('/sign-in', this.config.PUBLIC_URL).toString(),
        }),
        idempotencyKey: `${ACCOUNT_MAIL.emailNotice}:${change.id}`,
        userId: user.id,
      });
      return { email: change.newEmail };
    });
  }

  private async assertFree(manager: EntityManager, email: string): Promise<void> {
    const [taken] = await manager.query<unknown[]>(
      `SELECT 1 FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    if (taken) throw emailTaken(email);
  }
}
