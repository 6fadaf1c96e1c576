import { QR_WINDOW_MS, qrToken, qrTokenValid, qrWindow } from './qr-token';
import { parseSignaturePng } from './signature-png';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const SESSION = '6f1c1f43-7c2e-4a53-9d77-0e0d2f1f7c11';

describe('the room’s signing code', () => {
  const now = new Date('2030-03-04T09:00:10Z');
  const token = qrToken(SECRET, SESSION, 0, qrWindow(now));

  it('is accepted in its window and the next one, then refused', () => {
    expect(qrTokenValid(SECRET, SESSION, 0, token, now)).toBe(true);
    expect(qrTokenValid(SECRET, SESSION, 0, token, new Date(now.getTime() + QR_WINDOW_MS))).toBe(
      true,
    );
    expect(
      qrTokenValid(SECRET, SESSION, 0, token, new Date(now.getTime() + 2 * QR_WINDOW_MS)),
    ).toBe(false);
  });

  it('opens only its own session and part, with the secret that made it', () => {
    expect(qrTokenValid(SECRET, SESSION, 1, token, now)).toBe(false);
    expect(qrTokenValid(SECRET, SESSION.replace('6f', '7f'), 0, token, now)).toBe(false);
    expect(qrTokenValid(`${SECRET}x`, SESSION, 0, token, now)).toBe(false);
    expect(qrTokenValid(SECRET, SESSION, 0, 'not a token', now)).toBe(false);
  });

  it('changes every 30 seconds', () => {
    const next = qrToken(SECRET, SESSION, 0, qrWindow(now) + 1);
    expect(next).not.toBe(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('a drawn signature', () => {
  // A 1×1 transparent PNG.
  const png =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  it('is a PNG data URL', () => {
    expect(parseSignaturePng(`data:image/png;base64,${png}`)?.length).toBeGreaterThan(33);
  });

  it('refuses another type, text posing as a PNG, and oversized images', () => {
    expect(parseSignaturePng(`data:image/jpeg;base64,${png}`)).toBeNull();
    expect(
      parseSignaturePng(
        `data:image/png;base64,${Buffer.from('<svg>hello</svg>').toString('base64')}`,
      ),
    ).toBeNull();
    expect(parseSignaturePng('data:image/png;base64,@@@@')).toBeNull();
    const big = Buffer.concat([Buffer.from(png, 'base64'), Buffer.alloc(300 * 1024)]);
    expect(parseSignaturePng(`data:image/png;base64,${big.toString('base64')}`)).toBeNull();
  });
});
