import { daysFromToday } from '../testing/dates';
import { buildUser } from '../testing/factories';
import { buildEnrolment, buildRule } from '../testing/programme-factories';
import { buildSession } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import type { AttendanceRosterDto } from './dto/attendance.dto';
import { QR_WINDOW_MS, qrToken, qrWindow } from './qr-token';
import {
  buildAttendanceWorld,
  localInstant,
  PNG_DATA_URL,
  sessionAround,
} from './testing/attendance-world';

describe('attendance', () => {
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

  describe('signing with the room’s QR code', () => {
    it('lets a student sign with the code shown, marks them present, and the roster shows it', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 120);
      const instructor = await signedIn(w.instructor);
      const asked = Date.now();
      const qr = await instructor.get(`/api/sessions/${session.id}/attendance/qr`);
      expect(qr.statusCode).toBe(200);
      const code = qr.json();
      expect(code).toMatchObject({ part: 0 });
      expect(code.url).toBe(`${t.config.PUBLIC_URL}/sign/${session.id}?t=${code.token}`);
      expect(code.qrDataUrl).toMatch(/^data:image\/png;base64,/);
      // The code is replaced at the end of its 30 s window: after it was asked for, and within
      // 30 s of it (compared with the time it was asked for: a window may end during the test).
      const expiresAt = new Date(code.expiresAt).getTime();
      expect(expiresAt).toBeGreaterThan(asked);
      expect(expiresAt).toBeLessThanOrEqual(asked + 30_000);

      const student = await signedIn(w.student);
      const signed = await student.post('/api/attendance/sign', {
        sessionId: session.id,
        token: code.token,
        part: 0,
        method: 'drawn',
        signature: PNG_DATA_URL,
      });
      expect(signed.statusCode).toBe(200);
      expect(signed.json()).toMatchObject({ part: 0, status: 'present', signatureMethod: 'drawn' });

      const roster = (await instructor.get(`/api/sessions/${session.id}/attendance`)).json();
      expect(roster.currentPart).toBe(0);
      const line = (id: string) =>
        (roster as AttendanceRosterDto).students.find((s) => s.student.id === id)!;
      expect(line(w.student.id).marks).toEqual([
        expect.objectContaining({ part: 0, status: 'present', signatureMethod: 'drawn' }),
      ]);
      expect(line(w.classmate.id).marks).toEqual([
        expect.objectContaining({ part: 0, status: null, signedAt: null }),
      ]);
    });

    it('marks a signature later than 15 minutes after the start as late', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -30, 60);
      const token = qrToken(t.config.APP_SECRET, session.id, 0, qrWindow(new Date()));
      const student = await signedIn(w.student);
      const signed = await student.post('/api/attendance/sign', {
        sessionId: session.id,
        token,
        part: 0,
        method: 'confirmed',
      });
      expect(signed.json()).toMatchObject({ status: 'late', signatureMethod: 'confirmed' });
    });

    it('refuses a second signature, also when two arrive at once', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 60);
      const token = qrToken(t.config.APP_SECRET, session.id, 0, qrWindow(new Date()));
      const body = { sessionId: session.id, token, part: 0, method: 'confirmed' };
      const student = await signedIn(w.student);
      const both = await Promise.all([
        student.post('/api/attendance/sign', body),
        student.post('/api/attendance/sign', body),
      ]);
      expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      expect(both.find((r) => r.statusCode === 409)!.json()).toMatchObject({
        code: 'attendance.already_signed',
      });
      const again = await student.post('/api/attendance/sign', body);
      expect(again.statusCode).toBe(409);
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM attendance_records
          WHERE session_id = $1 AND signed_at IS NOT NULL`,
        [session.id],
      );
      expect(count).toBe(1);
    });

    it('refuses an old code, a code of another session, and no code in the room', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 60);
      const student = await signedIn(w.student);
      const sign = (token?: string) =>
        student.post('/api/attendance/sign', {
          sessionId: session.id,
          part: 0,
          method: 'confirmed',
          ...(token === undefined ? {} : { token }),
        });
      const old = qrToken(t.config.APP_SECRET, session.id, 0, qrWindow(new Date()) - 2);
      const other = qrToken(t.config.APP_SECRET, w.room.id, 0, qrWindow(new Date()));
      for (const token of [old, other, undefined, 'x'.repeat(22)]) {
        const refused = await sign(token);
        expect(refused.statusCode).toBe(400);
        expect(refused.json()).toMatchObject({ code: 'attendance.token_invalid' });
      }
      // Not right at a change of code, so that "the previous one" stays the previous one.
      const into = Date.now() % QR_WINDOW_MS;
      if (into > QR_WINDOW_MS - 5000)
        await new Promise((r) => setTimeout(r, QR_WINDOW_MS - into + 100));
      const previous = qrToken(t.config.APP_SECRET, session.id, 0, qrWindow(new Date()) - 1);
      expect((await sign(previous)).statusCode).toBe(200);
    });

    it('refuses signing before the window opens and after it closes', async () => {
      const w = await buildAttendanceWorld(t.db);
      const later = await sessionAround(w, t.db, 60, 120);
      const earlier = await sessionAround(w, t.db, -180, -60);
      const student = await signedIn(w.student);
      for (const session of [later, earlier]) {
        const token = qrToken(t.config.APP_SECRET, session.id, 0, qrWindow(new Date()));
        const refused = await student.post('/api/attendance/sign', {
          sessionId: session.id,
          token,
          part: 0,
          method: 'confirmed',
        });
        expect(refused.statusCode).toBe(409);
        expect(refused.json()).toMatchObject({ code: 'attendance.window_closed' });
      }
      const instructor = await signedIn(w.instructor);
      const qr = await instructor.get(`/api/sessions/${later.id}/attendance/qr`);
      expect(qr.statusCode).toBe(409);
      expect(qr.json()).toMatchObject({ code: 'attendance.window_closed' });
    });

    it('opens signing 15 minutes before the start by default', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, 10, 70);
      const token = qrToken(t.config.APP_SECRET, session.id, 0, qrWindow(new Date()));
      const student = await signedIn(w.student);
      const signed = await student.post('/api/attendance/sign', {
        sessionId: session.id,
        token,
        part: 0,
        method: 'confirmed',
      });
      expect(signed.json()).toMatchObject({ status: 'present' });
    });

    it('signs an online session without a code, only for the signed-in student', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 60);
      await t.db.query(
        `UPDATE sessions SET room_id = NULL, online_url = 'https://meet.example.org/x' WHERE id = $1`,
        [session.id],
      );
      const student = await signedIn(w.student);
      const mine = (await student.get(`/api/sessions/${session.id}/attendance/mine`)).json();
      expect(mine).toMatchObject({ tokenRequired: false, currentPart: 0 });
      const signed = await student.post('/api/attendance/sign', {
        sessionId: session.id,
        part: 0,
        method: 'confirmed',
      });
      expect(signed.statusCode).toBe(200);
      const [row] = await t.db.query(
        `SELECT student_id FROM attendance_records WHERE session_id = $1`,
        [session.id],
      );
      expect(row.student_id).toBe(w.student.id);
    });

    it('refuses a drawn signature that is not a PNG, and a student of another cohort', async () => {
      const w = await buildAttendanceWorld(t.db);
      const other = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 60);
      const token = qrToken(t.config.APP_SECRET, session.id, 0, qrWindow(new Date()));
      const body = { sessionId: session.id, token, part: 0, method: 'drawn' };
      const student = await signedIn(w.student);
      const svg = await student.post('/api/attendance/sign', {
        ...body,
        signature: `data:image/png;base64,${Buffer.from('<svg/>').toString('base64')}`,
      });
      expect(svg.statusCode).toBe(400);
      expect(svg.json()).toMatchObject({ code: 'attendance.signature_invalid' });
      const outsider = await signedIn(other.student);
      const refused = await outsider.post('/api/attendance/sign', {
        ...body,
        signature: PNG_DATA_URL,
      });
      expect(refused.statusCode).toBe(404);
    });
  });

  describe('taking attendance', () => {
    it('sets everyone present, then the exceptions; excused needs a reason', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 60);
      const instructor = await signedIn(w.instructor);
      const url = `/api/sessions/${session.id}/attendance`;
      const all = await instructor.request('PUT', url, {
        part: 0,
        entries: [w.student.id, w.classmate.id].map((studentId) => ({
          studentId,
          status: 'present',
        })),
      });
      expect(all.statusCode).toBe(200);
      const noReason = await instructor.request('PUT', url, {
        part: 0,
        entries: [{ studentId: w.classmate.id, status: 'excused' }],
      });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json()).toMatchObject({ code: 'attendance.reason_required' });
      const excused = await instructor.request('PUT', url, {
        part: 0,
        entries: [{ studentId: w.classmate.id, status: 'excused', excuseReason: 'Maladie' }],
      });
      const marks = Object.fromEntries(
        (excused.json() as AttendanceRosterDto).students.map((s) => [s.student.id, s.marks[0]]),
      );
      expect(marks[w.student.id]).toMatchObject({ status: 'present', excuseReason: null });
      expect(marks[w.classmate.id]).toMatchObject({ status: 'excused', excuseReason: 'Maladie' });
    });

    it('refuses a student of another cohort and a part the session does not have', async () => {
      const w = await buildAttendanceWorld(t.db);
      const other = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 60);
      const instructor = await signedIn(w.instructor);
      const url = `/api/sessions/${session.id}/attendance`;
      const outsider = await instructor.request('PUT', url, {
        part: 0,
        entries: [
          { studentId: w.student.id, status: 'present' },
          { studentId: other.student.id, status: 'present' },
        ],
      });
      expect(outsider.statusCode).toBe(400);
      expect(outsider.json()).toMatchObject({ code: 'attendance.not_enrolled' });
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM attendance_records WHERE session_id = $1`,
        [session.id],
      );
      expect(count).toBe(0);
      const part = await instructor.request('PUT', url, {
        part: 2,
        entries: [{ studentId: w.student.id, status: 'present' }],
      });
      expect(part.statusCode).toBe(400);
      expect(part.json()).toMatchObject({ code: 'attendance.part_invalid' });
    });

    it('is taken from the window’s opening, not before', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, 120, 180);
      const instructor = await signedIn(w.instructor);
      const early = await instructor.request('PUT', `/api/sessions/${session.id}/attendance`, {
        part: 0,
        entries: [{ studentId: w.student.id, status: 'present' }],
      });
      expect(early.statusCode).toBe(409);
      expect(early.json()).toMatchObject({ code: 'attendance.too_early' });
    });

    it('reads the roster in a fixed number of queries, whatever the class size', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 60);
      const instructor = await signedIn(w.instructor);
      const url = `/api/sessions/${session.id}/attendance`;
      await instructor.get(url);
      t.queries.reset();
      await instructor.get(url);
      const small = t.queries.count;
      for (let i = 0; i < 5; i++) {
        const s = await buildUser(t.db, { role: 'student' });
        await buildEnrolment(t.db, w.cohort.id, s.id);
      }
      t.queries.reset();
      const roster = await instructor.get(url);
      expect(roster.json().students).toHaveLength(7);
      expect(t.queries.count).toBe(small);
      expect(small).toBeLessThanOrEqual(4); // session + auth lookups + roster
    });

    it('lets the instructor certify the sheet once', async () => {
      const w = await buildAttendanceWorld(t.db);
      const session = await sessionAround(w, t.db, -5, 60);
      const instructor = await signedIn(w.instructor);
      const url = `/api/sessions/${session.id}/attendance/certify`;
      const first = await instructor.post(url, { part: 0, signature: PNG_DATA_URL });
      expect(first.statusCode).toBe(204);
      const second = await instructor.post(url, { part: 0, signature: PNG_DATA_URL });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({ code: 'attendance.already_certified' });
      const roster = (await instructor.get(`/api/sessions/${session.id}/attendance`)).json();
      expect(roster.parts[0].certifications).toEqual([
        expect.objectContaining({
          instructor: { id: w.instructor.id, displayName: w.instructor.displayName },
        }),
      ]);
    });
  });

  describe('parts and rates', () => {
    it('splits a full course day into morning and afternoon, the lunch hour in neither', async () => {
      const w = await buildAttendanceWorld(t.db);
      const day = daysFromToday(-14);
      const full = await buildSession(t.db, {
        cohortId: w.cohort.id,
        startsAt: await localInstant(t.db, day, '09:00'),
        endsAt: await localInstant(t.db, day, '17:00'),
      });
      const morning = await buildSession(t.db, {
        cohortId: w.cohort.id,
        startsAt: await localInstant(t.db, daysFromToday(-13), '09:00'),
        endsAt: await localInstant(t.db, daysFromToday(-13), '12:00'),
      });
      const parts = await t.db.query(
        `SELECT session_id, part, starts_at, ends_at, minutes FROM attendance_parts
          WHERE session_id IN ($1, $2) ORDER BY starts_at`,
        [full.id, morning.id],
      );
      expect(parts).toEqual([
        expect.objectContaining({
          session_id: full.id,
          part: 1,
          starts_at: await localInstant(t.db, day, '09:00'),
          ends_at: await localInstant(t.db, day, '12:00'),
          minutes: 180,
        }),
        expect.objectContaining({
          session_id: full.id,
          part: 2,
          starts_at: await localInstant(t.db, day, '13:00'),
          ends_at: await localInstant(t.db, day, '17:00'),
          minutes: 240,
        }),
        expect.objectContaining({ session_id: morning.id, part: 0, minutes: 180 }),
      ]);
    });

    it('computes the rate over held, taken parts: no record is absent, excused per the rule', async () => {
      const w = await buildAttendanceWorld(t.db);
      const rule = await buildRule(t.db, w.programme, {
        kind: 'attendance',
        threshold: 80,
        excusedCountAsAbsent: false,
      });
      const day = daysFromToday(-7);
      const full = await buildSession(t.db, {
        cohortId: w.cohort.id,
        moduleId: w.module.id,
        startsAt: await localInstant(t.db, day, '09:00'),
        endsAt: await localInstant(t.db, day, '17:00'),
      });
      const short = await buildSession(t.db, {
        cohortId: w.cohort.id,
        moduleId: w.module.id,
        startsAt: await localInstant(t.db, daysFromToday(-6), '09:00'),
        endsAt: await localInstant(t.db, daysFromToday(-6), '12:00'),
      });
      // Not taken: counts for nobody.
      await buildSession(t.db, {
        cohortId: w.cohort.id,
        moduleId: w.module.id,
        startsAt: await localInstant(t.db, daysFromToday(-5), '09:00'),
        endsAt: await localInstant(t.db, daysFromToday(-5), '12:00'),
      });
      const insert = (sessionId: string, part: number, studentId: string, status: string) =>
        t.db.query(
          `INSERT INTO attendance_records (session_id, student_id, part, status, excuse_reason)
           VALUES ($1, $2, $3, $4, CASE WHEN $4 = 'excused' THEN 'Maladie' END)`,
          [sessionId, studentId, part, status],
        );
      await insert(full.id, 1, w.student.id, 'present'); // 180
      await insert(full.id, 2, w.student.id, 'late'); // 240
      await insert(short.id, 0, w.classmate.id, 'present'); // student has no record: absent, 180
      await insert(full.id, 1, w.classmate.id, 'excused');

      const instructor = await signedIn(w.instructor);
      const url = `/api/cohorts/${w.cohort.id}/students/${w.student.id}/attendance`;
      const mine = (await instructor.get(url)).json();
      expect(mine.overall).toEqual({ attendedMinutes: 420, countedMinutes: 600, rate: 70 });
      expect(mine.minimumPercent).toBe(80);
      expect(mine.modules).toEqual([
        expect.objectContaining({ moduleId: w.module.id, present: 1, late: 1, absent: 1 }),
      ]);
      expect(mine.lines).toHaveLength(3);

      const classmate = `/api/cohorts/${w.cohort.id}/students/${w.classmate.id}/attendance`;
      // classmate: part 1 excused (neutral), part 2 absent (240), short present (180)
      expect((await instructor.get(classmate)).json().overall.rate).toBe(42.9);
      await t.db.query(`UPDATE diploma_rules SET excused_count_as_absent = true WHERE id = $1`, [
        rule.id,
      ]);
      expect((await instructor.get(classmate)).json().overall.rate).toBe(30);
    });
  });
});
