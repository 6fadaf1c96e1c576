import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuthSessionEntity } from './auth-session.entity';
import type { AuthUser } from './auth.decorators';
import { randomToken, sha256 } from './secrets';

/** Refresh `last_seen_at` at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Opens a session; returns the cookie token (only its hash is stored) and the CSRF token. */
  async open(userId: string, ip: string | null, userAgent: string | null) {
    const token = randomToken();
    const csrfToken = randomToken();
    const expiresAt = new Date(Date.now() + this.config.SESSION_TTL_SECONDS * 1000);
    const session = await this.db.getRepository(AuthSessionEntity).save({
      userId,
      tokenHash: sha256(token),
      csrfToken,
      expiresAt,
      ip,
      userAgent: userAgent?.slice(0, 400) ?? null,
    });
    return { token, csrfToken, sessionId: session.id };
  }

  /** The user behind a cookie token, if the session is live and the account active. One query. */
  async resolve(token: string): Promise<AuthUser | null> {
    const row = await this.db
      .createQueryBuilder()
      .select([
        's.id AS session_id',
        's.csrf_token AS csrf_token',
        's.last_seen_at AS last_seen_at',
        'u.id AS id',
        'u.email AS email',
        'u.display_name AS display_name',
        'u.role AS role',
        'u.preferred_language AS preferred_language',
      ])
      .from('auth_sessions', 's')
      .innerJoin('users', 'u', 'u.id = s.user_id')
      .where('s.token_hash = :hash', { hash: sha256(token) })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > now()')
      .andWhere('u.active')
      .getRawOne<Record<string, string & Date>>();
    if (!row) return null;
    if (Date.now() - new Date(row['last_seen_at']).getTime() > TOUCH_EVERY_MS) {
      await this.db
        .getRepository(AuthSessionEntity)
        .update(row['session_id'], { lastSeenAt: new Date() });
    }
    return {
      id: row['id'],
      email: row['email'],
      displayName: row['display_name'],
      role: row['role'] as AuthUser['role'],
      preferredLanguage: row['preferred_language'] as AuthUser['preferredLanguage'],
      sessionId: row['session_id'],
      csrfToken: row['csrf_token'],
    };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.db
      .getRepository(AuthSessionEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('id = :sessionId AND revoked_at IS NULL', { sessionId })
      .execute();
  }

  /** Revokes every live session of a user; returns how many. */
  async revokeAllOf(userId: string): Promise<number> {
    const result = await this.db
      .getRepository(AuthSessionEntity)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL AND expires_at > now()', { userId })
      .execute();
    return result.affected ?? 0;
  }
}
