import { pdfText } from '../testing/pdf-text';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { qrToken, qrWindow } from './qr-token';
import { buildAttendanceWorld, PNG_DATA_URL, sessionAround } from './testing/attendance-world';

describe('attendance sheets (PDF)', () => {
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

  async function signedSession() {
    const w = await buildAttendanceWorld(t.db);
    const session = await sessionAround(w, t.db, -5, 60);
    const student = await signedIn(w.student);
    const signed = await student.post('/api/attendance/sign', {
      sessionId: session.id,
      token: qrToken(t.config.APP_SECRET, session.id, 0, qrWindow(new Date())),
      part: 0,
      method: 'drawn',
      signature: PNG_DATA_URL,
    });
    expect(signed.statusCode).toBe(200);
    const instructor = await signedIn(w.instructor);
    await instructor.request('PUT', `/api/sessions/${session.id}/attendance`, {
      part: 0,
      entries: [
        { studentId: w.classmate.id, status: 'excused', excuseReason: 'Rendez-vous médical' },
      ],
    });
    await instructor.post(`/api/sessions/${session.id}/attendance/certify`, {
      part: 0,
      signature: PNG_DATA_URL,
    });
    return { w, session, student, instructor };
  }

  it('writes the session’s sheet with each student, the signature time and the certification', async () => {
    const { w, session, instructor } = await signedSession();
    const pdf = await instructor.get(`/api/sessions/${session.id}/attendance/parts/0/sheet.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toMatch(
      /^attachment; filename="emargement-/,
    );
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Feuille d’émargement');
    expect(text).toContain(w.programme.title);
    expect(text).toContain(session.title);
    expect(text).toContain(w.student.displayName);
    expect(text).toMatch(/signé à \d{2}:\d{2}/);
    expect(text).toContain(w.classmate.displayName);
    expect(text).toContain('excusé·e');
    expect(text).toContain('Rendez-vous médical');
    expect(text).toContain(`Certifié par ${w.instructor.displayName}`);
  });

  it('writes it in English when asked', async () => {
    const { session, instructor } = await signedSession();
    const pdf = await instructor.get(
      `/api/sessions/${session.id}/attendance/parts/0/sheet.pdf?lang=en`,
    );
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Attendance sheet');
    expect(text).toMatch(/signed at \d{2}:\d{2}/);
  });

  it('is for the cohort’s staff only, and only for a part the session has', async () => {
    const { w, session, student, instructor } = await signedSession();
    const url = `/api/sessions/${session.id}/attendance/parts/0/sheet.pdf`;
    expect((await student.get(url)).statusCode).toBe(403);
    const other = await buildAttendanceWorld(t.db);
    expect((await (await signedIn(other.instructor)).get(url)).statusCode).toBe(404);
    expect(
      (await instructor.get(`/api/sessions/${session.id}/attendance/parts/1/sheet.pdf`)).statusCode,
    ).toBe(400);
    expect(
      (await instructor.get(`/api/sessions/${session.id}/attendance/parts/x/sheet.pdf`)).statusCode,
    ).toBe(404);
    void w;
  });

  it('writes a student’s month for their employer once the session has been held', async () => {
    const { w, session, student } = await signedSession();
    // Move the session into the past, so that it is held and counts.
    await t.db.query(
      `UPDATE sessions SET starts_at = starts_at - interval '1 day', ends_at = ends_at - interval '1 day' WHERE id = $1`,
      [session.id],
    );
    const [{ month }] = await t.db.query(
      `SELECT to_char(starts_at AT TIME ZONE 'Europe/Zurich', 'YYYY-MM') AS month FROM sessions WHERE id = $1`,
      [session.id],
    );
    const url = `/api/cohorts/${w.cohort.id}/students/${w.student.id}/attendance/${month}.pdf`;
    const pdf = await student.get(url);
    expect(pdf.statusCode).toBe(200);
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain('Relevé mensuel de présence');
    expect(text).toContain(w.student.displayName);
    expect(text).toContain(session.title);
    expect(text).toContain('présent·e');
    expect(text).toContain('Taux de présence : 100 %');

    const classmate = await signedIn(w.classmate);
    expect((await classmate.get(url)).statusCode).toBe(404);
    expect(
      (
        await student.get(
          `/api/cohorts/${w.cohort.id}/students/${w.student.id}/attendance/2026-13.pdf`,
        )
      ).statusCode,
    ).toBe(404);
  });
});
