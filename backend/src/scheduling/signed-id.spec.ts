import { randomUUID } from 'node:crypto';
import { signId, verifySignedId } from './signed-id';

describe('signed ids', () => {
  const secret = 'a-test-secret-that-is-long-enough-for-hmac';

  it('gives back the id of a token it signed', () => {
    const id = randomUUID();
    const token = signId(secret, 'calendar-feed', id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{65}$/);
    expect(verifySignedId(secret, 'calendar-feed', token)).toBe(id);
  });

  it('refuses a token with one character changed, for another purpose or under another secret', () => {
    const id = randomUUID();
    const token = signId(secret, 'invitation-link', id);
    const flipped = token.slice(0, 30) + (token[30] === 'A' ? 'B' : 'A') + token.slice(31);
    expect(verifySignedId(secret, 'invitation-link', flipped)).toBeNull();
    expect(verifySignedId(secret, 'calendar-feed', token)).toBeNull();
    expect(verifySignedId(`${secret}-other`, 'invitation-link', token)).toBeNull();
    expect(verifySignedId(secret, 'invitation-link', 'short')).toBeNull();
    expect(verifySignedId(secret, 'invitation-link', `${token.slice(0, 64)}!`)).toBeNull();
  });
});
