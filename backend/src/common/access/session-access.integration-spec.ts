import { buildSession } from '../../testing/scheduling-factories';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

const DAY = 86_400_000;
const inDays = (d: number, hour: number) =>
  new Date(Math.floor(Date.now() / DAY) * DAY + d * DAY + hour * 3_600_000);

describe('access policy: sessions', () => {
  let t: TestApp;
  let w: AccessWorld;
  let sessionId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
    sessionId = (
      await buildSession(t.db, {
        cohortId: w.cohortId,
        startsAt: inDays(10, 8),
        endsAt: inDays(10, 11),
      })
    ).id;
  });
  afterAll(() => t.close());

  it('shows a session to whoever may read its cohort, and hides it from the rest', async () => {
    const expected = {
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
    expect(
      await statusMatrix(w.browsers, expected, (b) => b.get(`/api/sessions/${sessionId}`)),
    ).toEqual(expected);
  });

  it('puts the session in the calendar of exactly those who may read it', async () => {
    const from = inDays(9, 0).toISOString();
    const to = inDays(12, 0).toISOString();
    const listed: Record<string, boolean> = {};
    for (const actor of READERS) {
      const list = (await w.browsers[actor].get(`/api/sessions?from=${from}&to=${to}`)).json();
      listed[actor] = list.items.some((s: { id: string }) => s.id === sessionId);
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

  it('shows an instructor the sessions they teach in a cohort they do not teach', async () => {
    const guestSlot = await buildSession(t.db, {
      cohortId: w.otherCohortId,
      startsAt: inDays(11, 13),
      endsAt: inDays(11, 15),
      instructorIds: [w.users.instructor.id],
    });
    const seen = await w.browsers.instructor.get(`/api/sessions/${guestSlot.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().canManage).toBe(false);
    expect(
      (
        await w.browsers.instructor.request('PATCH', `/api/sessions/${guestSlot.id}`, {
          title: 'x',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('marks the session manageable for admins and the cohort’s instructors only', async () => {
    const canManage: Record<string, boolean> = {};
    for (const actor of READERS) {
      const response = await w.browsers[actor].get(`/api/sessions/${sessionId}`);
      if (response.statusCode === 200) canManage[actor] = response.json().canManage;
    }
    expect(canManage).toEqual({
      admin: true,
      instructor: true,
      student: false,
      classmate: false,
      graduated: false,
    });
  });

  it('lets admins and the cohort’s instructors change it; another instructor finds nothing', async () => {
    const expected = {
      admin: 200,
      instructor: 200,
      otherInstructor: 404,
      student: 403,
      otherCohortStudent: 403,
      withdrawn: 403,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, expected, (b, actor) =>
        b.request('PATCH', `/api/sessions/${sessionId}`, { title: `Séance (${actor})` }),
      ),
    ).toEqual(expected);
  });
});

const READERS = [
  'admin',
  'instructor',
  'otherInstructor',
  'student',
  'classmate',
  'otherCohortStudent',
  'withdrawn',
  'graduated',
] as const;
