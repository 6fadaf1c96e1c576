import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { JobsService } from '../jobs';
import { type BuiltUser, buildStudent, buildUser } from '../testing/factories';
import { buildPlanningWorld, buildSession } from '../testing/scheduling-factories';
import { type SmtpSink, startSmtpSink } from '../testing/smtp-sink';
import { daysFromToday } from '../testing/dates';
import { buildEnrolment } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { DIGEST_QUEUE } from './notification-digest.service';
import type { NotificationInput } from './notification-input';
import type { NotificationKind } from './notification-kinds';
import { NotificationsService } from './notifications.service';

/** In-app notifications: each person's own, delivered per their choice, in the change's transaction. */
describe('notifications', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let service: NotificationsService;
  let jobs: JobsService;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, JOBS_WORKER: 'false', LOG_LEVEL: 'error' });
    service = t.app.get(NotificationsService);
    jobs = t.app.get(JobsService);
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

  const input = (
    userId: string,
    kind: NotificationKind = 'project.feedback',
    key = randomUUID(),
  ): NotificationInput => ({
    userId,
    kind,
    link: `/student/project/${key}`,
    text: (lang) => ({
      title: lang === 'fr' ? `Nouveau commentaire ${key}` : `New comment ${key}`,
      body: lang === 'fr' ? 'Votre tuteur a écrit.' : 'Your tutor wrote.',
    }),
    idempotencyKey: `test:${key}`,
  });

  const notify = (...ns: NotificationInput[]) =>
    t.db.transaction((m: EntityManager) => service.notifyMany(m, ns));

  /** Runs the queue until idle, then answers the messages the SMTP server received for `to`. */
  async function mailsTo(to: string) {
    await jobs.drain();
    return (await sink.messages()).filter((m) =>
      (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(to)),
    );
  }

  it('shows a notification to its person only, and another’s id is not found', async () => {
    const [anna, bob] = [await buildStudent(t.db), await buildStudent(t.db)];
    const n = input(anna.id);
    await notify(n);
    const asAnna = await signedIn(anna);
    const asBob = await signedIn(bob);

    const page = (await asAnna.get('/api/notifications')).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ kind: 'project.feedback', readAt: null, link: n.link });
    expect(page.items[0].title).toMatch(/^Nouveau commentaire/); // Anna reads French
    expect(page.unread).toBe(1);
    expect((await asBob.get('/api/notifications')).json()).toMatchObject({ items: [], unread: 0 });
    expect((await asBob.get('/api/notifications/unread-count')).json()).toEqual({ unread: 0 });

    const id = page.items[0].id as string;
    const stolen = await asBob.post(`/api/notifications/${id}/read`);
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().code).toBe('notification.not_found');
    expect((await asAnna.get('/api/notifications/unread-count')).json()).toEqual({ unread: 1 });

    const read = await asAnna.post(`/api/notifications/${id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toEqual(expect.any(String));
    expect((await asAnna.get('/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
    expect((await new Browser(t.app).get('/api/notifications')).statusCode).toBe(401);
  });

  it('marks all read, lists unread first, and refuses unknown query fields', async () => {
    const anna = await buildStudent(t.db);
    const [a, b, c] = [input(anna.id), input(anna.id), input(anna.id)];
    await notify(a);
    await notify(b);
    await notify(c);
    const browser = await signedIn(anna);
    const first = (await browser.get('/api/notifications?size=2')).json();
    expect(first).toMatchObject({ total: 3, size: 2, unread: 3 });
    await browser.post(`/api/notifications/${first.items[1].id}/read`);
    const unreadFirst = (await browser.get('/api/notifications')).json();
    expect(unreadFirst.items.map((i: { readAt: string | null }) => i.readAt === null)).toEqual([
      true,
      true,
      false,
    ]);
    expect((await browser.get('/api/notifications?unread=true')).json().total).toBe(2);
    expect((await browser.get('/api/notifications?colour=red')).statusCode).toBe(400);
    expect((await browser.get('/api/notifications?sort=title')).statusCode).toBe(400);
    expect((await browser.post('/api/notifications/read-all')).json()).toEqual({ marked: 2 });
    expect((await browser.get('/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
  });

  it('lists a page in a fixed number of statements whatever its length', async () => {
    const cost = async (n: number) => {
      const anna = await buildStudent(t.db);
      await notify(...Array.from({ length: n }, () => input(anna.id)));
      const browser = await signedIn(anna);
      t.queries.reset();
      const page = await browser.get('/api/notifications?size=50');
      expect(page.json().items).toHaveLength(n);
      return t.queries.count;
    };
    expect(await cost(20)).toBe(await cost(1));
  });

  it('keeps each person’s choice per kind, mail at once by default', async () => {
    const anna = await buildStudent(t.db);
    const browser = await signedIn(anna);
    const defaults = (await browser.get('/api/notifications/preferences')).json();
    expect(defaults.items).toHaveLength(12);
    expect(new Set(defaults.items.map((p: { channel: string }) => p.channel))).toEqual(
      new Set(['mail']),
    );
    const put = (items: unknown) =>
      browser.request('PUT', '/api/notifications/preferences', { items });
    const changed = await put([
      { kind: 'project.feedback', channel: 'digest' },
      { kind: 'session.changed', channel: 'in_app' },
    ]);
    expect(changed.statusCode).toBe(200);
    expect(changed.json().items).toEqual(
      expect.arrayContaining([
        { kind: 'project.feedback', channel: 'digest' },
        { kind: 'session.changed', channel: 'in_app' },
        { kind: 'project.reviewed', channel: 'mail' },
      ]),
    );
    const bad = await put([{ kind: 'account.password', channel: 'digest' }]);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain('kind');
    expect((await put([{ kind: 'project.feedback', channel: 'pigeon' }])).statusCode).toBe(400);
    expect((await put([])).statusCode).toBe(400);
  });

  it('mails at once, in the digest, or not at all, per the person’s choice', async () => {
    const anna = await buildUser(t.db, { role: 'student', preferredLanguage: 'en' });
    await t.db.query(
      `INSERT INTO notification_preferences (user_id, kind, channel)
       VALUES ($1, 'project.feedback', 'digest'), ($1, 'session.changed', 'in_app')`,
      [anna.id],
    );
    const atOnce = input(anna.id, 'project.reviewed');
    await notify(atOnce);
    const first = await mailsTo(anna.email);
    expect(first).toHaveLength(1);
    expect(first[0].subject).toMatch(/^New comment/);
    expect(first[0].text).toContain(`${t.config.PUBLIC_URL}${atOnce.link}`);

    const digested = [input(anna.id, 'project.feedback'), input(anna.id, 'project.feedback')];
    await notify(...digested);
    await notify(input(anna.id, 'session.changed'));
    expect(await mailsTo(anna.email)).toHaveLength(1); // neither the digest items nor the in-app one

    await jobs.send(null, DIGEST_QUEUE, {});
    const withDigest = await mailsTo(anna.email);
    expect(withDigest).toHaveLength(2);
    const digest = withDigest[1];
    expect(digest.subject).toBe('Your daily digest: 2 new items');
    for (const n of digested) expect(digest.text).toContain(`${t.config.PUBLIC_URL}${n.link}`);
    expect(digest.text).not.toContain('session');

    // Once a day: a second run the same day sends nothing, and today's late items wait.
    await notify(input(anna.id, 'project.feedback'));
    await jobs.send(null, DIGEST_QUEUE, {});
    expect(await mailsTo(anna.email)).toHaveLength(2);
    const [waiting] = await t.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND digested_at IS NULL AND delivery = 'digest'`,
      [anna.id],
    );
    expect(waiting.n).toBe(1);
    const browser = await signedIn(anna);
    expect((await browser.get('/api/notifications/unread-count')).json()).toEqual({ unread: 5 });
  });

  it('leaves no notification and no mail when the change rolls back', async () => {
    const anna = await buildStudent(t.db);
    await expect(
      t.db.transaction(async (m) => {
        await service.notify(m, input(anna.id, 'project.reviewed'));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const [row] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM notifications WHERE user_id = $1) AS notes,
              (SELECT count(*)::int FROM mails WHERE user_id = $1) AS mails`,
      [anna.id],
    );
    expect(row).toEqual({ notes: 0, mails: 0 });
  });

  it('tells many people in a fixed number of statements, once per key', async () => {
    const statements = async (n: number) => {
      const people: BuiltUser[] = [];
      for (let i = 0; i < n; i++) people.push(await buildStudent(t.db));
      const key = randomUUID();
      const ns = people.map((p, i) => ({
        ...input(p.id, 'grades.released'),
        idempotencyKey: `${key}:${i}`,
      }));
      t.queries.reset();
      await notify(...ns);
      const count = t.queries.count;
      await notify(...ns); // again: nothing new
      const [row] = await t.db.query(
        `SELECT count(*)::int AS n FROM notifications WHERE idempotency_key LIKE $1`,
        [`${key}:%`],
      );
      expect(row.n).toBe(n);
      return count;
    };
    const one = await statements(1);
    expect(await statements(15)).toBe(one);
  });

  it('tells the cohort, with the reason, when a session is cancelled or moved', async () => {
    const w = await buildPlanningWorld(t.db);
    const other = await buildStudent(t.db);
    await buildEnrolment(t.db, w.cohort.id, other.id);
    const outsider = await buildStudent(t.db);
    const day = daysFromToday(20);
    const session = await buildSession(t.db, {
      cohortId: w.cohort.id,
      startsAt: `${day}T09:00:00+01:00`,
      endsAt: `${day}T12:00:00+01:00`,
      title: 'Culture et stratégie',
      instructorIds: [w.instructor.id],
    });
    const planner = await signedIn(w.instructor);
    const moved = await planner.patch(`/api/sessions/${session.id}`, {
      startsAt: `${day}T13:00:00+01:00`,
      endsAt: `${day}T16:00:00+01:00`,
      reason: 'Salle occupée le matin',
    });
    expect(moved.statusCode).toBe(200);
    const cancelled = await planner.post(`/api/sessions/${session.id}/cancel`, {
      reason: 'Intervenant malade',
    });
    expect(cancelled.statusCode).toBe(200);

    const notes: { user_id: string; kind: string; title: string; body: string; link: string }[] =
      await t.db.query(
        `SELECT user_id, kind, title, body, link FROM notifications
          WHERE link = $1 OR link = $2 ORDER BY created_at`,
        [`/student/sessions/${session.id}`, `/instructor/sessions/${session.id}`],
      );
    const to = (id: string) => notes.filter((n) => n.user_id === id).map((n) => n.kind);
    expect(to(w.student.id)).toEqual(['session.changed', 'session.cancelled']);
    expect(to(other.id)).toEqual(['session.changed', 'session.cancelled']);
    expect(to(outsider.id)).toEqual([]);
    expect(to(w.instructor.id)).toEqual([]); // the planner who made the change
    const cancel = notes.find((n) => n.user_id === w.student.id && n.kind === 'session.cancelled');
    expect(cancel?.title).toBe('Séance annulée : Culture et stratégie');
    expect(cancel?.body).toContain('Motif : Intervenant malade');
    const move = notes.find((n) => n.user_id === other.id && n.kind === 'session.changed');
    expect(move?.body).toContain('Motif : Salle occupée le matin');
    expect(move?.body).toMatch(/13:00/);
    const mailed = await mailsTo(w.student.email);
    expect(mailed.map((m) => m.subject).sort()).toEqual([
      'Séance annulée : Culture et stratégie',
      'Séance déplacée : Culture et stratégie',
    ]);
    const cancelMail = mailed.find((m) => m.subject?.startsWith('Séance annulée'));
    expect(cancelMail?.text).toContain('Intervenant malade');
    expect(cancelMail?.text).toContain(`${t.config.PUBLIC_URL}/student/sessions/${session.id}`);
  });
});
