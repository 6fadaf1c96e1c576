import { signMentorToken, verifyMentorToken } from './mentor-token';

const SECRET = 'a-test-secret-that-is-long-enough-to-sign';
const LINK = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const later = new Date(Date.now() + 3600_000);

describe('mentor tokens', () => {
  it('verifies a token it signed, until it expires', () => {
    const token = signMentorToken(SECRET, LINK, later);
    expect(verifyMentorToken(SECRET, token)).toMatchObject({ ok: true, linkId: LINK });
    expect(verifyMentorToken(SECRET, token, new Date(later.getTime() + 1000))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token with a pushed-back expiry, another link id, or another secret', () => {
    const token = signMentorToken(SECRET, LINK, later);
    const [id, expires, sig] = token.split('.');
    expect(verifyMentorToken(SECRET, `${id}.${Number(expires) + 86400}.${sig}`)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect(
      verifyMentorToken(SECRET, `1b4e28ba-2fa1-41d2-883f-0016d3cca428.${expires}.${sig}`),
    ).toMatchObject({ ok: false, reason: 'invalid' });
    expect(verifyMentorToken(`${SECRET}x`, token)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses garbage', () => {
    for (const t of ['', 'a.b.c', `${LINK}.x.y`, `${LINK}.1.2.3`]) {
      expect(verifyMentorToken(SECRET, t)).toMatchObject({ ok: false, reason: 'invalid' });
    }
  });
});
