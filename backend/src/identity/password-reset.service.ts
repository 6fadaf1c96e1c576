import { HttpStatus, Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem';
import type { Language } from '../common/role';
import { APP_CONFIG, AppConfig } from '../config/config';
import { JobsService } from '../jobs';
import { MailService } from '../mail';
import { accountMailThrottle } from './account-mail-throttle';
import { ACCOUNT_MAIL, passwordResetMail } from './account-mail.templates';
import { PasswordLinksService } from './password-links.service';

export const PASSWORD_RESET_QUEUE = 'account.password-reset';

/**
 * Forgot password. The request does the same work whatever the address (records it, counts
 * it, queues a job), so its answer and its time say nothing about whether an account exists;
 * the job looks the account up and mails an active one a one-time, expiring reset link.
 * Throttled in PostgreSQL: per IP (429) and per address (past the limit, silently no mail).
 */
@Injectable()
export class PasswordResetService implements OnModuleInit {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    private readonly links: PasswordLinksService,
  ) {}

  onModuleInit(): void {
    this.jobs.work(PASSWORD_RESET_QUEUE, (data: { requestId: string }) =>
      this.handle(String(data.requestId)),
    );
  }

  async request(emailAsTyped: string, ip: string): Promise<void> {
    const email = emailAsTyped.trim().toLowerCase();
    const window = this.config.ACCOUNT_MAIL_WINDOW_SECONDS;
    await this.db.transaction(async (manager) => {
      await accountMailThrottle.lockAddress(manager, email);
      const counts = await accountMailThrottle.counts(manager, 'password_reset', email, ip, window);
      if (counts.byIp >= this.config.ACCOUNT_MAIL_MAX_PER_IP) {
        const retryAfterSeconds = Math.max(1, counts.ipWait ?? window);
        throw new ProblemException(
          HttpStatus.TOO_MANY_REQUESTS,
          'auth.mail_throttled',
          `Too many requests from this address. Try again in ${retryAfterSeconds} seconds.`,
          { retryAfterSeconds },
          { 'retry-after': String(retryAfterSeconds) },
        );
      }
      const mailed = counts.byEmail < this.config.ACCOUNT_MAIL_MAX_PER_ADDRESS;
      const requestId = await accountMailThrottle.record(
        manager,
        'password_reset',
        email,
        ip,
        !mailed,
      );
      if (mailed) await this.jobs.send(manager, PASSWORD_RESET_QUEUE, { requestId });
    });
  }

  /** The job: an active account of that address gets its link; anything else, nothing. Once. */
  async handle(requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [request] = await manager.query<{ email: string }[]>(
        `WITH handled AS (
           UPDATE account_mail_requests SET handled_at = now()
            WHERE id = $1 AND handled_at IS NULL RETURNING email
         ) SELECT email FROM handled`,
        [requestId],
      );
      if (!request) return;
      const [user] = await manager.query<
        { id: string; email: string; display_name: string; preferred_language: Language }[]
      >(
        `SELECT id, email, display_name, preferred_language FROM users
          WHERE lower(email) = $1 AND active`,
        [request.email],
      );
      if (!user) return;
      const url = await this.links.issue(user, manager, 'reset');
      await this.mail.enqueue(manager, {
        to: user.email,
        toName: user.display_name,
        lang: user.preferred_language,
        kind: ACCOUNT_MAIL.reset,
        content: passwordResetMail(user.preferred_language, {
          displayName: user.display_name,
          email: user.email,
          url,
          ttlSeconds: this.config.PASSWORD_RESET_TTL_SECONDS,
        }),
        idempotencyKey: `${ACCOUNT_MAIL.reset}:${requestId}`,
        userId: user.id,
      });
      this.logger.log({ userId: user.id }, 'Password reset link mailed');
    });
  }
}
