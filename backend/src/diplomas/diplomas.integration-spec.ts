import { pdfText } from '../testing/pdf-text';
import { buildInstructor, buildStudent, type BuiltUser } from '../testing/factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { buildDiplomaWorld, type DiplomaWorld } from './testing/diploma-world';

describe('diplomas', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOG_LEVEL: 'error',
      VERIFY_MAX_PER_IP: '8',
      PUBLIC_URL: 'https://clique.example',
    });
  });
  afterAll(() => t.close());

  async function signedIn(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  const issueUrl = (w: DiplomaWorld) => `/api/cohorts/${w.cohortId}/diplomas`;

  async function issued(w: DiplomaWorld, student: BuiltUser = w.students[0]) {
    const admin = await signedIn(w.admin);
    const res = await admin.post(issueUrl(w), { studentId: student.id });
    expect(res.statusCode).toBe(200);
    return { admin, diploma: res.json().diploma as Record<string, string> };
  }

  let ipSeq = 0;
  /** A signed-out visitor from an address of its own (the rate limit counts per IP). */
  const visitor = () => new Browser(t.app, `198.51.100.${(ipSeq += 1)}`);

  const count = async (sql: string, params: unknown[]) =>
    Number((await t.db.query(sql, params))[0].n);

  describe('issuing follows the jury', () => {
    it('refuses a student the jury did not award, deferred, or did not decide on', async () => {
      const w = await buildDiplomaWorld(t.db, {
        students: 3,
        decide: (i) => (['refused', 'deferred', null] as const)[i],
      });
      const admin = await signedIn(w.admin);
      for (const s of w.students) {
        const res = await admin.post(issueUrl(w), { studentId: s.id });
        expect(res.statusCode).toBe(409);
        expect(res.json().code).toBe('diploma.not_awarded');
      }
      expect(
        await count('SELECT count(*) AS n FROM diplomas WHERE cohort_id = $1', [w.cohortId]),
      ).toBe(0);
    });

    it('refuses an award while the minutes are unsigned, and gives no number away', async () => {
      const w = await buildDiplomaWorld(t.db, { signed: false });
      const admin = await signedIn(w.admin);
      const res = await admin.post(issueUrl(w), { studentId: w.students[0].id });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('diploma.jury_unsigned');
      expect(
        await count(
          'SELECT count(*) AS n FROM diploma_counters dc JOIN programmes p ON p.id = dc.programme_id WHERE p.code = $1',
          [w.programmeCode],
        ),
      ).toBe(0);
    });

    it('issues an awarded student’s diploma: its number, the graduation, the notification', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { diploma } = await issued(w);
      expect(diploma['number']).toBe(`${w.programmeCode}-2027-0001`);
      expect(diploma).toMatchObject({
        status: 'valid',
        holderName: w.students[0].displayName,
        programmeTitle: w.programmeTitle,
        awardedOn: w.heldOn,
        signatoryName: 'Claire Dubois',
        finalGrade: 5.5,
        honoursLabelFr: 'Mention bien',
        showGrade: false,
        showHonours: false,
      });
      expect(diploma['verificationUrl']).toMatch(
        new RegExp(`^https://clique\\.example/verify/${diploma['number']}\\?c=[a-z0-9]{16}$`),
      );
      const [enrolment] = await t.db.query(
        'SELECT status FROM enrolments WHERE cohort_id = $1 AND student_id = $2',
        [w.cohortId, w.students[0].id],
      );
      expect(enrolment.status).toBe('graduated');
      expect(
        await count(
          `SELECT count(*) AS n FROM notifications WHERE user_id = $1 AND kind = 'diploma.issued'`,
          [w.students[0].id],
        ),
      ).toBe(1);
    });

    it('makes exactly one diploma of 50 concurrent clicks, each answered with it', async () => {
      const w = await buildDiplomaWorld(t.db);
      const admin = await signedIn(w.admin);
      const answers = await Promise.all(
        Array.from({ length: 50 }, () => admin.post(issueUrl(w), { studentId: w.students[0].id })),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(Array(50).fill(200));
      const ids = new Set(answers.map((a) => a.json().diploma.id));
      expect(ids.size).toBe(1);
      expect(answers.filter((a) => a.json().created)).toHaveLength(1);
      expect(
        await count('SELECT count(*) AS n FROM diplomas WHERE cohort_id = $1', [w.cohortId]),
      ).toBe(1);
      const [counter] = await t.db.query(
        'SELECT last_value FROM diploma_counters dc JOIN programmes p ON p.id = dc.programme_id WHERE p.code = $1',
        [w.programmeCode],
      );
      expect(counter.last_value).toBe(1);
    });

    it('numbers 20 students issued concurrently 0001 to 0020, without a gap or a twin', async () => {
      const w = await buildDiplomaWorld(t.db, { students: 20 });
      const admin = await signedIn(w.admin);
      const answers = await Promise.all(
        w.students.map((s) => admin.post(issueUrl(w), { studentId: s.id })),
      );
      // Each answer's status and, for a refusal, its problem: a failure says what went wrong.
      expect(
        answers.map((a) =>
          a.statusCode === 200 ? 200 : `${a.statusCode} ${a.body.slice(0, 200)}`,
        ),
      ).toEqual(answers.map(() => 200));
      const numbers = answers.map((a) => a.json().diploma.number as string).sort();
      expect(numbers).toEqual(
        Array.from(
          { length: 20 },
          (_, i) => `${w.programmeCode}-2027-${String(i + 1).padStart(4, '0')}`,
        ),
      );
    });

    it('issues all awarded students of a cohort at once, and a repeat issues nothing more', async () => {
      const w = await buildDiplomaWorld(t.db, {
        students: 4,
        decide: (i) => (i === 3 ? 'refused' : 'awarded'),
      });
      const admin = await signedIn(w.admin);
      const first = await admin.post(`${issueUrl(w)}/issue-all`);
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ issued: 3, alreadyIssued: 0, failed: [] });
      const board = await admin.get(issueUrl(w));
      expect(board.statusCode).toBe(200);
      const rows = board.json().students as {
        decision: string;
        issuable: boolean;
        diploma: unknown;
      }[];
      expect(rows.filter((r) => r.diploma)).toHaveLength(3);
      expect(rows.filter((r) => r.issuable)).toHaveLength(0);
      expect((await admin.post(`${issueUrl(w)}/issue-all`)).json()).toEqual({
        issued: 0,
        alreadyIssued: 0,
        failed: [],
      });
    });

    it('reads a cohort’s board in the same number of queries for 1 and for 6 students', async () => {
      const small = await buildDiplomaWorld(t.db, { students: 1 });
      const large = await buildDiplomaWorld(t.db, { students: 6 });
      const measure = async (w: DiplomaWorld) => {
        const admin = await signedIn(w.admin);
        await admin.post(`${issueUrl(w)}/issue-all`);
        t.queries.reset();
        expect((await admin.get(issueUrl(w))).statusCode).toBe(200);
        return t.queries.count;
      };
      expect(await measure(large)).toBe(await measure(small));
    });

    it('counts on the admin’s home the awarded students still waiting for their diploma', async () => {
      const w = await buildDiplomaWorld(t.db, {
        students: 3,
        decide: (i) => (i === 2 ? 'refused' : 'awarded'),
      });
      const eligible = async () => {
        const home = await (await signedIn(w.admin)).get('/api/home/admin');
        const cohort = (home.json().cohorts as { id: string; eligibleForDiploma: unknown }[]).find(
          (c) => c.id === w.cohortId,
        );
        return cohort?.eligibleForDiploma;
      };
      expect(await eligible()).toEqual({ value: 2, route: `/admin/diplomas?cohort=${w.cohortId}` });
      await issued(w);
      expect(await eligible()).toMatchObject({ value: 1 });
    });

    it('keeps a diploma for ever: never deleted, what it certifies never changed', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { diploma } = await issued(w);
      await expect(
        t.db.query('DELETE FROM diplomas WHERE id = $1', [diploma['id']]),
      ).rejects.toThrow(/never deleted/);
      await expect(
        t.db.query(`UPDATE diplomas SET holder_name = 'Someone Else' WHERE id = $1`, [
          diploma['id'],
        ]),
      ).rejects.toThrow(/never changes/);
    });
  });

  describe('the PDF', () => {
    it('prints the number, the holder, the programme and the verification link', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { admin, diploma } = await issued(w);
      const student = await signedIn(w.students[0]);
      for (const b of [admin, student]) {
        const pdf = await b.get(`/api/diplomas/${diploma['id']}/diploma.pdf`);
        expect(pdf.statusCode).toBe(200);
        expect(pdf.headers['content-type']).toBe('application/pdf');
        const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, ' ');
        expect(text).toContain('DIPLÔME');
        expect(text).toContain(diploma['number']);
        expect(text).toContain(w.students[0].displayName);
        expect(text).toContain(w.programmeTitle);
        expect(text).toContain('Mention bien');
        expect(text).toContain('Claire Dubois');
        expect(text).toContain(diploma['verificationUrl']);
      }
      const english = await pdfText(
        (await admin.get(`/api/diplomas/${diploma['id']}/diploma.pdf?lang=en`)).rawPayload,
      );
      expect(english).toContain('DIPLOMA');
      expect(english).toContain('Awarded on 25 June 2027');
    });
  });

  describe('access', () => {
    it('lets a student neither issue, revoke nor read the board (403)', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { diploma } = await issued(w);
      const student = await signedIn(w.students[0]);
      expect((await student.post(issueUrl(w), { studentId: w.students[0].id })).statusCode).toBe(
        403,
      );
      expect((await student.post(`${issueUrl(w)}/issue-all`)).statusCode).toBe(403);
      expect((await student.get(issueUrl(w))).statusCode).toBe(403);
      expect(
        (await student.post(`/api/diplomas/${diploma['id']}/revoke`, { reason: 'x' })).statusCode,
      ).toBe(403);
      const instructor = await signedIn(await buildInstructor(t.db));
      expect((await instructor.get(`/api/diplomas/${diploma['id']}/diploma.pdf`)).statusCode).toBe(
        403,
      );
    });

    it('hides another student’s diploma, PDF and credential (404)', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { diploma } = await issued(w);
      const other = await signedIn(await buildStudent(t.db));
      for (const path of ['', '/diploma.pdf', '/credential.jwt']) {
        expect((await other.get(`/api/diplomas/${diploma['id']}${path}`)).statusCode).toBe(404);
      }
      expect(
        (
          await other.request('PATCH', `/api/diplomas/${diploma['id']}/display`, {
            showGrade: true,
          })
        ).statusCode,
      ).toBe(404);
      expect((await other.get('/api/diplomas/mine')).json().items).toEqual([]);
    });

    it('refuses bad input with 400 naming the field, and an unknown cohort or student with 404', async () => {
      const w = await buildDiplomaWorld(t.db);
      const admin = await signedIn(w.admin);
      const bad = await admin.post(issueUrl(w), { studentId: 'nope' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('studentId');
      expect(
        (await admin.post(issueUrl(w), { studentId: w.students[0].id, extra: 1 })).statusCode,
      ).toBe(400);
      const stranger = await buildStudent(t.db);
      expect((await admin.post(issueUrl(w), { studentId: stranger.id })).statusCode).toBe(404);
      expect(
        (
          await admin.post('/api/cohorts/00000000-0000-4000-8000-000000000000/diplomas', {
            studentId: w.students[0].id,
          })
        ).statusCode,
      ).toBe(404);
    });
  });

  describe('public verification', () => {
    const verifyPath = (url: string) => url.replace('https://clique.example', '/api');

    it('answers valid with the name, programme and date, and grade and honours once opted in', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { diploma } = await issued(w);
      const first = await visitor().get(verifyPath(diploma['verificationUrl']));
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({
        status: 'valid',
        number: diploma['number'],
        holderName: w.students[0].displayName,
        programmeTitle: w.programmeTitle,
        awardedOn: w.heldOn,
        finalGrade: null,
        honours: null,
        revokedAt: null,
      });
      const student = await signedIn(w.students[0]);
      const chose = await student.request('PATCH', `/api/diplomas/${diploma['id']}/display`, {
        showGrade: true,
        showHonours: true,
      });
      expect(chose.statusCode).toBe(200);
      const after = await visitor().get(`${verifyPath(diploma['verificationUrl'])}&lang=fr`);
      expect(after.json()).toMatchObject({ finalGrade: '5,5 / 6', honours: 'Mention bien' });
    });

    it('answers a wrong code exactly as an unknown number', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { diploma } = await issued(w);
      const wrong = await visitor().get(`/api/verify/${diploma['number']}?c=abcdefghjkmnpqrs`);
      const unknown = await visitor().get(`/api/verify/ZZZ-2027-0001?c=abcdefghjkmnpqrs`);
      expect(wrong.statusCode).toBe(200);
      expect(wrong.json()).toEqual(unknown.json());
      expect(unknown.json().status).toBe('unknown');
      expect(unknown.json().holderName).toBeNull();
      expect((await visitor().get(`/api/verify/${diploma['number']}`)).statusCode).toBe(400);
    });

    it('refuses what is not a diploma number with a 400 naming the number', async () => {
      const answer = await visitor().get(`/api/verify/not-a-number?c=abcdefghjkmnpqrs`);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().errors).toEqual([expect.objectContaining({ field: 'number' })]);
    });

    it('answers revoked with its date, never the reason, and a revocation is final', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { admin, diploma } = await issued(w);
      const url = `/api/diplomas/${diploma['id']}/revoke`;
      const noReason = await admin.post(url, { reason: '  ' });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors[0].field).toBe('reason');
      const revoked = await admin.post(url, { reason: 'Plagiat établi du projet' });
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({
        status: 'revoked',
        revokedReason: 'Plagiat établi du projet',
      });
      expect((await admin.post(url, { reason: 'encore' })).json().code).toBe(
        'diploma.already_revoked',
      );
      await expect(
        t.db.query(
          'UPDATE diplomas SET revoked_at = NULL, revoked_by_id = NULL, revoked_reason = NULL WHERE id = $1',
          [diploma['id']],
        ),
      ).rejects.toThrow(/revocation is final/);
      const answer = await visitor().get(verifyPath(diploma['verificationUrl']));
      expect(answer.json().status).toBe('revoked');
      expect(answer.json().revokedAt).toBe(revoked.json().revokedAt);
      expect(JSON.stringify(answer.json())).not.toContain('Plagiat');
      const holder = await signedIn(w.students[0]);
      expect((await holder.get(`/api/diplomas/${diploma['id']}`)).json().revokedReason).toBeNull();
    });

    it('limits lookups per address: 429 problem+json with Retry-After, other addresses unaffected', async () => {
      const b = visitor();
      for (let i = 0; i < 8; i += 1) {
        expect((await b.get(`/api/verify/ZZZ-2027-000${i}?c=abcdefghjkmnpqrs`)).statusCode).toBe(
          200,
        );
      }
      const limited = await b.get('/api/verify/ZZZ-2027-0009?c=abcdefghjkmnpqrs');
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(limited.json().code).toBe('diploma.verify_throttled');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect((await visitor().get('/api/verify/ZZZ-2027-0009?c=abcdefghjkmnpqrs')).statusCode).toBe(
        200,
      );
    });
  });

  describe('the holder', () => {
    it('lists my diplomas with the verification link, its QR code and LinkedIn’s link', async () => {
      const w = await buildDiplomaWorld(t.db);
      const { diploma } = await issued(w);
      const student = await signedIn(w.students[0]);
      const mine = await student.get('/api/diplomas/mine');
      expect(mine.statusCode).toBe(200);
      const [item] = mine.json().items;
      expect(item).toMatchObject({
        id: diploma['id'],
        verificationUrl: diploma['verificationUrl'],
      });
      expect(item.qrDataUrl).toMatch(/^data:image\/png;base64,/);
      expect(item.linkedInUrl).toContain(
        'https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME',
      );
      expect(item.linkedInUrl).toContain(`certId=${diploma['number']}`);
    });
  });
});
