import { createHmac, timingSafeEqual } from 'node:crypto';

/** A signing code changes every 30 seconds. */
export const QR_WINDOW_MS = 30_000;

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** The 30-second window an instant falls in. */
export function qrWindow(at: Date): number {
  return Math.floor(at.getTime() / QR_WINDOW_MS);
}

/**
 * The code shown in the room for one part of a session during one 30-second window: an
 * HMAC-SHA256 keyed by APP_SECRET over `clique:attendance-qr:<session>:<part>:<window>`,
 * truncated to 128 bits (22 base64url characters, so the QR code stays easy to scan).
 */
export function qrToken(secret: string, sessionId: string, part: number, window: number): string {
  return createHmac('sha256', secret)
    .update(`clique:attendance-qr:${sessionId}:${part}:${window}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/** When the code of the window `window` stops being shown (the next one replaces it). */
export function qrExpiresAt(window: number): Date {
  return new Date((window + 1) * QR_WINDOW_MS);
}

/**
 * Whether `token` is the code of the current or the previous window (a student who scanned it
 * just before it changed still signs), compared in constant time.
 */
export function qrTokenValid(
  secret: string,
  sessionId: string,
  part: number,
  token: string,
  now: Date,
): boolean {
  if (!TOKEN.test(token)) return false;
  const sent = Buffer.from(token);
  const current = qrWindow(now);
  return [current, current - 1].some((w) => {
    const expected = Buffer.from(qrToken(secret, sessionId, part, w));
    return expected.length === sent.length && timingSafeEqual(expected, sent);
  });
}
