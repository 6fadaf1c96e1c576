import type { EntityManager } from 'typeorm';
import type { AccountMailKind } from './account-mail-request.entity';

export interface AccountMailCounts {
  byEmail: number;
  byIp: number;
  /** Seconds until the oldest counted request of the address (or IP) leaves the window. */
  emailWait: number | null;
  ipWait: number | null;
}

/**
 * Requests that make the product mail an address, counted in PostgreSQL (every instance sees
 * the same counts). The caller holds `lockAddress` for the rest of its transaction, so two
 * concurrent requests for one address cannot both slip under the limit.
 */
export const accountMailThrottle = {
  async lockAddress(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`account-mail:${email}`]);
  },

  async counts(
    manager: EntityManager,
    kind: AccountMailKind,
    email: string,
    ip: string | null,
    windowSeconds: number,
  ): Promise<AccountMailCounts> {
    const [row] = await manager.query<
      { by_email: number; by_ip: number; email_wait: number | null; ip_wait: number | null }[]
    >(
      `SELECT
         count(*) FILTER (WHERE email = $2)::int AS by_email,
         count(*) FILTER (WHERE ip = $3)::int AS by_ip,
         ceil(extract(epoch FROM min(created_at) FILTER (WHERE email = $2) + make_interval(secs => $4) - now()))::int AS email_wait,
         ceil(extract(epoch FROM min(created_at) FILTER (WHERE ip = $3) + make_interval(secs => $4) - now()))::int AS ip_wait
       FROM account_mail_requests
       WHERE kind = $1 AND created_at > now() - make_interval(secs => $4) AND (email = $2 OR ip = $3)`,
      [kind, email, ip, windowSeconds],
    );
    return {
      byEmail: row.by_email,
      byIp: row.by_ip,
      emailWait: row.email_wait,
      ipWait: row.ip_wait,
    };
  },

  /** Records one request; returns its id. Rows older than a day are swept on the way. */
  async record(
    manager: EntityManager,
    kind: AccountMailKind,
    email: string,
    ip: string | null,
    handled: boolean,
  ): Promise<string> {
    await manager.query(
      `DELETE FROM account_mail_requests WHERE created_at < now() - interval '1 day' AND handled_at IS NOT NULL`,
    );
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO account_mail_requests (kind, email, ip, handled_at)
       VALUES ($1, $2, $3, CASE WHEN $4::boolean THEN now() END) RETURNING id`,
      [kind, email, ip, handled],
    );
    return String(row.id);
  },
};
