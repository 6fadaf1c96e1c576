import type { DataSource } from 'typeorm';
import { JobsService } from '../jobs';
import { MilestoneRemindersService } from '../projects';
import { buildAssessment, buildGrade, buildGradingWorld } from '../testing/assessment-factories';
import type { BuiltUser } from '../testing/factories';
import { buildProject, buildProjectWorld } from '../testing/project-factories';
import { buildPlanningWorld, buildSession } from '../testing/scheduling-factories';
import { type SmtpSink, startSmtpSink } from '../testing/smtp-sink';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

interface Note {
  user_id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
}

const notesOf = (db: DataSource, userId: string): Promise<Note[]> =>
  db.query(
    `SELECT user_id, kind, title, body, link FROM notifications WHERE user_id = $1 ORDER BY created_at, id`,
    [userId],
  );

/** Each event of issue 10 reaches its people, in their language, with a link to its page. */
describe('notification events', () => {
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, JOBS_WORKER: 'false' });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  async function signedIn(user: BuiltUser): Promise<Browser> {
    const browser = new Browser(t.app);
    expect((await browser.signIn(user.email, user.password)).statusCode).toBe(200);
    return browser;
  }

  it('tells the team when the tutor sends the project back, with the comments', async () => {
    const world = await buildProjectWorld(t.db, { students: 3 });
    const [ana, ben, outsider] = world.students;
    const project = await buildProject(t.db, world, {
      state: 'proposed',
      memberIds: [ana.id, ben.id],
      title: 'Instagram du musée',
    });
    const tutor = await signedIn(world.tutor);
    const moved = await tutor.post(`/api/projects/${project.id}/transitions`, {
      to: 'sent_back',
      comment: 'Précisez le public cible.',
    });
    expect(moved.statusCode).toBe(200);
    for (const student of [ana, ben]) {
      const [note] = await notesOf(t.db, student.id);
      expect(note).toMatchObject({
        kind: 'project.reviewed',
        title: 'Projet renvoyé pour corrections : Instagram du musée',
        link: `/student/project/${project.id}`,
      });
      expect(note.body).toContain('Précisez le public cible.');
    }
    expect(await notesOf(t.db, outsider.id)).toEqual([]);
    expect(await notesOf(t.db, world.tutor.id)).toEqual([]);
    await t.app.get(JobsService).drain();
    const mail = (await sink.messages()).find((m) => m.subject?.includes('Instagram du musée'));
    expect(mail?.text).toContain(`${t.config.PUBLIC_URL}/student/project/${project.id}`);
  });

  it('tells the team of the tutor’s comment, and the tutor of the team’s reply', async () => {
    const world = await buildProjectWorld(t.db, { students: 2 });
    const [ana, ben] = world.students;
    const project = await buildProject(t.db, world, { memberIds: [ana.id, ben.id] });
    const milestoneId = project.milestones[0].id;
    const tutor = await signedIn(world.tutor);
    expect(
      (await tutor.post(`/api/milestones/${milestoneId}/feedback`, { body: 'Bon début.' }))
        .statusCode,
    ).toBe(201);
    const [toAna] = await notesOf(t.db, ana.id);
    expect(toAna).toMatchObject({
      kind: 'project.feedback',
      link: `/student/project/${project.id}`,
    });
    expect(toAna.body).toContain('Bon début.');
    expect(await notesOf(t.db, world.tutor.id)).toEqual([]);

    const asAna = await signedIn(ana);
    await asAna.post(`/api/milestones/${milestoneId}/feedback`, { body: 'Merci, on corrige.' });
    const [toTutor] = await notesOf(t.db, world.tutor.id);
    expect(toTutor).toMatchObject({
      kind: 'project.feedback',
      link: `/instructor/projects/${project.id}`,
    });
    expect(await notesOf(t.db, ana.id)).toHaveLength(1); // not told of her own reply
    expect(await notesOf(t.db, ben.id)).toHaveLength(1);
  });

  it('reminds the team of a milestone due in three days and of an overdue one, once a day', async () => {
    const world = await buildProjectWorld(t.db, { students: 2 });
    const [ana, ben] = world.students;
    const day = 24 * 3600 * 1000;
    await buildProject(t.db, world, {
      memberIds: [ana.id, ben.id],
      milestones: [
        {
          kind: 'intermediate_report',
          title: 'Plan de communication',
          dueAt: new Date(Date.now() + 2.5 * day),
        },
        { kind: 'intermediate_report', title: 'Audit', dueAt: new Date(Date.now() - day) },
        { kind: 'final_report', title: 'Rapport final', dueAt: new Date(Date.now() + 20 * day) },
      ],
    });
    const reminders = t.app.get(MilestoneRemindersService);
    await reminders.run();
    await reminders.run(); // the same day again: nothing new
    for (const student of [ana, ben]) {
      const notes = await notesOf(t.db, student.id);
      expect(notes.map((n) => [n.kind, n.title]).sort()).toEqual([
        ['milestone.due', 'Jalon à rendre bientôt : Plan de communication'],
        ['milestone.overdue', 'Jalon en retard : Audit'],
      ]);
    }
  });

  it('tells the author of a synthesis of the instructor’s feedback', async () => {
    const w = await buildPlanningWorld(t.db);
    const session = await buildSession(t.db, {
      cohortId: w.cohort.id,
      startsAt: new Date(Date.now() - 3 * 3600_000),
      endsAt: new Date(Date.now() - 3600_000),
      kind: 'guest_talk',
      title: 'Cluetrain 101',
      instructorIds: [w.instructor.id],
    });
    const student = await signedIn(w.student);
    const handedIn = await student.request('PUT', `/api/sessions/${session.id}/syntheses/mine`, {
      bodyHtml: '<p>Les marchés sont des conversations.</p>',
      submit: true,
    });
    expect(handedIn.statusCode).toBe(200);
    const instructor = await signedIn(w.instructor);
    await instructor.patch(`/api/syntheses/${handedIn.json().id}/feedback`, {
      feedback: 'Bonne structure.',
    });
    const [note] = await notesOf(t.db, w.student.id);
    expect(note).toMatchObject({
      kind: 'synthesis.feedback',
      title: 'Retour sur votre synthèse : Cluetrain 101',
      link: `/student/sessions/${session.id}`,
    });
    expect(note.body).toContain('Bonne structure.');
  });

  it('tells the graded students when an assessment’s grades are released, once', async () => {
    const world = await buildGradingWorld(t.db, { students: 2 });
    const [graded, ungraded] = world.students;
    const assessment = await buildAssessment(t.db, world, { title: 'Examen du module I' });
    await buildGrade(t.db, assessment, graded.id, 5, world.instructor.id);
    const instructor = await signedIn(world.instructor);
    expect((await instructor.post(`/api/assessments/${assessment.id}/release`)).statusCode).toBe(
      200,
    );
    await instructor.post(`/api/assessments/${assessment.id}/release`);
    expect(await notesOf(t.db, graded.id)).toEqual([
      expect.objectContaining({
        kind: 'grades.released',
        title: 'Note publiée : Examen du module I',
        link: '/student/results',
      }),
    ]);
    expect(await notesOf(t.db, ungraded.id)).toEqual([]);
  });
});
