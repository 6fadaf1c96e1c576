import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one implementation of links given to people or apps without a session: a speaker's
 * invitation link, a calendar subscription, a partner mentor's project link.
 *
 * A token names a row by its uuid and carries an HMAC-SHA256 keyed by APP_SECRET over
 * `clique:<purpose>:<id>[:<expiry>]`, so a token for one purpose never opens another. Nothing
 * secret is stored: the owner can be shown the link again, and the row says whether it still
 * works (revocation, use, the row's own expiry). Two wire shapes, both URL-safe and both kept
 * so that every link already handed out keeps working:
 * - without expiry (invitation links, calendar feeds): base64url(uuid bytes) + base64url(MAC),
 *   65 characters;
 * - with the expiry signed in (mentor links): `<uuid>.<expiry, unix seconds>.<base64url(MAC)>`.
 */
export const SIGNED_LINK_PURPOSES = ['invitation-link', 'calendar-feed', 'project-mentor'] as const;
export type SignedLinkPurpose = (typeof SIGNED_LINK_PURPOSES)[number];

/** Whether a purpose's tokens carry their expiry (else the row alone says until when it works). */
const SIGNS_EXPIRY: { [P in SignedLinkPurpose]: P extends ExpiringPurpose ? true : false } = {
  'invitation-link': false,
  'calendar-feed': false,
  'project-mentor': true,
};

/** The purposes whose tokens carry their signed expiry. */
type ExpiringPurpose = 'project-mentor';

export type SignedLinkCheck<P extends SignedLinkPurpose = SignedLinkPurpose> =
  | { ok: true; id: string; expiresAt: P extends ExpiringPurpose ? Date : null }
  | { ok: false; reason: 'invalid' | 'expired' };

const ID_LENGTH = 22; // 16 bytes in base64url
const MAC_LENGTH = 43; // 32 bytes in base64url
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECONDS = /^\d{1,12}$/;

function mac(secret: string, purpose: SignedLinkPurpose, id: string, expires?: number): Buffer {
  const payload = expires === undefined ? id : `${id}:${expires}`;
  return createHmac('sha256', secret).update(`clique:${purpose}:${payload}`).digest();
}

/** Constant-time comparison of the MAC sent with the one expected. */
function sameMac(sent: Buffer, expected: Buffer): boolean {
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/** The token for a row's uuid; with `expiresAt`, the expiry (to the second) is signed in. */
export function signLink(
  secret: string,
  purpose: SignedLinkPurpose,
  id: string,
  expiresAt?: Date,
): string {
  if (SIGNS_EXPIRY[purpose] !== Boolean(expiresAt)) {
    throw new Error(
      `A ${purpose} link is signed ${SIGNS_EXPIRY[purpose] ? 'with' : 'without'} expiry`,
    );
  }
  if (expiresAt) {
    const expires = Math.floor(expiresAt.getTime() / 1000);
    return `${id}.${expires}.${mac(secret, purpose, id, expires).toString('base64url')}`;
  }
  const bytes = Buffer.from(id.replace(/-/g, ''), 'hex');
  return bytes.toString('base64url') + mac(secret, purpose, id).toString('base64url');
}

/**
 * The uuid a token names, or why it does not open anything: `invalid` when it is malformed, for
 * another purpose or its signature does not match; `expired` when its signed expiry has passed.
 */
export function verifyLink<P extends SignedLinkPurpose>(
  secret: string,
  purpose: P,
  token: string,
  now = new Date(),
): SignedLinkCheck<P> {
  return (
    SIGNS_EXPIRY[purpose]
      ? verifyExpiring(secret, purpose, token, now)
      : verifyCompact(secret, purpose, token)
  ) as SignedLinkCheck<P>;
}

function verifyCompact(secret: string, purpose: SignedLinkPurpose, token: string): SignedLinkCheck {
  const invalid = { ok: false, reason: 'invalid' } as const;
  if (token.length !== ID_LENGTH + MAC_LENGTH || !BASE64URL.test(token)) return invalid;
  const hex = Buffer.from(token.slice(0, ID_LENGTH), 'base64url').toString('hex');
  if (hex.length !== 32) return invalid;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  const sent = Buffer.from(token.slice(ID_LENGTH), 'base64url');
  return sameMac(sent, mac(secret, purpose, id)) ? { ok: true, id, expiresAt: null } : invalid;
}

function verifyExpiring(
  secret: string,
  purpose: SignedLinkPurpose,
  token: string,
  now: Date,
): SignedLinkCheck {
  const invalid = { ok: false, reason: 'invalid' } as const;
  const parts = token.split('.');
  if (parts.length !== 3) return invalid;
  const [id, expiresText, sentText] = parts;
  if (!UUID.test(id) || !SECONDS.test(expiresText) || !BASE64URL.test(sentText)) return invalid;
  const expires = Number(expiresText);
  // Compared as text, as the tokens handed out so far were: a non-canonical encoding is refused.
  const sent = Buffer.from(sentText);
  const expected = Buffer.from(mac(secret, purpose, id, expires).toString('base64url'));
  if (!sameMac(sent, expected)) return invalid;
  const expiresAt = new Date(expires * 1000);
  if (expiresAt <= now) return { ok: false, reason: 'expired' };
  return { ok: true, id, expiresAt };
}
