import { randomUUID } from 'node:crypto';
import { signLink, verifyLink } from './signed-link';

const SECRET = 'a-test-secret-that-is-long-enough-for-hmac';
const ID = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('signed links', () => {
  describe('without expiry (invitation links, calendar feeds)', () => {
    it('gives back the id of a token it signed', () => {
      const id = randomUUID();
      const token = signLink(SECRET, 'calendar-feed', id);
      expect(token).toMatch(/^[A-Za-z0-9_-]{65}$/);
      expect(verifyLink(SECRET, 'calendar-feed', token)).toEqual({
        ok: true,
        id,
        expiresAt: null,
      });
    });

    it('refuses a token with one character changed, for another purpose or under another secret', () => {
      const token = signLink(SECRET, 'invitation-link', randomUUID());
      const flipped = token.slice(0, 30) + (token[30] === 'A' ? 'B' : 'A') + token.slice(31);
      const invalid = { ok: false, reason: 'invalid' };
      expect(verifyLink(SECRET, 'invitation-link', flipped)).toEqual(invalid);
      expect(verifyLink(SECRET, 'calendar-feed', token)).toEqual(invalid);
      expect(verifyLink(`${SECRET}-other`, 'invitation-link', token)).toEqual(invalid);
      expect(verifyLink(SECRET, 'invitation-link', 'short')).toEqual(invalid);
      expect(verifyLink(SECRET, 'invitation-link', `${token.slice(0, 64)}!`)).toEqual(invalid);
    });
  });

  describe('with the expiry signed in (mentor links)', () => {
    const later = new Date(Math.floor(Date.now() / 1000 + 3600) * 1000);

    it('verifies a token it signed, until it expires', () => {
      const token = signLink(SECRET, 'project-mentor', ID, later);
      expect(verifyLink(SECRET, 'project-mentor', token)).toEqual({
        ok: true,
        id: ID,
        expiresAt: later,
      });
      expect(verifyLink(SECRET, 'project-mentor', token, new Date(later.getTime() + 1000))).toEqual(
        { ok: false, reason: 'expired' },
      );
    });

    it('refuses a pushed-back expiry, another link id, another purpose or another secret', () => {
      const token = signLink(SECRET, 'project-mentor', ID, later);
      const [id, expires, sig] = token.split('.');
      const invalid = { ok: false, reason: 'invalid' };
      expect(
        verifyLink(SECRET, 'project-mentor', `${id}.${Number(expires) + 86400}.${sig}`),
      ).toEqual(invalid);
      expect(
        verifyLink(
          SECRET,
          'project-mentor',
          `1b4e28ba-2fa1-41d2-883f-0016d3cca428.${expires}.${sig}`,
        ),
      ).toEqual(invalid);
      expect(verifyLink(SECRET, 'invitation-link', token)).toEqual(invalid);
      expect(verifyLink(`${SECRET}x`, 'project-mentor', token)).toEqual(invalid);
    });

    it('refuses garbage', () => {
      for (const t of ['', '.', 'a.b.c', `${ID}.x.y`, `${ID}.1.2.3`, `${ID}.1.`]) {
        expect(verifyLink(SECRET, 'project-mentor', t)).toEqual({ ok: false, reason: 'invalid' });
      }
    });
  });

  it('binds the shape to the purpose: no expiry-less mentor link, no expiring feed link', () => {
    expect(() => signLink(SECRET, 'project-mentor', ID)).toThrow();
    expect(() => signLink(SECRET, 'calendar-feed', ID, new Date())).toThrow();
    const compact = signLink(SECRET, 'invitation-link', ID);
    expect(verifyLink(SECRET, 'project-mentor', compact)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('still opens the links handed out before signing moved to common/ (same wire format)', () => {
    // Made by the former scheduling/signed-id.ts and projects/mentor-token.ts.
    expect(
      verifyLink(
        SECRET,
        'invitation-link',
        'G04oui-hQdKIPwAW08ykJwEnS5kI9Ei1hzUi460zsi0X0RydabJR32p1aE5mqSX6M',
      ),
    ).toMatchObject({ ok: true, id: ID });
    expect(
      verifyLink(
        SECRET,
        'calendar-feed',
        'G04oui-hQdKIPwAW08ykJwGWwbvpEs3hZ4igHIY1WaQ67DRf0KXqpKu1rGkHGSUUg',
      ),
    ).toMatchObject({ ok: true, id: ID });
    expect(
      verifyLink(
        SECRET,
        'project-mentor',
        `${ID}.4102444800.6AyjEnUT6eqxoWA8j2BeEbrtwT771qf-fU1fVNDfxVM`,
        new Date('2099-12-31T23:59:59Z'),
      ),
    ).toEqual({ ok: true, id: ID, expiresAt: new Date('2100-01-01T00:00:00Z') });
  });
});
