import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../common/prepared';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AuthSessionEntity } from './auth-session.entity';
import type { AuthUser } from './auth.decorators';
import { randomToken, sha256 } from './secrets';

export const SESSION_LOOKUP_SQL = `
  SELECT s.id AS session_id, s.csrf_token, s.last_seen_at,
         u.id, u.email, u.display_name, u.role, u.preferred_language
    FROM auth_sessions s
    JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`;

interface SessionLookupRow {
  session_id: string;
  csrf_token: string;
  last_seen_at: Date;
  id: string;
  email: string;
  display_name: string;
  role: AuthUser['role'];
  preferred_language: AuthUser['preferredLanguage'];
}

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

  /**
   * The user behind a cookie token, if the session is live and the account active. One query,
   * run on every request: written as SQL (no query builder to assemble it each time) and a named
   * prepared statement (planned once per connection).
   */
  async resolve(token: string): Promise<AuthUser | null> {
    const [row] = await preparedQuery<SessionLookupRow>(this.db.manager, SESSION_LOOKUP_SQL, [
      sha256(token),
    ]);
    if (!row) return null;
    if (Date.now() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      await this.db
        .getRepository(AuthSessionEntity)
        .update(row.session_id, { lastSeenAt: new Date() });
    }
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      preferredLanguage: row.preferred_language,
      sessionId: row.session_id,
      csrfToken: row.csrf_token,
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
