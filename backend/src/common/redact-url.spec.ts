import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides link tokens in the path, keeping the route readable', () => {
    expect(redactUrl('/api/auth/password-tokens/px09qpKM3H8PNQU4evNxyKwa-7rJHh9mqdkHz351Ytg')).toBe(
      '/api/auth/password-tokens/[redacted]',
    );
    expect(redactUrl('/api/mentor/0b6f.1798000000.Zm9vYmFyYmF6cXV4cXV1eA/summary.html')).toBe(
      '/api/mentor/[redacted]/summary.html',
    );
    expect(redactUrl('/api/calendar/Zm9vYmFyYmF6cXV4cXV1eFpt9vYmFy.ics')).toBe(
      '/api/calendar/[redacted].ics',
    );
  });

  it('keeps uuids, words and ordinary query values', () => {
    const url = '/api/users/1f09c4c7-039d-4719-891b-771c8da27968/sessions?page=2&sort=-email';
    expect(redactUrl(url)).toBe(url);
  });

  it('hides token-like query values', () => {
    expect(redactUrl('/set-password?token=abc&lang=fr')).toBe(
      '/set-password?token=[redacted]&lang=fr',
    );
  });
});
