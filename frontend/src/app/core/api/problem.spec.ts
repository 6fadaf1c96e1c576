import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { parseRetryAfter, toProblem } from './problem';

describe('toProblem', () => {
  it('keeps the problem+json body of an API error', () => {
    const problem = toProblem(
      new HttpErrorResponse({
        status: 401,
        error: {
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          code: 'auth.invalid_credentials',
        },
      }),
    );

    expect(problem.code).toBe('auth.invalid_credentials');
    expect(problem.status).toBe(401);
  });

  it('reads a body that arrived as text', () => {
    const problem = toProblem(
      new HttpErrorResponse({
        status: 409,
        error: JSON.stringify({
          type: 't',
          title: 'Conflict',
          status: 409,
          code: 'user.email_taken',
        }),
      }),
    );

    expect(problem.code).toBe('user.email_taken');
  });

  it('takes the retry delay from the Retry-After header when the body has none', () => {
    const problem = toProblem(
      new HttpErrorResponse({
        status: 429,
        headers: new HttpHeaders({ 'Retry-After': '42' }),
        error: { type: 't', title: 'Too Many Requests', status: 429, code: 'auth.throttled' },
      }),
    );

    expect(problem.retryAfterSeconds).toBe(42);
  });

  it('makes a network problem of status 0', () => {
    expect(toProblem(new HttpErrorResponse({ status: 0 })).code).toBe('network');
  });

  it('makes an internal problem of a 5xx without a problem body', () => {
    const problem = toProblem(
      new HttpErrorResponse({ status: 502, statusText: 'Bad Gateway', error: '<html>' }),
    );

    expect(problem).toMatchObject({ status: 502, code: 'internal' });
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:01:00 GMT', now)).toBe(60);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
