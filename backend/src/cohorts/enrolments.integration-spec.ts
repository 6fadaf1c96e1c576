import { randomUUID } from 'node:crypto';
import { buildAdmin, buildInstructor, buildStudent, buildUser } from '../testing/factories';
import { buildCohort, buildEnrolment, buildPartner } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('cohorts: enrolment', () => {
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
  const admin = async () => signedIn(await buildAdmin(t.db));

  describe('enrolment', () => {
    it('enrols an existing student, with a work-study employer', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const student = await buildStudent(t.db);
      const employer = await buildPartner(t.db);
      const response = await b.post(`/api/cohorts/${cohort.id}/enrolments`, {
        studentId: student.id,
        employerId: employer.id,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        createdUser: false,
        setPasswordUrl: null,
        enrolment: {
          status: 'active',
          student: { id: student.id, email: student.email },
          employer: { id: employer.id },
        },
      });
    });

    it('enrols a new student by e-mail: creates the account without password and returns its link', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const email = `new-${randomUUID().slice(0, 8)}@test.clique`;
      const response = await b.post(`/api/cohorts/${cohort.id}/enrolments`, {
        email,
        givenName: 'Élodie',
        familyName: 'Chappuis',
        preferredLanguage: 'en',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        createdUser: true,
        enrolment: {
          student: {
            email,
            displayName: 'Élodie Chappuis',
            preferredLanguage: 'en',
            hasPassword: false,
          },
        },
      });
      expect(response.json().setPasswordUrl).toMatch(/\/set-password\?token=/);
      const noNames = await b.post(`/api/cohorts/${cohort.id}/enrolments`, {
        email: `other-${email}`,
      });
      expect(noNames.statusCode).toBe(400);
      expect(noNames.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'givenName',
        'familyName',
      ]);
    });

    it('enrols an existing student found by e-mail in another case, and refuses a non-student', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const student = await buildStudent(t.db);
      const found = await b.post(`/api/cohorts/${cohort.id}/enrolments`, {
        email: student.email.toUpperCase(),
      });
      expect(found.json()).toMatchObject({
        createdUser: false,
        enrolment: { student: { id: student.id } },
      });
      const teacher = await buildInstructor(t.db);
      expect(
        (await b.post(`/api/cohorts/${cohort.id}/enrolments`, { email: teacher.email })).json(),
      ).toMatchObject({ code: 'user.not_student' });
      expect(
        (await b.post(`/api/cohorts/${cohort.id}/enrolments`, { studentId: teacher.id }))
          .statusCode,
      ).toBe(400);
    });

    it('refuses a second enrolment of the same student (409), and enrolment in a closed cohort', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const student = await buildStudent(t.db);
      await buildEnrolment(t.db, cohort.id, student.id);
      const again = await b.post(`/api/cohorts/${cohort.id}/enrolments`, { studentId: student.id });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'enrolment.exists' });
      const closed = await buildCohort(t.db, { status: 'closed' });
      expect(
        (await b.post(`/api/cohorts/${closed.id}/enrolments`, { studentId: student.id })).json(),
      ).toMatchObject({ code: 'cohort.closed' });
    });

    it('keeps exactly one enrolment when the same student is enrolled concurrently', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const student = await buildStudent(t.db);
      const responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          b.post(`/api/cohorts/${cohort.id}/enrolments`, { studentId: student.id }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      const [{ count }] = await t.db.query(
        'SELECT count(*)::int AS count FROM enrolments WHERE cohort_id = $1',
        [cohort.id],
      );
      expect(count).toBe(1);
    });

    it('creates one account and one enrolment when the same new e-mail is enrolled concurrently', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const email = `race-${randomUUID().slice(0, 8)}@test.clique`;
      const responses = await Promise.all(
        Array.from({ length: 4 }, () =>
          b.post(`/api/cohorts/${cohort.id}/enrolments`, {
            email,
            givenName: 'Théo',
            familyName: 'Girard',
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
      const [{ count }] = await t.db.query(
        'SELECT count(*)::int AS count FROM users WHERE lower(email) = $1',
        [email],
      );
      expect(count).toBe(1);
    });

    it('withdraws a student with a date and reason, kept in the roster', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const enrolment = await buildEnrolment(t.db, cohort.id, (await buildStudent(t.db)).id);
      const response = await b.post(`/api/enrolments/${enrolment.id}/withdraw`, {
        reason: 'Reprise d’un emploi',
        withdrawnAt: '2027-01-15T09:00:00Z',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'withdrawn',
        withdrawnAt: '2027-01-15T09:00:00.000Z',
        withdrawalReason: 'Reprise d’un emploi',
      });
      expect(
        (await b.post(`/api/enrolments/${enrolment.id}/withdraw`, { reason: 'encore' })).statusCode,
      ).toBe(409);
      expect(
        (await b.post(`/api/enrolments/${enrolment.id}/withdraw`, {})).json().errors[0],
      ).toMatchObject({ field: 'reason' });
      const roster = (await b.get(`/api/cohorts/${cohort.id}/enrolments?status=withdrawn`)).json();
      expect(roster.items).toEqual([
        expect.objectContaining({ id: enrolment.id, status: 'withdrawn' }),
      ]);
      expect((await b.get(`/api/cohorts/${cohort.id}`)).json().studentCount).toBe(0);
    });

    it('changes and clears the work-study employer', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const enrolment = await buildEnrolment(t.db, cohort.id, (await buildStudent(t.db)).id);
      const employer = await buildPartner(t.db);
      expect(
        (await b.patch(`/api/enrolments/${enrolment.id}`, { employerId: employer.id })).json()
          .employer,
      ).toEqual({ id: employer.id, name: employer.name });
      expect(
        (await b.patch(`/api/enrolments/${enrolment.id}`, { employerId: null })).json().employer,
      ).toBeNull();
      expect(
        (await b.patch(`/api/enrolments/${enrolment.id}`, { employerId: randomUUID() })).statusCode,
      ).toBe(400);
      expect(
        (await b.patch(`/api/enrolments/${randomUUID()}`, { employerId: null })).statusCode,
      ).toBe(404);
    });

    it('lists the roster in the same number of queries for 1 and 100 students, searchable', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const employer = await buildPartner(t.db);
      await buildEnrolment(
        t.db,
        cohort.id,
        (await buildUser(t.db, { displayName: 'Aaron Premier' })).id,
        { employerId: employer.id },
      );
      t.queries.reset();
      const one = await b.get(`/api/cohorts/${cohort.id}/enrolments?size=200`);
      const forOne = t.queries.count;
      for (let i = 1; i < 100; i++) {
        const s = await buildUser(t.db, { displayName: `Étudiant ${String(i).padStart(3, '0')}` });
        await buildEnrolment(t.db, cohort.id, s.id, { employerId: i % 7 ? null : employer.id });
      }
      t.queries.reset();
      const many = await b.get(`/api/cohorts/${cohort.id}/enrolments?size=200&sort=-displayName`);
      expect(t.queries.count).toBe(forOne);
      expect(one.json().items[0]).toMatchObject({
        student: { displayName: 'Aaron Premier' },
        employer: { id: employer.id },
      });
      expect(many.json().total).toBe(100);
      expect(many.json().items[0].student.displayName).toBe('Étudiant 099');
      expect(
        (
          await b.get(`/api/cohorts/${cohort.id}/enrolments?q=${encodeURIComponent('Étudiant 05')}`)
        ).json().total,
      ).toBe(10);
    });
  });
});
