import { qrToken, qrWindow } from '../../attendance/qr-token';
import { buildSession } from '../../testing/scheduling-factories';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

const MINUTE = 60_000;

describe('access policy: attendance', () => {
  let t: TestApp;
  let w: AccessWorld;
  let sessionId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
    sessionId = (
      await buildSession(t.db, {
        cohortId: w.cohortId,
        startsAt: new Date(Date.now() - 5 * MINUTE),
        endsAt: new Date(Date.now() + 120 * MINUTE),
      })
    ).id;
  });
  afterAll(() => t.close());

  const staffOnly = {
    admin: 200,
    instructor: 200,
    otherInstructor: 404,
    student: 403,
    graduated: 403,
    anonymous: 401,
  };

  it('opens the roster, the QR code and the sheet to the cohort’s instructors and admins', async () => {
    for (const url of [
      `/api/sessions/${sessionId}/attendance`,
      `/api/sessions/${sessionId}/attendance/qr`,
      `/api/sessions/${sessionId}/attendance/parts/0/sheet.pdf`,
    ]) {
      expect(await statusMatrix(w.browsers, staffOnly, (b) => b.get(url))).toEqual(staffOnly);
    }
  });

  it('lets only the cohort’s staff take attendance', async () => {
    expect(
      await statusMatrix(w.browsers, staffOnly, (b) =>
        b.request('PUT', `/api/sessions/${sessionId}/attendance`, {
          part: 0,
          entries: [{ studentId: w.users.classmate.id, status: 'present' }],
        }),
      ),
    ).toEqual(staffOnly);
  });

  it('lets a student sign only for themselves, while active in the cohort', async () => {
    const expected = {
      admin: 403,
      instructor: 403,
      otherInstructor: 403,
      student: 200,
      otherCohortStudent: 404,
      withdrawn: 404,
      graduated: 404,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.post('/api/attendance/sign', {
          sessionId,
          part: 0,
          method: 'confirmed',
          token: qrToken(t.config.APP_SECRET, sessionId, 0, qrWindow(new Date())),
        }),
      ),
    ).toEqual(expected);
    const [row] = await t.db.query(
      `SELECT student_id FROM attendance_records WHERE session_id = $1 AND signed_at IS NOT NULL`,
      [sessionId],
    );
    expect(row.student_id).toBe(w.users.student.id);
  });

  it('shows a student their own marks at a session of their cohort', async () => {
    const expected = {
      admin: 403,
      instructor: 403,
      student: 200,
      classmate: 200,
      graduated: 200,
      withdrawn: 404,
      otherCohortStudent: 404,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.get(`/api/sessions/${sessionId}/attendance/mine`),
      ),
    ).toEqual(expected);
  });

  it('shows a student’s rates to them and the cohort’s staff; another student’s id is a 404', async () => {
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
    for (const suffix of ['', '/2026-01.pdf']) {
      const url = `/api/cohorts/${w.cohortId}/students/${w.users.student.id}/attendance${suffix}`;
      expect(await statusMatrix(w.browsers, expected, (b) => b.get(url))).toEqual(expected);
    }
    const own = `/api/cohorts/${w.cohortId}/students/${w.users.graduated.id}/attendance`;
    expect((await w.browsers.graduated.get(own)).statusCode).toBe(200);
    const gone = `/api/cohorts/${w.cohortId}/students/${w.users.withdrawn.id}/attendance`;
    expect((await w.browsers.withdrawn.get(gone)).statusCode).toBe(404);
    expect((await w.browsers.instructor.get(gone)).statusCode).toBe(200);
  });
});
