import { buildAssessment, buildGrade, type GradingWorld } from '../../testing/assessment-factories';
import { buildModule } from '../../testing/programme-factories';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

describe('access policy: grades', () => {
  let t: TestApp;
  let w: AccessWorld;
  let assessmentId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
    const module = await buildModule(t.db, w.programmeId);
    const [programme] = await t.db.query<{ grading_scale: 'CH_6' }[]>(
      'SELECT grading_scale FROM programmes WHERE id = $1',
      [w.programmeId],
    );
    const world = {
      programme: { id: w.programmeId, gradingScale: programme.grading_scale },
      cohort: { id: w.cohortId },
      module,
      instructor: w.users.instructor,
      students: [],
    } as unknown as GradingWorld;
    const a = await buildAssessment(t.db, world, { released: true });
    assessmentId = a.id;
    for (const s of ['student', 'classmate', 'withdrawn', 'graduated'] as const) {
      await buildGrade(t.db, a, w.users[s].id, 5, w.users.instructor.id);
    }
  });
  afterAll(() => t.close());

  it('shows a student’s grades to the student, the cohort’s instructors and admins; 404 to the others', async () => {
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
    const url = `/api/cohorts/${w.cohortId}/students/${w.users.student.id}/grades`;
    expect(await statusMatrix(w.browsers, expected, (b) => b.get(url))).toEqual(expected);
  });

  it('lets a graduate still read their own grades, a withdrawn student no longer', async () => {
    const own = (s: 'graduated' | 'withdrawn') =>
      w.browsers[s].get(`/api/cohorts/${w.cohortId}/students/${w.users[s].id}/grades`);
    expect((await own('graduated')).statusCode).toBe(200);
    expect((await own('withdrawn')).statusCode).toBe(404);
  });

  it('lets the cohort’s instructors and admins read the gradebook; 403 for a role that never may', async () => {
    const expected = {
      admin: 200,
      instructor: 200,
      otherInstructor: 404,
      student: 403,
      graduated: 403,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.get(`/api/cohorts/${w.cohortId}/gradebook`),
      ),
    ).toEqual(expected);
  });

  it('lets only the cohort’s instructors and admins set a cell', async () => {
    const expected = {
      admin: 200,
      instructor: 200,
      otherInstructor: 404,
      student: 403,
      classmate: 403,
      anonymous: 401,
    };
    let version: number | null = 1;
    expect(
      await statusMatrix(w.browsers, expected, async (b) => {
        const response = await b.request(
          'PUT',
          `/api/assessments/${assessmentId}/grades/${w.users.student.id}`,
          { score: 4, expectedVersion: version },
        );
        if (response.statusCode === 200) version = response.json().version as number;
        return response;
      }),
    ).toEqual(expected);
  });

  it('lets only the cohort’s instructors and admins define, release and export', async () => {
    const expected = { admin: 200, instructor: 200, otherInstructor: 404, student: 403 };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.get(`/api/cohorts/${w.cohortId}/assessments`),
      ),
    ).toEqual(expected);
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.post(`/api/assessments/${assessmentId}/release`),
      ),
    ).toEqual(expected);
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.get(`/api/cohorts/${w.cohortId}/gradebook.csv`),
      ),
    ).toEqual(expected);
  });

  it('keeps the audit log to administrators', async () => {
    const expected = { admin: 200, instructor: 403, otherInstructor: 403, student: 403 };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.get(`/api/cohorts/${w.cohortId}/students/${w.users.student.id}/grade-audit`),
      ),
    ).toEqual(expected);
  });
});
