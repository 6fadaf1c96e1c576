import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token of a mentor's link: `<link id>.<expiry, unix seconds>.<HMAC-SHA256>` signed with
 * APP_SECRET. A changed character breaks the signature; the expiry is inside what is signed.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const signature = (secret: string, linkId: string, expires: number) =>
  createHmac('sha256', secret)
    .update(`clique:project-mentor:${linkId}:${expires}`)
    .digest('base64url');

export function signMentorToken(secret: string, linkId: string, expiresAt: Date): string {
  const expires = Math.floor(expiresAt.getTime() / 1000);
  return `${linkId}.${expires}.${signature(secret, linkId, expires)}`;
}

export type MentorTokenCheck =
  { ok: true; linkId: string; expiresAt: Date } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyMentorToken(
  secret: string,
  token: string,
  now = new Date(),
): MentorTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'invalid' };
  const [linkId, expiresText, sent] = parts;
  if (!UUID.test(linkId) || !/^\d{1,12}$/.test(expiresText))
    return { ok: false, reason: 'invalid' };
  const expires = Number(expiresText);
  const expected = Buffer.from(signature(secret, linkId, expires));
  const given = Buffer.from(sent);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid' };
  }
  const expiresAt = new Date(expires * 1000);
  if (expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, linkId, expiresAt };
}
