import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

describe('access policy: progress and transcripts', () => {
  let t: TestApp;
  let w: AccessWorld;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
  });
  afterAll(() => t.close());

  it('shows the cohort table to its instructors and admins only', async () => {
    const expected = {
      admin: 200,
      instructor: 200,
      otherInstructor: 404,
      student: 403,
      otherCohortStudent: 403,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, expected, (b) => b.get(`/api/cohorts/${w.cohortId}/progress`)),
    ).toEqual(expected);
  });

  it.each([
    [
      'progress',
      (w: AccessWorld) => `/api/cohorts/${w.cohortId}/progress/students/${w.users.student.id}`,
    ],
    [
      'details',
      (w: AccessWorld) =>
        `/api/cohorts/${w.cohortId}/progress/students/${w.users.student.id}/details`,
    ],
    [
      'transcript',
      (w: AccessWorld) =>
        `/api/cohorts/${w.cohortId}/students/${w.users.student.id}/transcript.pdf`,
    ],
  ])(
    "shows a student's %s to themself and the cohort's staff, and to no one else (404)",
    async (_what, url) => {
      const expected = {
        admin: 200,
        instructor: 200,
        otherInstructor: 404,
        student: 200,
        classmate: 404,
        otherCohortStudent: 404,
        withdrawn: 404,
        graduated: 404,
        anonymous: 401,
      };
      expect(await statusMatrix(w.browsers, expected, (b) => b.get(url(w)))).toEqual(expected);
    },
  );

  it('keeps a graduate reading their own progress, and not a withdrawn student', async () => {
    const own = (user: 'graduated' | 'withdrawn') =>
      w.browsers[user].get(`/api/cohorts/${w.cohortId}/progress/students/${w.users[user].id}`);
    expect((await own('graduated')).statusCode).toBe(200);
    expect((await own('withdrawn')).statusCode).toBe(404);
  });
});
