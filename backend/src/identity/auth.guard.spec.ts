import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import type { Access, AuthUser } from './auth.decorators';
import type { SessionsService } from './sessions.service';

const student: AuthUser = {
  id: 'u1',
  email: 's@test',
  displayName: 'S',
  role: 'student',
  preferredLanguage: 'fr',
  sessionId: 's1',
  csrfToken: 'csrf-1',
};

function context(request: Record<string, unknown>): ExecutionContext {
  return {
    switchToHttp: () => ({ getRequest: () => request }),
    getHandler: () => () => undefined,
    getClass: () => class {},
  } as unknown as ExecutionContext;
}

function guard(access: Access | undefined, user: AuthUser | null) {
  const reflector = { getAllAndOverride: () => access } as unknown as Reflector;
  const sessions = { resolve: async () => user } as unknown as SessionsService;
  return new AuthGuard(reflector, sessions);
}

const status = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 200;
  } catch (error) {
    return (error as { getStatus(): number }).getStatus();
  }
};

describe('AuthGuard', () => {
  const get = (cookies: Record<string, string> = {}) => ({ method: 'GET', headers: {}, cookies });

  it('denies a route with no access rule, even to a signed-in admin', async () => {
    expect(
      await status(
        guard(undefined, { ...student, role: 'admin' }).canActivate(
          context(get({ cq_session: 't' })),
        ),
      ),
    ).toBe(403);
  });

  it('answers 401 to anonymous and 403 to the wrong role', async () => {
    const adminOnly: Access = { kind: 'roles', roles: ['admin'] };
    expect(await status(guard(adminOnly, null).canActivate(context(get())))).toBe(401);
    expect(
      await status(guard(adminOnly, student).canActivate(context(get({ cq_session: 't' })))),
    ).toBe(403);
  });

  it('lets a public route through without a session', async () => {
    expect(await status(guard({ kind: 'public' }, null).canActivate(context(get())))).toBe(200);
  });

  it("requires the session's CSRF token on a state-changing request", async () => {
    const rule: Access = { kind: 'authenticated' };
    const post = (token?: string) => ({
      method: 'POST',
      headers: token ? { 'x-xsrf-token': token } : {},
      cookies: { cq_session: 't', 'XSRF-TOKEN': 'attacker-chosen' },
    });
    expect(await status(guard(rule, student).canActivate(context(post())))).toBe(403);
    expect(await status(guard(rule, student).canActivate(context(post('attacker-chosen'))))).toBe(
      403,
    );
    expect(await status(guard(rule, student).canActivate(context(post('csrf-1'))))).toBe(200);
  });
});
