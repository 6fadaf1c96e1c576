import type { Response } from 'light-my-request';
import { buildAdmin, buildUser } from '../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildModule,
  buildProgramme,
} from '../testing/programme-factories';
import { buildPlanningWorld, buildSession, sessionBody } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

/**
 * Input that must never reach the database or the stack (issue 14): every answer is a 4xx
 * problem+json naming the field, and nothing is stored.
 */
describe('hostile input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  /** A 4xx problem+json whose `errors` name `field` (or whose status is `status`). */
  function expectRefused(res: Response, status: number, field?: string) {
    expect({ status: res.statusCode, type: res.headers['content-type'] }).toEqual({
      status,
      type: 'application/problem+json; charset=utf-8',
    });
    const body = res.json() as { code: string; errors?: { field: string }[] };
    expect(typeof body.code).toBe('string');
    if (field) expect(body.errors?.map((e) => e.field)).toContain(field);
  }

  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  describe('text PostgreSQL cannot store', () => {
    it('refuses a NUL in a JSON title, naming the field, and stores nothing', async () => {
      const w = await buildPlanningWorld(t.db);
      const instructor = await signedIn(w.instructor);
      const res = await instructor.post(
        '/api/sessions',
        sessionBody(
          w,
          { startsAt: '2027-03-04T09:00:00+01:00', endsAt: '2027-03-04T12:00:00+01:00' },
          {
            title: 'Atelier\u0000 de rédaction',
          },
        ),
      );
      expectRefused(res, 400, 'title');
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM sessions WHERE cohort_id = $1`,
        [w.cohort.id],
      );
      expect(n).toBe(0);
    });

    it('refuses a NUL in a nested field, naming its path', async () => {
      const w = await buildPlanningWorld(t.db);
      const instructor = await signedIn(w.instructor);
      const res = await instructor.post(
        '/api/sessions',
        sessionBody(
          w,
          { startsAt: '2027-03-04T09:00:00+01:00', endsAt: '2027-03-04T12:00:00+01:00' },
          {
            materials: [{ label: 'Slides\u0000', url: 'https://example.org/s.pdf' }],
          },
        ),
      );
      expectRefused(res, 400, 'materials.0.label');
    });

    it('refuses a NUL in the search box', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      expectRefused(await admin.get('/api/users?q=l%00a'), 400, 'q');
    });

    it('refuses a NUL in a CSV cell of the enrolment import, and enrols no one', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const programme = await buildProgramme(t.db);
      const cohort = await buildCohort(t.db, { programmeId: programme.id });
      const csv = 'email;prénom;nom\r\nnul.cell@example.ch;Lé\u0000a;Müller\r\n';
      const res = await admin.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv });
      expectRefused(res, 400, 'csv');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [
        'nul.cell@example.ch',
      ]);
      expect(n).toBe(0);
    });

    it('refuses a lone UTF-16 surrogate in an e-mail, on sign-in and on user creation', async () => {
      const anonymous = new Browser(t.app);
      expectRefused(
        await anonymous.signIn('l\ud800a@example.ch', 'whatever-password'),
        400,
        'email',
      );
      const admin = await signedIn(await buildAdmin(t.db));
      const res = await admin.post('/api/users', {
        email: 'lo\udc00ne@example.ch',
        displayName: 'Lone',
        role: 'student',
      });
      expectRefused(res, 400, 'email');
    });

    it('refuses bidirectional overrides and control characters in a name', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      for (const displayName of ['Eve\u202Egnp.exe', 'Bell\u0007', 'C1\u009bname']) {
        const res = await admin.post('/api/users', {
          email: `ctrl-${displayName.length}-${Math.random()}@example.ch`,
          displayName,
          role: 'student',
        });
        expectRefused(res, 400, 'displayName');
      }
    });

    it('keeps line breaks and tabs in multi-line text', async () => {
      const w = await buildPlanningWorld(t.db);
      const instructor = await signedIn(w.instructor);
      const res = await instructor.post(
        '/api/sessions',
        sessionBody(
          w,
          { startsAt: '2027-03-05T09:00:00+01:00', endsAt: '2027-03-05T12:00:00+01:00' },
          {
            description: 'Ligne 1\r\nLigne 2\n\tretrait — مرحبا',
          },
        ),
      );
      expect(res.statusCode).toBe(201);
      expect(res.json().description).toBe('Ligne 1\r\nLigne 2\n\tretrait — مرحبا');
    });
  });

  describe('bodies that exhaust the server', () => {
    it('answers 400 to deeply nested JSON on the anonymous sign-in', async () => {
      const anonymous = new Browser(t.app);
      const res = await anonymous.request('POST', '/api/auth/sign-in', nested(5000), {
        headers: { 'content-type': 'application/json' },
      });
      expectRefused(res, 400);
      expect(res.json().code).toBe('invalid.too_deep');
    });

    it('answers 400 to deeply nested JSON on an authenticated route', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const res = await admin.request('POST', '/api/users', nested(5000), {
        headers: { 'content-type': 'application/json' },
      });
      expectRefused(res, 400);
      expect(res.json().code).toBe('invalid.too_deep');
    });

    it('answers problem+json to malformed JSON, a wrong content type and a body too large', async () => {
      const anonymous = new Browser(t.app);
      const json = { 'content-type': 'application/json' };
      expectRefused(
        await anonymous.request('POST', '/api/auth/sign-in', '{"email":', { headers: json }),
        400,
      );
      expectRefused(
        await anonymous.request('POST', '/api/auth/sign-in', 'email=a', {
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
        415,
      );
      const big = JSON.stringify({ email: 'a@b.ch', password: 'x'.repeat(3 * 1024 * 1024) });
      expectRefused(
        await anonymous.request('POST', '/api/auth/sign-in', big, { headers: json }),
        413,
      );
    });
  });

  describe('dates that do not exist', () => {
    it('refuses 30 February, naming the field, and creates no session', async () => {
      const w = await buildPlanningWorld(t.db);
      const instructor = await signedIn(w.instructor);
      const res = await instructor.post(
        '/api/sessions',
        sessionBody(w, {
          startsAt: '2027-02-30T04:00:00+01:00',
          endsAt: '2027-03-02T06:00:00+01:00',
        }),
      );
      expectRefused(res, 400, 'startsAt');
      expect(res.json().errors.map((e: { field: string }) => e.field)).not.toContain('endsAt');
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM sessions WHERE cohort_id = $1`,
        [w.cohort.id],
      );
      expect(n).toBe(0);
    });

    it('refuses 25:61 against the field that holds it', async () => {
      const w = await buildPlanningWorld(t.db);
      const instructor = await signedIn(w.instructor);
      const instant = await instructor.post(
        '/api/sessions',
        sessionBody(w, {
          startsAt: '2027-03-04T09:00:00+01:00',
          endsAt: '2027-03-04T25:61:00+01:00',
        }),
      );
      expectRefused(instant, 400, 'endsAt');
      expect(instant.json().errors.map((e: { field: string }) => e.field)).toEqual(['endsAt']);
      const series = await instructor.post('/api/sessions/series', {
        ...sessionBody(w, { startsAt: '', endsAt: '' }),
        startsAt: undefined,
        endsAt: undefined,
        dates: ['2027-03-08'],
        startTime: '09:00',
        endTime: '25:61',
      });
      expectRefused(series, 400, 'endTime');
      expect(series.json().errors.map((e: { field: string }) => e.field)).toEqual(['endTime']);
    });

    it('refuses a date-time without an offset where the contract asks for one', async () => {
      const w = await buildPlanningWorld(t.db);
      const instructor = await signedIn(w.instructor);
      const res = await instructor.post(
        '/api/sessions',
        sessionBody(w, { startsAt: '2027-03-04T09:00:00', endsAt: '2027-03-04T12:00:00+01:00' }),
      );
      expectRefused(res, 400, 'startsAt');
      const query = await instructor.get(
        `/api/sessions?from=2027-03-01T00:00:00&to=2027-03-31T00:00:00%2B01:00`,
      );
      expectRefused(query, 400, 'from');
    });

    it('refuses a withdrawal date-time without an offset, and withdraws no one', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const programme = await buildProgramme(t.db);
      const cohort = await buildCohort(t.db, { programmeId: programme.id });
      const student = await buildUser(t.db, { role: 'student' });
      const enrolment = await buildEnrolment(t.db, cohort.id, student.id);
      const res = await admin.post(`/api/enrolments/${enrolment.id}/withdraw`, {
        reason: 'Reprise d’un emploi',
        withdrawnAt: '2027-01-10T09:00:00',
      });
      expectRefused(res, 400, 'withdrawnAt');
      const [{ status }] = await t.db.query(`SELECT status FROM enrolments WHERE id = $1`, [
        enrolment.id,
      ]);
      expect(status).toBe('active');
    });

    it('refuses a calendar date that does not exist in a cohort', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const programme = await buildProgramme(t.db);
      const res = await admin.post('/api/cohorts', {
        programmeId: programme.id,
        name: `Volée ${Math.random()}`,
        startsOn: '2027-02-29',
        endsOn: '2027-12-31',
      });
      expectRefused(res, 400, 'startsOn');
    });
  });

  describe('numbers that do not fit', () => {
    it.each(['1e308', '99999999999999999999', '-1', '1.5', '0x10', 'Infinity', ' 2', ''])(
      'refuses page=%s with a 400 naming page',
      async (page) => {
        const admin = await signedIn(await buildAdmin(t.db));
        expectRefused(await admin.get(`/api/users?page=${encodeURIComponent(page)}`), 400, 'page');
      },
    );

    it.each(['-1', '0', '1e3', '201', '2.0'])(
      'refuses size=%s with a 400 naming size',
      async (size) => {
        const admin = await signedIn(await buildAdmin(t.db));
        expectRefused(await admin.get(`/api/users?size=${encodeURIComponent(size)}`), 400, 'size');
      },
    );

    it.each(['banana', 'yes', 'true&includeCancelled=true'])(
      'refuses includeCancelled=%s with a 400 naming it',
      async (value) => {
        const w = await buildPlanningWorld(t.db);
        const instructor = await signedIn(w.instructor);
        const range = 'from=2027-03-01T00:00:00%2B01:00&to=2027-03-31T00:00:00%2B01:00';
        const res = await instructor.get(`/api/sessions?${range}&includeCancelled=${value}`);
        expectRefused(res, 400, 'includeCancelled');
      },
    );

    it('refuses an unknown or repeated language on a calendar download', async () => {
      const w = await buildPlanningWorld(t.db);
      const session = await buildSession(t.db, {
        cohortId: w.cohort.id,
        startsAt: '2027-03-10T13:00:00+01:00',
        endsAt: '2027-03-10T15:00:00+01:00',
      });
      const student = await signedIn(w.student);
      const url = `/api/sessions/${session.id}/calendar.ics`;
      expect((await student.get(`${url}?lang=en`)).statusCode).toBe(200);
      expectRefused(await student.get(`${url}?lang=de`), 400, 'lang');
      expectRefused(await student.get(`${url}?lang=en&lang=fr`), 400, 'lang');
      expectRefused(await student.get(`${url}?isAdmin=1`), 400, 'isAdmin');
    });

    it('refuses a decimal written with an exponent beyond its places, naming the field', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const programme = await buildProgramme(t.db);
      const module = await buildModule(t.db, programme.id);
      expectRefused(await admin.patch(`/api/modules/${module.id}`, { ects: 1e-7 }), 400, 'ects');
      expect((await admin.patch(`/api/modules/${module.id}`, { ects: 5e-1 })).statusCode).toBe(200);
    });

    it('still reads a plain page and size', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const res = await admin.get('/api/users?page=2&size=5');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ page: 2, size: 5 });
    });
  });

  describe('nulls and empty bodies', () => {
    it('refuses null where a value is required, naming the field', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const email = `null-lang-${Math.random().toString(36).slice(2)}@example.ch`;
      const res = await admin.post('/api/users', {
        email,
        displayName: 'Null Language',
        role: 'student',
        preferredLanguage: null,
      });
      expectRefused(res, 400, 'preferredLanguage');
      const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [
        email,
      ]);
      expect(n).toBe(0);
    });

    it('refuses null in a PATCH field the contract does not mark nullable', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const user = await buildUser(t.db, { role: 'student' });
      const res = await admin.patch(`/api/users/${user.id}`, { displayName: null });
      expectRefused(res, 400, 'displayName');
      const [{ name }] = await t.db.query(`SELECT display_name AS name FROM users WHERE id = $1`, [
        user.id,
      ]);
      expect(name).toBe(user.displayName);
    });

    it('refuses a JSON body that is not an object, and changes nothing', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const user = await buildUser(t.db, { role: 'student' });
      for (const body of ['null', '[]', '"x"', '1']) {
        const res = await admin.request('PATCH', `/api/users/${user.id}`, body, {
          headers: { 'content-type': 'application/json' },
        });
        expectRefused(res, 400, '(body)');
      }
    });

    it('does not erase an instructor feedback on PATCH {}', async () => {
      const w = await buildPlanningWorld(t.db);
      const talk = await buildSession(t.db, {
        cohortId: w.cohort.id,
        kind: 'guest_talk',
        startsAt: new Date(Date.now() - 2 * 86_400_000),
        endsAt: new Date(Date.now() - 2 * 86_400_000 + 7_200_000),
      });
      const student = await signedIn(w.student);
      const handedIn = await student.request('PUT', `/api/sessions/${talk.id}/syntheses/mine`, {
        bodyHtml: '<p>Le droit et les réseaux sociaux.</p>',
        submit: true,
      });
      const id = handedIn.json().id as string;
      const instructor = await signedIn(w.instructor);
      await instructor.patch(`/api/syntheses/${id}/feedback`, { feedback: 'Bonne structure.' });
      expectRefused(await instructor.patch(`/api/syntheses/${id}/feedback`, {}), 400, 'feedback');
      expect((await instructor.get(`/api/syntheses/${id}`)).json().feedback).toBe(
        'Bonne structure.',
      );
      const cleared = await instructor.patch(`/api/syntheses/${id}/feedback`, { feedback: null });
      expect(cleared.statusCode).toBe(200);
      expect(cleared.json().feedback).toBeNull();
    });
  });

  describe('framework-level refusals', () => {
    it('answers a path id too long for the server with a 414 problem+json', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      expectRefused(await admin.get(`/api/users/${'a'.repeat(5000)}`), 414);
    });

    it('refuses a multipart body on an operation that takes JSON, and changes nothing', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const user = await buildUser(t.db, { role: 'student' });
      const res = await admin.request('PATCH', `/api/users/${user.id}`, '--x\r\n', {
        headers: { 'content-type': 'multipart/form-data' },
      });
      expectRefused(res, 415);
    });

    it('answers an unknown route and a wrong method with problem+json', async () => {
      const anonymous = new Browser(t.app);
      expectRefused(await anonymous.get('/api/no-such-thing'), 404);
    });
  });

  describe('caching of personal data', () => {
    it('marks every API answer no-store, errors included', async () => {
      const admin = await signedIn(await buildAdmin(t.db));
      const user = await buildUser(t.db, { role: 'student' });
      const ok = await admin.get(`/api/users/${user.id}`);
      expect(ok.statusCode).toBe(200);
      expect(ok.headers['cache-control']).toBe('no-store');
      const me = await admin.get('/api/me');
      expect(me.headers['cache-control']).toBe('no-store');
      const refused = await new Browser(t.app).get(`/api/users/${user.id}`);
      expect(refused.headers['cache-control']).toBe('no-store');
    });
  });
});
