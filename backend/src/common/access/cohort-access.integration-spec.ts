import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

describe('access policy: cohorts', () => {
  let t: TestApp;
  let w: AccessWorld;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
  });
  afterAll(() => t.close());

  it('shows a cohort to admins, its instructors and the students who still belong to it (graduates too), and hides it from the rest', async () => {
    expect(
      await statusMatrix(w.browsers, READ, (b) => b.get(`/api/cohorts/${w.cohortId}`)),
    ).toEqual(READ);
  });

  it('lists the cohort for exactly those who may read it', async () => {
    const listed: Record<string, boolean> = {};
    for (const actor of Object.keys(READ) as (keyof typeof READ)[]) {
      if (actor === 'anonymous') continue;
      const page = (await w.browsers[actor].get(`/api/cohorts?q=${w.programmeCode}`)).json();
      listed[actor] = page.items.some((c: { id: string }) => c.id === w.cohortId);
    }
    expect(listed).toEqual({
      admin: true,
      instructor: true,
      otherInstructor: false,
      student: true,
      classmate: true,
      otherCohortStudent: false,
      withdrawn: false,
      graduated: true,
    });
  });

  it('opens the roster to admins and the cohort’s instructors only', async () => {
    const expected = { ...MANAGE };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.get(`/api/cohorts/${w.cohortId}/enrolments`),
      ),
    ).toEqual(expected);
  });

  it('lets admins and the cohort’s instructors manage it (projects overview), nobody else', async () => {
    expect(
      await statusMatrix(w.browsers, MANAGE, (b) =>
        b.get(`/api/projects/overview?cohortId=${w.cohortId}`),
      ),
    ).toEqual(MANAGE);
  });
});

/** Reading: a signed-in user who may not see it gets 404, never 403; anonymous 401. */
const READ = {
  admin: 200,
  instructor: 200,
  otherInstructor: 404,
  student: 200,
  classmate: 200,
  otherCohortStudent: 404,
  withdrawn: 404,
  graduated: 200,
  anonymous: 401,
};

/** Managing: staff routes refuse students by role (403); another instructor finds nothing (404). */
const MANAGE = {
  admin: 200,
  instructor: 200,
  otherInstructor: 404,
  student: 403,
  classmate: 403,
  otherCohortStudent: 403,
  withdrawn: 403,
  graduated: 403,
  anonymous: 401,
};
