import { buildSession } from '../../testing/scheduling-factories';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

const HOUR = 3_600_000;

describe('access policy: syntheses', () => {
  let t: TestApp;
  let w: AccessWorld;
  let talkId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
    const startsAt = new Date(Date.now() - 50 * HOUR);
    talkId = (
      await buildSession(t.db, {
        cohortId: w.cohortId,
        kind: 'guest_talk',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      })
    ).id;
  });
  afterAll(() => t.close());

  /** A synthesis written straight to the table (as if before a withdrawal or graduation). */
  async function synthesisOf(studentId: string, submitted: boolean): Promise<string> {
    const [row] = await t.db.query<{ id: string }[]>(
      `INSERT INTO syntheses (session_id, student_id, body_html, submitted_at)
       VALUES ($1, $2, '<p>Le parcours de l’intervenante.</p>', $3) RETURNING id`,
      [talkId, studentId, submitted ? new Date() : null],
    );
    return row.id;
  }

  it('shows a handed-in synthesis to its author and the cohort’s planners, and hides it from the rest', async () => {
    const id = await synthesisOf(w.users.student.id, true);
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
    expect(await statusMatrix(w.browsers, expected, (b) => b.get(`/api/syntheses/${id}`))).toEqual(
      expected,
    );
  });

  it('keeps a draft to its author: planners see it once handed in', async () => {
    const id = await synthesisOf(w.users.classmate.id, false);
    const expected = { admin: 404, instructor: 404, classmate: 200, student: 404 };
    expect(await statusMatrix(w.browsers, expected, (b) => b.get(`/api/syntheses/${id}`))).toEqual(
      expected,
    );
  });

  it('lets a graduate still read their own synthesis, and a withdrawn student no longer', async () => {
    const graduated = await synthesisOf(w.users.graduated.id, true);
    const withdrawn = await synthesisOf(w.users.withdrawn.id, true);
    expect((await w.browsers.graduated.get(`/api/syntheses/${graduated}`)).statusCode).toBe(200);
    expect((await w.browsers.withdrawn.get(`/api/syntheses/${withdrawn}`)).statusCode).toBe(404);
    expect(
      (await w.browsers.withdrawn.get(`/api/sessions/${talkId}/syntheses/mine`)).statusCode,
    ).toBe(404);
    expect((await w.browsers.instructor.get(`/api/syntheses/${withdrawn}`)).statusCode).toBe(200);
  });

  it('lets only students active in the cohort write a synthesis of its session', async () => {
    const startsAt = new Date(Date.now() - 26 * HOUR);
    const otherTalk = await buildSession(t.db, {
      cohortId: w.cohortId,
      kind: 'guest_talk',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
    });
    const expected = {
      admin: 403,
      instructor: 403,
      student: 200,
      otherCohortStudent: 404,
      withdrawn: 404,
      graduated: 404,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.request('PUT', `/api/sessions/${otherTalk.id}/syntheses/mine`, {
          bodyHtml: '<p>Brouillon.</p>',
        }),
      ),
    ).toEqual(expected);
  });

  it('opens a session’s syntheses and their feedback to the cohort’s planners only', async () => {
    const id = await synthesisOf(w.users.otherCohortStudent.id, true);
    const list = {
      admin: 200,
      instructor: 200,
      otherInstructor: 404,
      student: 403,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, list, (b) => b.get(`/api/sessions/${talkId}/syntheses`)),
    ).toEqual(list);
    const feedback = { admin: 200, instructor: 200, otherInstructor: 404, student: 403 };
    expect(
      await statusMatrix(w.browsers, feedback, (b) =>
        b.patch(`/api/syntheses/${id}/feedback`, { feedback: 'Bonne restitution.' }),
      ),
    ).toEqual(feedback);
  });

  it('counts as missing only the students active in the cohort', async () => {
    const missing = (await w.browsers.instructor.get(`/api/sessions/${talkId}/syntheses`)).json()
      .missing as { id: string }[];
    const ids = missing.map((m) => m.id);
    expect(ids).not.toContain(w.users.withdrawn.id);
    expect(ids).not.toContain(w.users.graduated.id);
  });
});
