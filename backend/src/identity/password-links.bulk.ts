import type { EntityManager } from 'typeorm';
import type { PasswordTokenPurpose } from './password-token.entity';
import { randomToken, sha256 } from './secrets';

export interface IssuedToken {
  userId: string;
  token: string;
}

export interface BulkLinkOptions {
  ttlSeconds: number;
  purpose?: PasswordTokenPurpose;
}

/**
 * Issues one password token per user in two statements, whatever their number (a CSV import
 * of thousands of students): earlier unused tokens of the same purpose stop working, as with
 * PasswordLinksService.issue. Returns each user's token, in the order given (only its hash is
 * stored).
 */
export async function issuePasswordTokens(
  manager: EntityManager,
  userIds: string[],
  options: BulkLinkOptions,
): Promise<IssuedToken[]> {
  if (!userIds.length) return [];
  const purpose = options.purpose ?? 'invitation';
  const issued = userIds.map((userId) => ({ userId, token: randomToken() }));
  await manager.query(
    `UPDATE password_tokens SET used_at = now()
      WHERE user_id = ANY($1::uuid[]) AND used_at IS NULL AND purpose = $2`,
    [userIds, purpose],
  );
  await manager.query(
    `INSERT INTO password_tokens (user_id, token_hash, expires_at, purpose)
     SELECT t.user_id, t.token_hash, $3::timestamptz, $4
       FROM unnest($1::uuid[], $2::text[]) AS t(user_id, token_hash)`,
    [
      userIds,
      issued.map((t) => sha256(t.token)),
      new Date(Date.now() + options.ttlSeconds * 1000),
      purpose,
    ],
  );
  return issued;
}
