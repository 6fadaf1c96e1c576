import type { EntityManager } from 'typeorm';
import { randomToken, sha256 } from './secrets';

export interface BulkLinkOptions {
  ttlSeconds: number;
  urlFor(token: string): string;
}

/**
 * Issues one set-password link per user in two statements, whatever their number (a CSV
 * import of thousands of students): earlier unused links stop working, as with
 * PasswordLinksService.issue. Returns the link of each user id.
 */
export async function issuePasswordLinks(
  manager: EntityManager,
  userIds: string[],
  options: BulkLinkOptions,
): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  if (!userIds.length) return links;
  const tokens = userIds.map(() => randomToken());
  await manager.query(
    `UPDATE password_tokens SET used_at = now() WHERE user_id = ANY($1::uuid[]) AND used_at IS NULL`,
    [userIds],
  );
  await manager.query(
    `INSERT INTO password_tokens (user_id, token_hash, expires_at)
     SELECT t.user_id, t.token_hash, $3::timestamptz FROM unnest($1::uuid[], $2::text[]) AS t(user_id, token_hash)`,
    [userIds, tokens.map(sha256), new Date(Date.now() + options.ttlSeconds * 1000)],
  );
  userIds.forEach((id, i) => links.set(id, options.urlFor(tokens[i])));
  return links;
}
