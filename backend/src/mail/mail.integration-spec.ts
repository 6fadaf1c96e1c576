import { randomUUID } from 'node:crypto';
import { JobsService } from '../jobs';
import { buildUser } from '../testing/factories';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { startTestApp, type TestApp } from '../testing/test-app';
import { MailSender } from './mail-sender';
import { mailLayout } from './mail-layout';
import { MailService, MailThrottledException } from './mail.service';
import type { OutgoingMail } from './mail.types';

function aMail(overrides: Partial<OutgoingMail> = {}): OutgoingMail {
  const key = randomUUID();
  return {
    to: `guest-${key.slice(0, 8)}@example.org`,
    toName: 'Ada Lovelace',
    lang: 'en',
    kind: 'test.hello',
    content: mailLayout({
      lang: 'en',
      title: 'Hello <Ada>',
      paragraphs: ['Your talk is confirmed & booked.'],
      action: { label: 'Open', url: 'https://clique.test/speaker/abc?x=1&y=2' },
      footer: 'MCMS 2026 — Marie Curie',
    }),
    idempotencyKey: `test.hello:${key}:1`,
    ...overrides,
  };
}

async function mailRow(t: TestApp, id: string) {
  const [row] = await t.db.query(`SELECT * FROM mails WHERE id = $1`, [id]);
  return row;
}

