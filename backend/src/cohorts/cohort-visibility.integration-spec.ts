import { buildInstructor, buildStudent } from '../testing/factories';
import { buildCohort, buildEnrolment } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('cohorts: who sees what', () => {
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
  const ids = (response: { json(): { items: { id: string }[] } }) =>
    response.json().items.map((i) => i.id);

  describe('who sees what', () => {
    it('shows an instructor only the cohorts they teach, read-only, and 404 elsewhere', async () => {
      const teacher = await buildInstructor(t.db);
      const mine = await buildCohort(t.db, { instructorIds: [teacher.id] });
      const other = await buildCohort(t.db);
      const b = await signedIn(teacher);
      expect(ids(await b.get('/api/cohorts?size=200'))).toEqual([mine.id]);
      expect((await b.get(`/api/cohorts/${mine.id}`)).statusCode).toBe(200);
      expect((await b.get(`/api/cohorts/${other.id}`)).statusCode).toBe(404);
      expect((await b.get(`/api/cohorts/${other.id}/enrolments`)).statusCode).toBe(404);
      expect((await b.get(`/api/cohorts/${other.id}/roster.csv`)).statusCode).toBe(404);
      expect((await b.get(`/api/cohorts/${mine.id}/enrolments`)).statusCode).toBe(200);
      expect((await b.patch(`/api/cohorts/${mine.id}`, { name: 'x' })).statusCode).toBe(403);
      const student = await buildStudent(t.db);
      expect(
        (await b.post(`/api/cohorts/${mine.id}/enrolments`, { studentId: student.id })).statusCode,
      ).toBe(403);
      const taught = await b.get('/api/me/cohorts');
      expect(taught.json().map((c: { id: string }) => c.id)).toEqual([mine.id]);
    });

    it('shows a student their own cohort only, never the roster', async () => {
      const student = await buildStudent(t.db);
      const mine = await buildCohort(t.db);
      await buildEnrolment(t.db, mine.id, student.id);
      const other = await buildCohort(t.db);
      const b = await signedIn(student);
      expect(ids(await b.get('/api/cohorts'))).toEqual([mine.id]);
      expect((await b.get(`/api/cohorts/${mine.id}`)).statusCode).toBe(200);
      expect((await b.get(`/api/cohorts/${other.id}`)).statusCode).toBe(404);
      expect((await b.get(`/api/cohorts/${mine.id}/enrolments`)).statusCode).toBe(403);
      expect((await b.get(`/api/cohorts/${mine.id}/roster.csv`)).statusCode).toBe(403);
      expect((await b.get('/api/me/cohorts')).statusCode).toBe(403);
    });

    it('answers 401 to anonymous calls on every cohort route', async () => {
      const cohort = await buildCohort(t.db);
      const anon = new Browser(t.app);
      for (const url of [
        '/api/cohorts',
        `/api/cohorts/${cohort.id}`,
        `/api/cohorts/${cohort.id}/enrolments`,
        `/api/cohorts/${cohort.id}/roster.csv`,
        '/api/me/programme',
        '/api/me/cohorts',
      ]) {
        expect([url, (await anon.get(url)).statusCode]).toEqual([url, 401]);
      }
      expect(
        (await anon.post(`/api/cohorts/${cohort.id}/enrolments/import/preview`, { csv: 'x' }))
          .statusCode,
      ).toBe(401);
    });
  });
});
