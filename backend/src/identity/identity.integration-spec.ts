import { PasswordTokenEntity } from './password-token.entity';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { buildAdmin, buildStudent, buildUser, TEST_PASSWORD } from '../testing/factories';
import { randomUUID } from 'node:crypto';
import { ERROR_CODES } from '../common/error-codes';

describe('identity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const browser = (ip = '127.0.0.1') => new Browser(t.app, ip);
  async function signedIn(user: { email: string; password: string }) {
    const b = browser();
    const response = await b.signIn(user.email, user.password);
    expect(response.statusCode).toBe(200);
    return b;
  }

  describe('sign-in', () => {
    it('signs in with the right password, case-insensitively on the e-mail, and sets an httpOnly session cookie', async () => {
      const user = await buildStudent(t.db);
      const b = browser();
      const response = await b.signIn(user.email.toUpperCase(), user.password);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id: user.id, email: user.email, role: 'student' });
      const session = response.cookies.find((c) => c.name === 'cq_session');
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
      expect((await b.get('/api/me')).json()).toMatchObject({ id: user.id });
    });

    it('answers a wrong password and an unknown e-mail in the same way', async () => {
      const user = await buildStudent(t.db);
      const wrong = await browser().signIn(user.email, 'not the password');
      const unknown = await browser().signIn(
        `nobody-${randomUUID()}@test.clique`,
        'not the password',
      );
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
      expect(strip(wrong.json())).toEqual(strip(unknown.json()));
      expect(wrong.json()).toMatchObject({ code: 'auth.invalid_credentials', status: 401 });
      expect(wrong.headers['content-type']).toContain('application/problem+json');
    });

    it('refuses the 6th quick failure on one account with 429 and Retry-After, even with the right password', async () => {
      const user = await buildStudent(t.db);
      for (let i = 0; i < 5; i++) {
        expect((await browser(`10.1.0.${i}`).signIn(user.email, 'wrong')).statusCode).toBe(401);
      }
      const sixth = await browser('10.1.0.99').signIn(user.email, 'wrong');
      expect(sixth.statusCode).toBe(429);
      expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
      expect(sixth.json()).toMatchObject({ code: 'auth.throttled' });
      expect((await browser('10.1.0.100').signIn(user.email, user.password)).statusCode).toBe(429);
    });

    it('throttles an IP that fails on many accounts', async () => {
      const strict = await startTestApp({ SIGN_IN_MAX_FAILURES_PER_IP: '3' });
      try {
        const ip = '10.2.0.1';
        for (let i = 0; i < 3; i++) {
          const r = await new Browser(strict.app, ip).signIn(
            `guess-${randomUUID()}@test.clique`,
            'x',
          );
          expect(r.statusCode).toBe(401);
        }
        const fourth = await new Browser(strict.app, ip).signIn(
          `guess-${randomUUID()}@test.clique`,
          'x',
        );
        expect(fourth.statusCode).toBe(429);
        const elsewhere = await new Browser(strict.app, '10.2.0.2').signIn(
          `guess-${randomUUID()}@test.clique`,
          'x',
        );
        expect(elsewhere.statusCode).toBe(401);
      } finally {
        await strict.close();
      }
    });

    it('refuses a deactivated account even with the right password', async () => {
      const user = await buildUser(t.db, { active: false });
      const response = await browser().signIn(user.email, user.password);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'auth.account_disabled' });
    });

    it('signs out: the session no longer opens anything', async () => {
      const user = await buildStudent(t.db);
      const b = await signedIn(user);
      const oldCookie = b.cookie('cq_session');
      expect((await b.post('/api/auth/sign-out')).statusCode).toBe(204);
      expect((await b.get('/api/me')).statusCode).toBe(401);
      const replay = await t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { cookie: `cq_session=${oldCookie}` },
      });
      expect(replay.statusCode).toBe(401);
    });
  });

  describe('CSRF', () => {
    it('refuses a state-changing request without the token, and with a wrong one', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const body = { email: `csrf-${randomUUID()}@test.clique`, displayName: 'X', role: 'student' };
      const none = await admin.post('/api/users', body, { csrf: false });
      expect(none.statusCode).toBe(403);
      expect(none.json()).toMatchObject({ code: 'csrf.invalid' });
      const wrong = await admin.request('POST', '/api/users', body, {
        csrf: false,
        headers: { 'x-xsrf-token': 'forged' },
      });
      expect(wrong.statusCode).toBe(403);
      expect((await admin.post('/api/users', body)).statusCode).toBe(201);
    });

    it('refuses a sign-in whose header does not match the cookie', async () => {
      const user = await buildStudent(t.db);
      const response = await browser().post(
        '/api/auth/sign-in',
        { email: user.email, password: user.password },
        { csrf: false },
      );
      expect(response.statusCode).toBe(403);
    });
  });

  describe('roles', () => {
    it('answers 401 to an anonymous call and 403 to a student on an admin endpoint', async () => {
      expect((await browser().get('/api/users')).statusCode).toBe(401);
      const student = await signedIn(await buildStudent(t.db));
      const response = await student.get('/api/users');
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'forbidden', status: 403 });
      const create = await student.post('/api/users', {
        email: 'x@y.ch',
        displayName: 'X',
        role: 'admin',
      });
      expect(create.statusCode).toBe(403);
    });
  });

  describe('input', () => {
    it('refuses an unknown field with a 400 problem+json that names it', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const response = await admin.post('/api/users', {
        email: `u-${randomUUID()}@test.clique`,
        displayName: 'X',
        role: 'student',
        isAdmin: true,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'validation',
        errors: [expect.objectContaining({ field: 'isAdmin', code: 'whitelistValidation' })],
      });
      expect(JSON.stringify(response.json())).not.toMatch(/at .*\.ts:\d+/);
    });

    it('names every invalid field and changes nothing', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const response = await admin.post('/api/users', {
        email: 'not-an-email',
        displayName: '',
        role: 'king',
      });
      expect(response.statusCode).toBe(400);
      const fields = (response.json().errors as { field: string }[]).map((e) => e.field);
      expect(new Set(fields)).toEqual(new Set(['email', 'displayName', 'role']));
    });

    it('answers malformed JSON with a 400, not a 500', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const response = await admin.request('POST', '/api/users', '{"email": ', {
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });

    it('answers an unknown sort field with a 400 naming sort', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const response = await admin.get('/api/users?sort=passwordHash');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'sort' });
    });
  });

  describe('users (admin)', () => {
    it('creates a user with a one-time link; the link sets the password once', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const email = `new-${randomUUID().slice(0, 8)}@test.clique`;
      const created = await admin.post('/api/users', {
        email,
        displayName: 'Léa Müller',
        role: 'student',
        preferredLanguage: 'en',
      });
      expect(created.statusCode).toBe(201);
      expect(created.json().user).toMatchObject({ email, hasPassword: false, active: true });
      const token = new URL(created.json().setPasswordUrl).searchParams.get('token')!;

      const anon = browser();
      expect((await anon.get(`/api/auth/password-tokens/${token}`)).json()).toEqual({
        email,
        displayName: 'Léa Müller',
        purpose: 'invitation',
      });
      expect((await anon.post('/api/auth/password', { token, password: 'short' })).statusCode).toBe(
        400,
      );
      expect(
        (await anon.post('/api/auth/password', { token, password: 'a long enough passphrase' }))
          .statusCode,
      ).toBe(204);
      expect(
        (await anon.post('/api/auth/password', { token, password: 'another long passphrase' }))
          .statusCode,
      ).toBe(410);
      expect((await anon.get(`/api/auth/password-tokens/${token}`)).statusCode).toBe(410);
      expect((await browser().signIn(email, 'a long enough passphrase')).statusCode).toBe(200);
    });

    it('refuses an expired link', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const user = await buildUser(t.db, { withPassword: false });
      const link = (await admin.post(`/api/users/${user.id}/password-link`)).json()
        .setPasswordUrl as string;
      await t.db
        .getRepository(PasswordTokenEntity)
        .update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
      const token = new URL(link).searchParams.get('token')!;
      const response = await browser().post('/api/auth/password', {
        token,
        password: 'a long enough passphrase',
      });
      expect(response.statusCode).toBe(410);
      expect(response.json()).toMatchObject({ code: 'auth.password_token_invalid' });
    });

    it('refuses a second user with the same e-mail in another case (409)', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const existing = await buildStudent(t.db);
      const response = await admin.post('/api/users', {
        email: existing.email.toUpperCase(),
        displayName: 'Twin',
        role: 'student',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'user.email_taken' });
    });

    it('creates exactly one user when the same e-mail is posted concurrently', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const email = `race-${randomUUID().slice(0, 8)}@test.clique`;
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          admin.post('/api/users', {
            email: i % 2 ? email : email.toUpperCase(),
            displayName: 'Race',
            role: 'student',
          }),
        ),
      );
      expect(responses.filter((r) => r.statusCode === 201)).toHaveLength(1);
      expect(responses.filter((r) => r.statusCode === 409)).toHaveLength(7);
    });

    it('revokes all sessions of a user, and deactivation signs them out', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const user = await buildStudent(t.db);
      const first = await signedIn(user);
      const second = await signedIn(user);
      expect((await admin.delete(`/api/users/${user.id}/sessions`)).statusCode).toBe(204);
      expect((await first.get('/api/me')).statusCode).toBe(401);
      expect((await second.get('/api/me')).statusCode).toBe(401);

      const third = await signedIn(user);
      expect((await admin.patch(`/api/users/${user.id}`, { active: false })).json()).toMatchObject({
        active: false,
      });
      expect((await third.get('/api/me')).statusCode).toBe(401);
    });

    it('lists users with paging, search and sorting in a fixed number of queries', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const tag = randomUUID().slice(0, 8);
      await buildUser(t.db, { email: `list-${tag}-a@test.clique`, displayName: `Zoé ${tag}` });
      t.queries.reset();
      const one = await admin.get(`/api/users?q=${tag}&size=50`);
      const queriesForOne = t.queries.count;
      for (let i = 0; i < 30; i++) await buildUser(t.db, { email: `list-${tag}-${i}@test.clique` });
      t.queries.reset();
      const many = await admin.get(`/api/users?q=${tag}&size=50&sort=-email`);
      expect(one.json().total).toBe(1);
      expect(many.json()).toMatchObject({ total: 31, page: 1, size: 50 });
      expect(many.json().items).toHaveLength(31);
      expect(many.json().items[0].email).toBe(`list-${tag}-a@test.clique`);
      expect(t.queries.count).toBe(queriesForOne);
    });

    it('finds a name with a LIKE wildcard literally', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const tag = randomUUID().slice(0, 8);
      await buildUser(t.db, { displayName: `Cent%${tag}` });
      await buildUser(t.db, { displayName: `Cent-${tag}` });
      const response = await admin.get(`/api/users?q=${encodeURIComponent(`%${tag}`)}`);
      expect(response.json().total).toBe(1);
    });

    it('answers 404 for an unknown or malformed user id', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      expect((await admin.get(`/api/users/${randomUUID()}`)).statusCode).toBe(404);
      expect((await admin.get('/api/users/../../etc')).statusCode).toBe(404);
    });
  });

  describe('me', () => {
    it('updates the preferred language and refuses an unsupported one', async () => {
      const b = await signedIn(await buildStudent(t.db));
      expect((await b.patch('/api/me', { preferredLanguage: 'en' })).json()).toMatchObject({
        preferredLanguage: 'en',
      });
      expect((await b.get('/api/me')).json()).toMatchObject({ preferredLanguage: 'en' });
      expect((await b.patch('/api/me', { preferredLanguage: 'de' })).statusCode).toBe(400);
      expect((await b.patch('/api/me', { role: 'admin' })).statusCode).toBe(400);
    });
  });

  describe('spine', () => {
    it('reports readiness after checking the database', async () => {
      const response = await browser().get('/api/health/ready');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ status: 'ok' });
    });

    it('serves the OpenAPI document', async () => {
      const response = await browser().get('/api/docs-json');
      expect(response.statusCode).toBe(200);
      expect(response.json().paths).toHaveProperty('/api/auth/sign-in');
    });

    it('echoes a request id and sends security headers', async () => {
      const response = await browser().request('GET', '/api/health/live', undefined, {
        headers: { 'x-request-id': 'abc-123' },
      });
      expect(response.headers['x-request-id']).toBe('abc-123');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    });

    it('answers an unknown API route with a problem+json 404', async () => {
      const response = await browser().get('/api/nothing-here');
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });
  });

  it('keeps the password hash off the wire', async () => {
    const adminUser = await buildAdmin(t.db);
    const admin = await signedIn(adminUser);
    const response = await admin.get(
      `/api/users?size=200&q=${encodeURIComponent(adminUser.email)}`,
    );
    expect(response.statusCode).toBe(200);
    const [user] = response.json().items as Record<string, unknown>[];
    expect(user).toMatchObject({ email: adminUser.email, hasPassword: true });
    expect(Object.keys(user).filter((key) => /hash|secret|token/i.test(key))).toEqual([]);
    expect(response.body).not.toContain('argon2');
    expect(response.body).not.toContain(TEST_PASSWORD);
  });

  it('publishes every error code in the OpenAPI document, as the ErrorCode enum', async () => {
    const response = await browser().get('/api/docs-json');
    expect(response.json().components.schemas.ErrorCode.enum).toEqual([...ERROR_CODES]);
  });
});
