import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem';
import { APP_CONFIG, AppConfig } from '../config/config';
import { SignInFailureEntity } from './sign-in-failure.entity';

/**
 * Counts failed sign-ins per account (as typed, existing or not) and per IP over a sliding
 * window, in PostgreSQL so that every API instance sees the same counts.
 */
@Injectable()
export class SignInThrottleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Throws 429 with Retry-After when the account or the IP has failed too often. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const window = this.config.SIGN_IN_WINDOW_SECONDS;
    const [row] = (await this.db.query(
      `SELECT
         count(*) FILTER (WHERE email = $1)::int AS by_email,
         count(*) FILTER (WHERE ip = $2)::int AS by_ip,
         ceil(extract(epoch FROM min(created_at) FILTER (WHERE email = $1) + make_interval(secs => $3) - now()))::int AS email_wait,
         ceil(extract(epoch FROM min(created_at) FILTER (WHERE ip = $2) + make_interval(secs => $3) - now()))::int AS ip_wait
       FROM sign_in_failures
       WHERE created_at > now() - make_interval(secs => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, window],
    )) as { by_email: number; by_ip: number; email_wait: number | null; ip_wait: number | null }[];
    const waits: number[] = [];
    if (row.by_email >= this.config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT)
      waits.push(row.email_wait ?? window);
    if (row.by_ip >= this.config.SIGN_IN_MAX_FAILURES_PER_IP) waits.push(row.ip_wait ?? window);
    if (waits.length === 0) return;
    const retryAfterSeconds = Math.max(1, ...waits);
    throw new ProblemException(
      HttpStatus.TOO_MANY_REQUESTS,
      'auth.throttled',
      `Too many failed sign-ins. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
      { 'retry-after': String(retryAfterSeconds) },
    );
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.db.getRepository(SignInFailureEntity).insert({ email, ip });
  }

  /** A successful sign-in clears the account's count (not the IP's), and old rows go. */
  async clear(email: string): Promise<void> {
    await this.db.query(
      `DELETE FROM sign_in_failures WHERE email = $1 OR created_at < now() - interval '1 day'`,
      [email],
    );
  }
}
