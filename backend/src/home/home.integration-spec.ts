import { randomUUID } from 'node:crypto';
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
import { buildContact, buildProject, type ProjectWorld } from '../testing/project-factories';
import {
  buildInvitation,
  buildRoom,
  buildSession,
  buildSpeaker,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

const ZONE = 'Europe/Zurich';
const DAY = 86_400_000;
/** `hh:mm` local (Zurich) on the day `days` from today, as an instant. */
const at = (days: number, time: string) =>
  DateTime.fromISO(`${daysFromToday(days)}T${time}`, { zone: ZONE }).toJSDate();
const ago = (days: number) => new Date(Date.now() - days * DAY);

async function submit(db: DataSource, milestoneId: string, projectId: string, by: string) {
  await db.query(
    `INSERT INTO project_submissions (milestone_id, project_id, version, storage_key, original_name,
       content_type, size_bytes, sha256, uploaded_by_id, submitted_at, due_at, late)
     SELECT $1, $2, 1, $3, 'rapport.pdf', 'application/pdf', 100, repeat('a', 64), $4, now(), ms.due_at,
            now() > ms.due_at
       FROM project_milestones ms WHERE ms.id = $1`,
    [milestoneId, projectId, `test/${randomUUID()}`, by],
  );
}

/**
 * A cohort in its year: a tutor who teaches it, students, sessions this week and next, a held
 * guest talk, invitations waiting, projects in several states.
 */
async function buildHomeWorld(db: DataSource) {
  const tutor = await buildInstructor(db);
  const programme = await buildProgramme(db, { timeZone: ZONE });
  const cohort = await buildCohort(db, {
    programmeId: programme.id,
    startsOn: daysFromToday(-1),
    endsOn: daysFromToday(300),
    instructorIds: [tutor.id],
  });
  const module = await buildModule(db, programme.id);
  const [student, teammate, proposer, withdrawn] = [
    await buildStudent(db),
    await buildStudent(db),
    await buildStudent(db),
    await buildStudent(db),
  ];
  const noPassword = await buildUser(db, { role: 'student', withPassword: false });
  const noLink = await buildUser(db, { role: 'student', withPassword: false });
  for (const s of [student, teammate, proposer, noPassword, noLink])
    await buildEnrolment(db, cohort.id, s.id);
  await buildEnrolment(db, cohort.id, withdrawn.id, { status: 'withdrawn' });
  await db.query(
    `INSERT INTO password_tokens (user_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '3 days')`,
    [noPassword.id, randomUUID()],
  );
  const room = await buildRoom(db);
  const partner = await buildPartner(db);
  const mentor = await buildContact(db, partner.id);
  const world: ProjectWorld = {
    cohortId: cohort.id,
    tutor,
    students: [student, teammate],
    partnerId: partner.id,
    mentorId: mentor.id,
  };

  const session = (fields: Parameters<typeof buildSession>[1]) =>
    buildSession(db, { moduleId: module.id, instructorIds: [tutor.id], ...fields });
  const now = session({
    cohortId: cohort.id,
    title: 'Atelier en cours',
    kind: 'workshop',
    roomId: room.id,
    startsAt: new Date(Date.now() - 5 * 60_000),
    endsAt: new Date(Date.now() + 60 * 60_000),
  });
  const lecture = session({
    cohortId: cohort.id,
    title: 'Stratégie de contenu',
    roomId: room.id,
    startsAt: at(1, '09:00'),
    endsAt: at(1, '12:00'),
  });
  const talk = session({
    cohortId: cohort.id,
    title: 'La CM de La Poste',
    kind: 'guest_talk',
    startsAt: at(3, '14:00'),
    endsAt: at(3, '16:00'),
  });
  const laterTalk = session({
    cohortId: cohort.id,
    title: 'La CM de l’Université',
    kind: 'guest_talk',
    roomId: room.id,
    startsAt: at(5, '14:00'),
    endsAt: at(5, '16:00'),
  });
  const farAway = session({
    cohortId: cohort.id,
    title: 'Dans trois semaines',
    roomId: room.id,
    startsAt: at(21, '09:00'),
    endsAt: at(21, '12:00'),
  });
  const cancelled = session({
    cohortId: cohort.id,
    title: 'Séance annulée',
    roomId: room.id,
    startsAt: at(2, '09:00'),
    endsAt: at(2, '12:00'),
    status: 'cancelled',
  });
  const heldTalk = session({
    cohortId: cohort.id,
    title: 'Le CM d’un club de football',
    kind: 'guest_talk',
    roomId: room.id,
    startsAt: at(-7, '14:00'),
    endsAt: at(-7, '16:00'),
  });
  const sessions = {
    now: await now,
    lecture: await lecture,
    talk: await talk,
    laterTalk: await laterTalk,
    farAway: await farAway,
    cancelled: await cancelled,
    heldTalk: await heldTalk,
  };
  const draft = await buildInvitation(db, sessions.talk.id, (await buildSpeaker(db)).id);
  const unanswered = await buildInvitation(db, sessions.laterTalk.id, (await buildSpeaker(db)).id, {
    status: 'invited',
  });
  await db.query(
    `INSERT INTO invitation_events (invitation_id, type, from_status, to_status, actor_kind, actor_id, occurred_at)
     VALUES ($1, 'status_changed', 'draft', 'invited', 'user', $2, now() - interval '10 days')`,
    [unanswered.id, tutor.id],
  );
  const heldSpeaker = await buildSpeaker(db, { fullName: `Lucie ${randomUUID().slice(0, 4)}` });
  await buildInvitation(db, sessions.heldTalk.id, heldSpeaker.id, { status: 'confirmed' });
  // The teammate handed a synthesis of the held talk in; the tutor has not answered it.
  await db.query(
    `INSERT INTO syntheses (session_id, student_id, body_html, submitted_at) VALUES ($1, $2, '<p>Synthèse</p>', now())`,
    [sessions.heldTalk.id, teammate.id],
  );

  // The student's project, sent back with a comment, and a tutor's feedback since.
  const sentBack = await buildProject(db, world, {
    state: 'sent_back',
    memberIds: [student.id],
    title: 'Présence LinkedIn du musée',
    milestones: [
      { kind: 'proposal', title: 'Proposition', dueAt: ago(2) },
      { kind: 'other', title: 'Questionnaire', dueAt: ago(1) },
      { kind: 'intermediate_report', title: 'Rapport intermédiaire', dueAt: at(10, '23:59') },
    ],
  });
  await db.query(
    `INSERT INTO project_feedback (milestone_id, project_id, author_role, author_id, author_name, body)
     VALUES ($1, $2, 'tutor', $3, $4, 'Précisez les objectifs chiffrés.')`,
    [sentBack.milestones[0].id, sentBack.id, tutor.id, tutor.displayName],
  );
  // The teammate's project is under way: its proposal (due 48 days ago) is done by its state.
  const running = await buildProject(db, world, {
    state: 'in_progress',
    memberIds: [teammate.id],
    title: 'Instagram de la fromagerie',
    milestones: [
      { kind: 'proposal', title: 'Proposition', dueAt: ago(48) },
      { kind: 'intermediate_report', title: 'Rapport intermédiaire', dueAt: ago(3) },
      { kind: 'other', title: 'Plan éditorial', dueAt: ago(1) },
      { kind: 'final_report', title: 'Rapport final', dueAt: at(60, '23:59') },
    ],
  });
  await submit(db, running.milestones[2].id, running.id, teammate.id);
  const proposed = await buildProject(db, world, {
    state: 'proposed',
    memberIds: [proposer.id],
    title: 'TikTok de la bibliothèque',
    milestones: [{ kind: 'proposal', title: 'Proposition', dueAt: ago(48) }],
  });
  return {
    programme,
    cohort,
    module,
    tutor,
    student,
    teammate,
    sessions,
    draft,
    unanswered,
    heldSpeaker,
    sentBack,
    running,
    proposed,
  };
}

describe('home pages', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof buildHomeWorld>>;
  let other: Awaited<ReturnType<typeof buildHomeWorld>>;

  beforeAll(async () => {
    t = await startTestApp();
    w = await buildHomeWorld(t.db);
    other = await buildHomeWorld(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  async function as(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  const ids = (items: { id?: string; sessionId?: string; projectId?: string }[]) =>
    items.map((i) => i.id ?? i.sessionId ?? i.projectId ?? '');
  const otherIds = () =>
    new Set([
      ...Object.values(other.sessions).map((s) => s.id),
      other.draft.id,
      other.unanswered.id,
      other.sentBack.id,
      other.running.id,
      other.proposed.id,
    ]);

  describe('student', () => {
    it('lists this week’s and next week’s sessions, the next first, without cancelled or far ones', async () => {
      const home = (await (await as(w.student)).get('/api/home/student')).json();
      expect(home.cohort).toMatchObject({ id: w.cohort.id, timeZone: ZONE });
      expect(ids(home.sessions)).toEqual([
        w.sessions.now.id,
        w.sessions.lecture.id,
        w.sessions.talk.id,
        w.sessions.laterTalk.id,
      ]);
      expect(home.sessions[1]).toMatchObject({
        title: 'Stratégie de contenu',
        room: expect.any(String),
        route: `/student/sessions/${w.sessions.lecture.id}`,
      });
    });

    it('shows the sent-back project, that the team acts next, and the comments to address', async () => {
      const home = (await (await as(w.student)).get('/api/home/student')).json();
      expect(home.project).toEqual(
        expect.objectContaining({
          id: w.sentBack.id,
          state: 'sent_back',
          nextActor: 'team',
          commentsToAddress: 2,
          route: `/student/project/${w.sentBack.id}`,
        }),
      );
    });

    it('lists the milestones due, the late one first, and the talk held to write a synthesis of', async () => {
      const home = (await (await as(w.student)).get('/api/home/student')).json();
      expect(
        home.milestones.map((m: { title: string; overdue: boolean }) => [m.title, m.overdue]),
      ).toEqual([
        ['Questionnaire', true],
        ['Rapport intermédiaire', false],
      ]);
      expect(home.synthesesToWrite).toEqual([
        expect.objectContaining({
          sessionId: w.sessions.heldTalk.id,
          started: false,
          route: `/student/sessions/${w.sessions.heldTalk.id}`,
        }),
      ]);
      expect(home.feedback).toEqual([
        expect.objectContaining({
          source: 'project',
          about: 'Proposition',
          author: w.tutor.displayName,
        }),
      ]);
      expect(home.gradesReleased).toEqual([]);
      // The workshop under way is open for signing.
      expect(home.attendanceToSign).toEqual([
        expect.objectContaining({
          sessionId: w.sessions.now.id,
          route: `/sign/${w.sessions.now.id}`,
        }),
      ]);
    });

    it('shows the proposal of a project under way as done, not late', async () => {
      const home = (await (await as(w.teammate)).get('/api/home/student')).json();
      expect(home.milestones.map((m: { title: string }) => m.title)).toEqual([
        'Rapport intermédiaire',
        'Rapport final',
      ]);
      expect(home.project).toMatchObject({ state: 'in_progress', nextActor: 'team' });
      expect(home.synthesesToWrite).toEqual([]);
    });

    it('never shows another cohort’s items', async () => {
      const home = (await (await as(w.student)).get('/api/home/student')).json();
      const foreign = otherIds();
      const seen = [
        ...ids(home.sessions),
        ...ids(home.milestones),
        ...ids(home.synthesesToWrite),
        home.project?.id ?? '',
      ];
      expect(seen.filter((id) => foreign.has(id))).toEqual([]);
    });

    it('answers plainly for a student enrolled nowhere', async () => {
      const home = (await (await as(await buildStudent(t.db))).get('/api/home/student')).json();
      expect(home).toMatchObject({ cohort: null, sessions: [], milestones: [], project: null });
    });

    it('is refused to other roles', async () => {
      expect((await (await as(w.tutor)).get('/api/home/student')).statusCode).toBe(403);
    });
  });

  describe('instructor', () => {
    it('lists the sessions of today and this week with what each still needs', async () => {
      const home = (await (await as(w.tutor)).get('/api/home/instructor')).json();
      const byId = new Map(home.sessions.map((s: { id: string }) => [s.id, s]));
      expect(byId.get(w.sessions.now.id)).toMatchObject({
        needs: ['materials'],
        route: `/instructor/sessions/${w.sessions.now.id}`,
      });
      expect(byId.has(w.sessions.farAway.id)).toBe(false);
      expect(byId.has(w.sessions.cancelled.id)).toBe(false);
      const talk = byId.get(w.sessions.talk.id) as { needs: string[] } | undefined;
      if (talk) expect(talk.needs).toEqual(['room', 'speaker']);
    });

    it('lists the draft to send and the invitation unanswered after a week, soonest session first', async () => {
      const home = (await (await as(w.tutor)).get('/api/home/instructor')).json();
      expect(home.invitations.map((i: { id: string; action: string }) => [i.id, i.action])).toEqual(
        [
          [w.draft.id, 'send'],
          [w.unanswered.id, 'remind'],
        ],
      );
      expect(home.invitations[1].route).toBe(
        `/instructor/sessions/${w.sessions.laterTalk.id}/invitations/${w.unanswered.id}`,
      );
    });

    it('lists the proposal to approve, the version to review, the overdue milestone and the syntheses waiting', async () => {
      const home = (await (await as(w.tutor)).get('/api/home/instructor')).json();
      expect(ids(home.proposals)).toEqual([w.proposed.id]);
      expect(home.submissions).toEqual([
        expect.objectContaining({ projectId: w.running.id, milestone: 'Plan éditorial' }),
      ]);
      // Proposals are done by the projects' states (one was sent back 2 days after its due date).
      expect(
        home.overdueMilestones.map((m: { projectId: string; milestone: string }) => [
          m.projectId,
          m.milestone,
        ]),
      ).toEqual([
        [w.running.id, 'Rapport intermédiaire'],
        [w.sentBack.id, 'Questionnaire'],
      ]);
      expect(home.synthesesToReview).toEqual([
        expect.objectContaining({
          sessionId: w.sessions.heldTalk.id,
          waiting: 1,
          route: `/instructor/sessions/${w.sessions.heldTalk.id}`,
        }),
      ]);
    });

    it('asks for the attendance of the session under way, and has no grades to release yet', async () => {
      const home = (await (await as(w.tutor)).get('/api/home/instructor')).json();
      expect(ids(home.attendanceToTake)).toContain(w.sessions.now.id);
      expect(home.attendanceToTake[0].route).toMatch(/^\/instructor\/attendance\//);
      expect(home.gradesToRelease).toEqual([]);
    });

    it('never shows another cohort’s items', async () => {
      const home = (await (await as(w.tutor)).get('/api/home/instructor')).json();
      const foreign = otherIds();
      const seen = [
        ...ids(home.sessions),
        ...ids(home.invitations),
        ...ids(home.proposals),
        ...ids(home.submissions),
        ...ids(home.overdueMilestones),
        ...ids(home.synthesesToReview),
        ...ids(home.attendanceToTake),
      ];
      expect(seen.length).toBeGreaterThan(5);
      expect(seen.filter((id) => foreign.has(id))).toEqual([]);
    });
  });

  describe('grades (issue 8)', () => {
    it('shows the student a grade released, and the instructor one still to release', async () => {
      const g = await buildHomeWorld(t.db);
      const grading = {
        programme: g.programme,
        cohort: g.cohort,
        module: g.module,
        instructor: g.tutor,
        students: [g.student],
      };
      const released = await buildAssessment(t.db, grading, {
        title: 'Examen écrit',
        released: true,
      });
      await buildGrade(t.db, released, g.student.id, 5, g.tutor.id);
      const pending = await buildAssessment(t.db, grading, { title: 'Dossier de veille' });
      await buildGrade(t.db, pending, g.student.id, 4.5, g.tutor.id);

      const student = (await (await as(g.student)).get('/api/home/student')).json();
      expect(student.gradesReleased).toEqual([
        expect.objectContaining({
          assessmentId: released.id,
          title: 'Examen écrit',
          route: '/student/results',
        }),
      ]);
      const instructor = (await (await as(g.tutor)).get('/api/home/instructor')).json();
      expect(instructor.gradesToRelease).toEqual([
        expect.objectContaining({
          assessmentId: pending.id,
          graded: 1,
          route: `/instructor/gradebook?cohort=${g.cohort.id}&module=${g.module.id}`,
        }),
      ]);
      // Nobody else's home shows them.
      const stranger = (await (await as(other.student)).get('/api/home/student')).json();
      expect(stranger.gradesReleased).toEqual([]);
    });
  });

  describe('admin', () => {
    it('gives each running cohort’s figures, each with the list behind it', async () => {
      const home = (await (await as(await buildAdmin(t.db))).get('/api/home/admin')).json();
      const mine = home.cohorts.find((c: { id: string }) => c.id === w.cohort.id);
      const days = new Set(
        Object.values(w.sessions)
          .filter((s) => s.status === 'scheduled')
          .map((s) => DateTime.fromJSDate(s.startsAt, { zone: ZONE }).toISODate() ?? ''),
      );
      expect(mine).toMatchObject({
        activeEnrolments: { value: 5, route: `/admin/cohorts/${w.cohort.id}` },
        withdrawnEnrolments: { value: 1 },
        courseDaysPlanned: { value: days.size },
        courseDaysHeld: { value: 1 },
        guestTalksConfirmed: { value: 1, route: '/admin/invitations' },
        guestTalksPending: { value: 2 },
        projectsByState: [
          { state: 'proposed', count: 1 },
          { state: 'sent_back', count: 1 },
          { state: 'in_progress', count: 1 },
        ],
        projectsRoute: `/admin/projects?cohort=${w.cohort.id}`,
        passwordLinksUnused: { value: 1 },
        passwordLinksExpired: { value: 1 },
        eligibleForDiploma: { value: 0, route: `/admin/diplomas?cohort=${w.cohort.id}` },
      });
    });
  });

  describe('cost', () => {
    async function count(user: { email: string; password: string }, url: string) {
      const b = await as(user);
      await b.get(url);
      t.queries.reset();
      expect((await b.get(url)).statusCode).toBe(200);
      return t.queries.count;
    }

    it('answers each role with a fixed number of statements whatever the cohort’s size', async () => {
      const admin = await buildAdmin(t.db);
      const before = [
        await count(w.student, '/api/home/student'),
        await count(w.tutor, '/api/home/instructor'),
        await count(admin, '/api/home/admin'),
      ];
      // The year fills up: more students, sessions, projects and syntheses.
      const world: ProjectWorld = {
        cohortId: w.cohort.id,
        tutor: w.tutor,
        students: [w.student],
        partnerId: w.sentBack.id && (await buildPartner(t.db)).id,
        mentorId: '',
      };
      world.mentorId = (await buildContact(t.db, world.partnerId)).id;
      for (let i = 0; i < 6; i++) {
        const s = await buildStudent(t.db);
        await buildEnrolment(t.db, w.cohort.id, s.id);
        await buildProject(
          t.db,
          { ...world, students: [s] },
          {
            state: 'in_progress',
            memberIds: [s.id],
            milestones: [{ kind: 'other', dueAt: ago(1) }],
          },
        );
        await buildSession(t.db, {
          cohortId: w.cohort.id,
          kind: 'guest_talk',
          instructorIds: [w.tutor.id],
          startsAt: at(-20 - i, '09:00'),
          endsAt: at(-20 - i, '11:00'),
        });
      }
      const after = [
        await count(w.student, '/api/home/student'),
        await count(w.tutor, '/api/home/instructor'),
        await count(admin, '/api/home/admin'),
      ];
      expect(after).toEqual(before);
      expect(Math.max(...after)).toBeLessThanOrEqual(10);
    });
  });
});