describe('Mail outbox (SMTP)', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let mail: MailService;
  let jobs: JobsService;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, JOBS_WORKER: 'false' });
    mail = t.app.get(MailService);
    jobs = t.app.get(JobsService);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });
  afterEach(() => sink.set({}));

  async function received(to: string) {
    return (await sink.messages()).filter((m) => m.to && JSON.stringify(m.to).includes(to));
  }

  it('delivers a committed mail once, with its HTML, text and attachment', async () => {
    const m = aMail({
      attachments: [
        {
          filename: 'talk.ics',
          contentType: 'text/calendar; method=REQUEST; charset=utf-8',
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        },
      ],
    });
    const { id, created } = await t.db.transaction((manager) => mail.enqueue(manager, m));
    expect(created).toBe(true);
    expect((await mailRow(t, id)).status).toBe('queued');
    await jobs.drain();
    await jobs.drain();
    const got = await received(m.to);
    expect(got).toHaveLength(1);
    const [msg] = got;
    expect(msg.subject).toBe('Hello <Ada>');
    expect(msg.html).toContain('Hello &lt;Ada&gt;');
    expect(msg.html).toContain('href="https://clique.test/speaker/abc?x=1&amp;y=2"');
    expect(msg.text).toContain('Open: https://clique.test/speaker/abc?x=1&y=2');
    expect(msg.text).toContain('MCMS 2026 — Marie Curie');
    expect(msg.attachments.map((a) => a.filename)).toEqual(['talk.ics']);
    expect(msg.attachments[0].contentType).toBe('text/calendar');
    const row = await mailRow(t, id);
    expect(row.status).toBe('sent');
    expect(row.attempts).toBe(1);
    expect(msg.messageId).toBe(row.message_id);
  });

  it('sends nothing for a rolled-back transaction', async () => {
    const m = aMail();
    await expect(
      t.db.transaction(async (manager) => {
        await mail.enqueue(manager, m);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await jobs.drain();
    expect(await received(m.to)).toHaveLength(0);
    expect(await t.db.query(`SELECT 1 FROM mails WHERE recipient = $1`, [m.to])).toHaveLength(0);
  });

  it('makes one mail of the same idempotency key enqueued twice', async () => {
    const m = aMail();
    const first = await t.db.transaction((manager) => mail.enqueue(manager, m));
    await jobs.drain();
    const second = await t.db.transaction((manager) => mail.enqueue(manager, { ...m }));
    await t.db.transaction((manager) => mail.enqueueMany(manager, [m, m]));
    await jobs.drain();
    expect(second).toEqual({ id: first.id, created: false });
    expect(await received(m.to)).toHaveLength(1);
  });

  it('sends a bulk batch in a fixed number of statements, each mail once', async () => {
    const users = await Promise.all([1, 2, 3].map(() => buildUser(t.db)));
    const mails = users.map((u) =>
      aMail({ to: u.email, userId: u.id, bulk: true, kind: 'account.set-password' }),
    );
    t.queries.reset();
    await t.db.transaction((manager) => mail.enqueueMany(manager, mails));
    const statements = t.queries.count;
    const more = await Promise.all([1, 2, 3, 4, 5, 6].map(() => buildUser(t.db)));
    t.queries.reset();
    await t.db.transaction((manager) =>
      mail.enqueueMany(
        manager,
        more.map((u) => aMail({ to: u.email, userId: u.id, bulk: true })),
      ),
    );
    expect(t.queries.count).toBe(statements);
    await jobs.drain();
    for (const u of [...users, ...more]) expect(await received(u.email)).toHaveLength(1);
  });

  it('retries a temporary refusal with backoff, then sends', async () => {
    const m = aMail();
    sink.set({ reject: (_i, raw) => (raw.includes(m.to) ? { code: 451 } : null) });
    const { id } = await t.db.transaction((manager) => mail.enqueue(manager, m));
    await jobs.drain();
    let row = await mailRow(t, id);
    expect(row.status).toBe('queued');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toContain('451');
    expect(new Date(row.next_attempt_at).getTime()).toBeGreaterThan(Date.now());
    sink.set({});
    await jobs.drain({ includeDelayed: true });
    row = await mailRow(t, id);
    expect(row.status).toBe('sent');
    expect(row.attempts).toBe(2);
    expect(await received(m.to)).toHaveLength(1);
  });

  it('fails a permanently refused mail after a few attempts, visibly, without a crash', async () => {
    const m = aMail();
    sink.set({
      reject: (_i, raw) =>
        raw.includes(m.to) ? { code: 550, message: 'No such mailbox here' } : null,
    });
    const { id } = await t.db.transaction((manager) => mail.enqueue(manager, m));
    for (let i = 0; i < 4; i++) await jobs.drain({ includeDelayed: true });
    const row = await mailRow(t, id);
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(2);
    expect(row.last_error).toContain('No such mailbox');
    expect(row.sent_at).toBeNull();
    // A new attempt (the admin's resend) once the server accepts it again, sent once.
    sink.set({});
    const again = await t.db.transaction((manager) => mail.resend(manager, id));
    const twice = await t.db.transaction((manager) => mail.resend(manager, id));
    expect([again, twice]).toEqual([true, false]);
    await jobs.drain();
    expect((await mailRow(t, id)).status).toBe('sent');
    expect(await received(m.to)).toHaveLength(1);
  });

  it('gives a job again to a mail a crashed worker left, and sends it once', async () => {
    const m = aMail();
    const { id } = await t.db.transaction((manager) => mail.enqueue(manager, m));
    // A worker took it and crashed before sending; its job was lost.
    await t.db.query(
      `UPDATE mails SET status = 'sending', attempts = 1, claimed_at = now() - interval '1 hour' WHERE id = $1`,
      [id],
    );
    await t.db.query(`DELETE FROM pgboss.job WHERE data->>'mailId' = $1`, [id]);
    await jobs.drain();
    expect(await received(m.to)).toHaveLength(0);
    expect(await t.app.get(MailSender).sweep()).toBeGreaterThanOrEqual(1);
    expect(await t.app.get(MailSender).sweep()).toBe(0);
    await jobs.drain();
    expect(await received(m.to)).toHaveLength(1);
    expect((await mailRow(t, id)).status).toBe('sent');
  });

  it('caps the mails to one address without an account per hour', async () => {
    const to = `capped-${randomUUID().slice(0, 8)}@example.org`;
    for (let i = 0; i < 5; i++)
      await t.db.transaction((manager) => mail.enqueue(manager, aMail({ to })));
    await expect(
      t.db.transaction((manager) => mail.enqueue(manager, aMail({ to }))),
    ).rejects.toBeInstanceOf(MailThrottledException);
    // An account's mail is not capped here (its own flows throttle it).
    const user = await buildUser(t.db);
    for (let i = 0; i < 6; i++)
      await t.db.transaction((manager) =>
        mail.enqueue(manager, aMail({ to: user.email, userId: user.id })),
      );
    await jobs.drain();
  });
});

describe('Mail outbox (no SMTP server, the built-in mailbox)', () => {
  it('marks the mail delivered and sends nothing', async () => {
    const t = await startTestApp({ JOBS_WORKER: 'false' });
    try {
      const m = aMail();
      const { id } = await t.db.transaction((manager) =>
        t.app.get(MailService).enqueue(manager, m),
      );
      await t.app.get(JobsService).drain();
      const row = await mailRow(t, id);
      expect(row.status).toBe('delivered');
      expect(row.sent_at).not.toBeNull();
    } finally {
      await t.close();
    }
  });

  it('retries a closed SMTP port, then fails the mail, without a crash', async () => {
    const closed = await startSmtpSink();
    await closed.close();
    const t = await startTestApp({ SMTP_URL: closed.url, JOBS_WORKER: 'false' });
    try {
      const m = aMail();
      const { id } = await t.db.transaction((manager) =>
        t.app.get(MailService).enqueue(manager, m),
      );
      for (let i = 0; i < 6; i++) await t.app.get(JobsService).drain({ includeDelayed: true });
      const row = await mailRow(t, id);
      expect(row.status).toBe('failed');
      expect(row.attempts).toBe(5);
      expect(row.last_error).toMatch(/ECONNREFUSED/);
    } finally {
      await t.close();
    }
  });
});
