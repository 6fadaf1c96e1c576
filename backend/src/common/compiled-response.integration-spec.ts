import { promisify } from 'node:util';
import { brotliDecompress, gunzip } from 'node:zlib';
import { DateTime } from 'luxon';
import type { DataSource } from 'typeorm';
import { buildAssessment, buildGrade } from '../testing/assessment-factories';
import { daysFromToday } from '../testing/dates';
import { buildAdmin, buildInstructor, buildStudent, buildUser } from '../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildModule,
  buildPartner,
  buildProgramme,
} from '../testing/programme-factories';
import { buildContact, buildProject } from '../testing/project-factories';
import {
  buildInvitation,
  buildRoom,
  buildSession,
  buildSpeaker,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { describeDrift } from './compiled-response';

const ZONE = 'Europe/Zurich';
const DAY = 86_400_000;
const at = (days: number, time: string) =>
  DateTime.fromISO(`${daysFromToday(days)}T${time}`, { zone: ZONE }).toJSDate();

/**
 * A cohort's year as the calendar shows it: two instructors, a room or none, a module or none,
 * guest talks with speakers, materials, cancelled sessions; a project sent back with feedback,
 * a released grade, a session open for signing, a gradebook with decimal scores and comments.
 */
async function buildYear(db: DataSource) {
  const tutor = await buildInstructor(db);
  const colleague = await buildInstructor(db);
  const admin = await buildAdmin(db);
  const programme = await buildProgramme(db, { timeZone: ZONE });
  const cohort = await buildCohort(db, {
    programmeId: programme.id,
    startsOn: daysFromToday(-30),
    endsOn: daysFromToday(300),
    instructorIds: [tutor.id, colleague.id],
  });
  const modules = [await buildModule(db, programme.id), await buildModule(db, programme.id)];
  const students = [await buildStudent(db), await buildStudent(db), await buildStudent(db)];
  for (const s of students) await buildEnrolment(db, cohort.id, s.id);
  await buildUser(db, { role: 'student', withPassword: false });
  const rooms = [await buildRoom(db), await buildRoom(db, { capacity: null })];

  await buildSession(db, {
    cohortId: cohort.id,
    moduleId: modules[0].id,
    roomId: rooms[0].id,
    kind: 'workshop',
    title: 'Atelier en cours',
    instructorIds: [tutor.id],
    startsAt: new Date(Date.now() - 5 * 60_000),
    endsAt: new Date(Date.now() + 60 * 60_000),
  });
  // From two weeks ago to forty weeks ahead; `n` (never negative) picks each one's variant.
  for (let n = 0; n < 42; n++) {
    const week = n - 2;
    const kind = n % 7 === 3 ? 'guest_talk' : n % 9 === 0 ? 'exam' : 'lecture';
    const session = await buildSession(db, {
      cohortId: cohort.id,
      moduleId: n % 4 === 0 ? null : modules[n % 2 === 0 ? 0 : 1].id,
      roomId: n % 3 === 0 ? null : rooms[n % 2].id,
      kind,
      title: `Séance « ${n} » — stratégie\ndes médias`,
      instructorIds: n % 5 === 0 ? [tutor.id, colleague.id] : [tutor.id],
      status: n % 11 === 5 ? 'cancelled' : 'scheduled',
      startsAt: at(week * 7 + 1, '09:00'),
      endsAt: at(week * 7 + 1, '12:15'),
    });
    if (n % 3 === 0)
      await db.query(
        `UPDATE sessions SET online_url = 'https://meet.example/x', description = 'Lire le chapitre 2.',
           materials = '[{"label":"Slides","url":"https://files.example/s.pdf"}]'::jsonb
         WHERE id = $1`,
        [session.id],
      );
    if (n % 11 === 5)
      await db.query(`UPDATE sessions SET cancellation_reason = 'Grève' WHERE id = $1`, [
        session.id,
      ]);
    if (kind === 'guest_talk') {
      const speaker = await buildSpeaker(db, { jobTitle: 'Responsable des réseaux' });
      await buildInvitation(db, session.id, speaker.id, { status: 'confirmed' });
    }
  }

  const partner = await buildPartner(db);
  const mentor = await buildContact(db, partner.id);
  const project = await buildProject(
    db,
    { cohortId: cohort.id, tutor, students, partnerId: partner.id, mentorId: mentor.id },
    {
      state: 'sent_back',
      memberIds: [students[0].id],
      milestones: [
        { kind: 'proposal', title: 'Proposition', dueAt: new Date(Date.now() - 2 * DAY) },
        { kind: 'final_report', title: 'Rapport final', dueAt: new Date(Date.now() + 60 * DAY) },
      ],
    },
  );
  await db.query(
    `INSERT INTO project_feedback (milestone_id, project_id, author_role, author_id, author_name, body)
     VALUES ($1, $2, 'tutor', $3, $4, 'Précisez les objectifs chiffrés.')`,
    [project.milestones[0].id, project.id, tutor.id, tutor.displayName],
  );
  await buildProject(
    db,
    { cohortId: cohort.id, tutor, students, partnerId: partner.id, mentorId: mentor.id },
    { state: 'proposed', memberIds: [students[1].id] },
  );

  const world = { programme, cohort, module: modules[0], instructor: tutor, students };
  const exam = await buildAssessment(db, world, { released: true, coefficient: 2 });
  const oral = await buildAssessment(db, world, {
    title: 'Oral',
    kind: 'assignment',
    moduleId: modules[1].id,
  });
  await buildGrade(db, exam, students[0].id, 4.5, tutor.id);
  await buildGrade(db, exam, students[1].id, 3.5, tutor.id);
  await buildGrade(db, exam, students[1].id, 4, tutor.id, 2);
  await buildGrade(db, oral, students[2].id, 5.5, tutor.id);
  await db.query(`UPDATE grades SET comment = 'Bonne analyse' WHERE assessment_id = $1`, [oral.id]);
  return { cohort, tutor, admin, students };
}

describe('compiled response serialization', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildYear>>;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildYear(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  async function as(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  /** The reply, and the value the controller handed to Nest for it (what JSON.stringify saw before). */
  async function getWithValue(browser: Browser, url: string, headers: Record<string, string> = {}) {
    const adapter = t.app.getHttpAdapter();
    const reply = jest.spyOn(adapter, 'reply');
    try {
      const response = await browser.request('GET', url, undefined, { headers });
      const call = reply.mock.calls.at(-1);
      return { response, value: call?.[1] as unknown };
    } finally {
      reply.mockRestore();
    }
  }

  const year = () =>
    `/api/sessions?from=${encodeURIComponent(at(-30, '00:00').toISOString())}&to=${encodeURIComponent(at(330, '00:00').toISOString())}`;

  const routes: [string, () => string, () => { email: string; password: string }][] = [
    ['the student’s year calendar', year, () => w.students[0]],
    ['the instructor’s year calendar', year, () => w.tutor],
    ['the users list', () => '/api/users?size=100', () => w.admin],
    ['the student home', () => '/api/home/student', () => w.students[0]],
    ['the instructor home', () => '/api/home/instructor', () => w.tutor],
    ['the admin home', () => '/api/home/admin', () => w.admin],
    ['the gradebook', () => `/api/cohorts/${w.cohort.id}/gradebook`, () => w.tutor],
  ];

  it.each(routes)('writes %s exactly as JSON.stringify would', async (_name, url, user) => {
    const { response, value } = await getWithValue(await as(user()), url());
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(describeDrift(JSON.parse(JSON.stringify(value)), response.json())).toEqual([]);
  });

  it('has realistic data to compare: a year of sessions, homes and a gradebook that are not empty', async () => {
    const student = await as(w.students[0]);
    const calendar = (await student.get(year())).json();
    expect(calendar.items.length).toBeGreaterThan(40);
    expect(calendar.items.some((s: { speakers: unknown[] }) => s.speakers.length)).toBe(true);
    expect(calendar.items.some((s: { room: unknown }) => s.room === null)).toBe(true);
    const home = (await student.get('/api/home/student')).json();
    expect(home.project).not.toBeNull();
    expect(home.feedback.length).toBeGreaterThan(0);
    expect(home.attendanceToSign.length).toBeGreaterThan(0);
    const gradebook = (
      await (await as(w.tutor)).get(`/api/cohorts/${w.cohort.id}/gradebook`)
    ).json();
    expect(gradebook.cells.length).toBe(4);
  });

  // Proves each route is served by its compiled serializer: JSON.stringify would send it.
  it.each(routes)(
    'never sends, in %s, a property the response DTO does not declare',
    async (_name, url, user) => {
      const browser = await as(user());
      const adapter = t.app.getHttpAdapter();
      const original = adapter.reply.bind(adapter);
      const reply = jest
        .spyOn(adapter, 'reply')
        .mockImplementation((res, body, status) =>
          original(res, { ...(body as object), passwordHash: 'x' }, status),
        );
      try {
        const response = await browser.get(url());
        expect(response.statusCode).toBe(200);
        expect(response.json()).not.toHaveProperty('passwordHash');
      } finally {
        reply.mockRestore();
      }
    },
  );

  it('never sends a property an item of the calendar does not declare', async () => {
    const student = await as(w.students[0]);
    const adapter = t.app.getHttpAdapter();
    const original = adapter.reply.bind(adapter);
    const reply = jest.spyOn(adapter, 'reply').mockImplementation((res, body, status) => {
      const list = body as { items: Record<string, unknown>[] };
      return original(
        res,
        { ...list, items: list.items.map((s) => ({ ...s, internalNote: 'x' })) },
        status,
      );
    });
    try {
      const calendar = (await student.get(year())).json();
      expect(calendar.items.length).toBeGreaterThan(0);
      expect(calendar.items.filter((s: object) => 'internalNote' in s)).toEqual([]);
    } finally {
      reply.mockRestore();
    }
  });

  it('compresses the compiled reply, which still reads as JSON.stringify’s', async () => {
    const { response, value } = await getWithValue(await as(w.students[0]), year(), {
      'accept-encoding': 'br, gzip',
    });
    expect(response.headers['content-encoding']).toMatch(/^(br|gzip)$/);
    const decode = response.headers['content-encoding'] === 'br' ? brotliDecompress : gunzip;
    const body = JSON.parse((await promisify(decode)(response.rawPayload)).toString('utf8'));
    expect(describeDrift(JSON.parse(JSON.stringify(value)), body)).toEqual([]);
  });

  it('writes error replies (problem+json) whole, not through the response schema', async () => {
    const student = await as(w.students[0]);
    const invalid = await student.get('/api/sessions?from=yesterday&to=tomorrow');
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(invalid.json()).toMatchObject({ status: 400, code: expect.any(String) });
    const tutor = await as(w.tutor);
    const unknown = await tutor.get(
      `/api/cohorts/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/gradebook`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ status: 404, code: expect.any(String) });
  });
});
