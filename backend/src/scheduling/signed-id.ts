import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Tokens for links given to people or apps without a session (speakers' invitation links,
 * calendar subscriptions): a row's uuid and an HMAC-SHA256 of it, keyed by APP_SECRET and bound
 * to a purpose, URL-safe (65 characters). Nothing secret is stored, so the owner can be shown the
 * link again; the row says whether it still works (expiry, revocation, use).
 */
const ID_LENGTH = 22; // 16 bytes in base64url
const MAC_LENGTH = 43; // 32 bytes in base64url

function mac(secret: string, purpose: string, id: string): Buffer {
  return createHmac('sha256', secret).update(`clique:${purpose}:${id}`).digest();
}

export function signId(secret: string, purpose: string, id: string): string {
  const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  return bytes.toString('base64url') + mac(secret, purpose, id).toString('base64url');
}

/** The uuid a token names, or null when it is malformed or its signature does not match. */
export function verifySignedId(secret: string, purpose: string, token: string): string | null {
  if (token.length !== ID_LENGTH + MAC_LENGTH || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const hex = Buffer.from(token.slice(0, ID_LENGTH), 'base64url').toString('hex');
  if (hex.length !== 32) return null;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const sent = Buffer.from(token.slice(ID_LENGTH), 'base64url');
  const expected = mac(secret, purpose, id);
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? id : null;
}
