import { randomUUID } from 'node:crypto';
import { JobsService } from '../jobs';
import { mailLayout, MailService, MailTemplates, type OutgoingMail } from '../mail';
import { buildAdmin, buildInstructor, buildStudent } from '../testing/factories';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('Sent mail (admin)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: Browser;
  const run = randomUUID().slice(0, 8);

  const mail = (i: number, extra: Partial<OutgoingMail> = {}): OutgoingMail => ({
    to: `box-${run}-${i}@example.org`,
    toName: `Guest ${i}`,
    lang: i % 2 ? 'fr' : 'en',
    kind: 'test.box',
    content: mailLayout({
      lang: 'en',
      title: `Box ${run} ${i}`,
      paragraphs: ['See <b>this</b>: https://clique.test/text-link'],
      action: { label: 'Open', url: `https://clique.test/a?i=${i}&x=1` },
    }),
    idempotencyKey: `test.box:${run}:${i}`,
    ...extra,
  });

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, JOBS_WORKER: 'false' });
    const a = await buildAdmin(t.db);
    admin = new Browser(t.app);
    expect((await admin.signIn(a.email, a.password)).statusCode).toBe(200);
    t.app.get(MailTemplates).register({
      kind: 'test.box-template',
      description: 'A test template',
      sample: (lang) =>
        mailLayout({
          lang,
          title: lang === 'fr' ? 'Bonjour' : 'Hello',
          paragraphs: ['…'],
          action: { label: 'Go', url: 'https://clique.test/go' },
        }),
    });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  it('refuses students and instructors', async () => {
    for (const build of [buildStudent, buildInstructor]) {
      const u = await build(t.db);
      const b = new Browser(t.app);
      await b.signIn(u.email, u.password);
      for (const url of [
        '/api/admin/mail',
        '/api/admin/mail/templates',
        `/api/admin/mail/${randomUUID()}`,
      ])
        expect((await b.get(url)).statusCode).toBe(403);
      expect((await b.post(`/api/admin/mail/${randomUUID()}/resend`)).statusCode).toBe(403);
    }
    expect((await new Browser(t.app).get('/api/admin/mail')).statusCode).toBe(401);
  });

  it('validates its input with problem+json', async () => {
    for (const url of [
      '/api/admin/mail?status=lost',
      '/api/admin/mail?size=1000',
      '/api/admin/mail?sort=html',
      '/api/admin/mail?unknown=1',
      '/api/admin/mail/templates/test.box-template/preview?lang=de',
    ]) {
      const res = await admin.get(url);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors?.[0]?.field).toBeTruthy();
    }
    expect((await admin.get('/api/admin/mail/not-a-uuid')).statusCode).toBe(404);
    expect((await admin.get(`/api/admin/mail/${randomUUID()}`)).json().code).toBe('mail.not_found');
    expect((await admin.post(`/api/admin/mail/${randomUUID()}/resend`)).statusCode).toBe(404);
    expect((await admin.get('/api/admin/mail/templates/no.such/preview?lang=fr')).json().code).toBe(
      'mail.not_found',
    );
  });

  it('lists every mail in a fixed number of queries, filtered and searched', async () => {
    const service = t.app.get(MailService);
    await t.db.transaction((m) =>
      service.enqueueMany(
        m,
        [0, 1].map((i) => mail(i)),
      ),
    );
    t.queries.reset();
    const small = await admin.get(`/api/admin/mail?q=box-${run}`);
    const few = t.queries.count;
    await t.db.transaction((m) =>
      service.enqueueMany(
        m,
        [2, 3, 4, 5, 6, 7].map((i) => mail(i)),
      ),
    );
    t.queries.reset();
    const big = await admin.get(`/api/admin/mail?q=box-${run}`);
    expect(t.queries.count).toBe(few);
    expect(small.json().total).toBe(2);
    expect(big.json().total).toBe(8);
    const first = big.json().items[0];
    expect(big.json().items.map((i: { recipient: string }) => i.recipient)).toContain(
      `box-${run}-7@example.org`,
    );
    expect(first).toMatchObject({ status: 'queued', kind: 'test.box', attempts: 0 });
    expect(first.html).toBeUndefined();
    await t.app.get(JobsService).drain();
    const sent = await admin.get(`/api/admin/mail?q=box-${run}&status=sent&size=5&page=2`);
    expect(sent.json()).toMatchObject({ total: 8, page: 2, size: 5 });
    expect(sent.json().items).toHaveLength(3);
    expect(sent.json().counts.sent).toBeGreaterThanOrEqual(8);
    expect((await admin.get(`/api/admin/mail?q=box-${run}&status=failed`)).json().total).toBe(0);
  });

  it('shows a mail with its HTML, text, links and attachments', async () => {
    const { id } = await t.db.transaction((m) =>
      t.app.get(MailService).enqueue(
        m,
        mail(20, {
          attachments: [
            { filename: 'talk.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' },
          ],
        }),
      ),
    );
    const res = await admin.get(`/api/admin/mail/${id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.html).toContain('See &lt;b&gt;this&lt;/b&gt;');
    expect(body.text).toContain('https://clique.test/text-link');
    expect(body.links).toEqual([`https://clique.test/a?i=20&x=1`, 'https://clique.test/text-link']);
    expect(body.attachments).toEqual([
      { filename: 'talk.ics', contentType: 'text/calendar', size: 15 },
    ]);
    expect(body.resendable).toBe(false);
  });

  it('shows a failure and resends it once', async () => {
    sink.set({ reject: () => ({ code: 550, message: 'Mailbox unavailable' }) });
    const { id } = await t.db.transaction((m) => t.app.get(MailService).enqueue(m, mail(30)));
    for (let i = 0; i < 3; i++) await t.app.get(JobsService).drain({ includeDelayed: true });
    const failed = (await admin.get(`/api/admin/mail?status=failed&q=box-${run}-30`)).json();
    expect(failed.items).toEqual([
      expect.objectContaining({
        id,
        attempts: 2,
        lastError: expect.stringContaining('Mailbox unavailable'),
      }),
    ]);
    sink.set({});
    const [a, b] = [
      await admin.post(`/api/admin/mail/${id}/resend`),
      await admin.post(`/api/admin/mail/${id}/resend`),
    ];
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json().status).toBe('queued');
    await t.app.get(JobsService).drain();
    const messages = (await sink.messages()).filter((m) => m.subject === `Box ${run} 30`);
    expect(messages).toHaveLength(1);
    const again = await admin.post(`/api/admin/mail/${id}/resend`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('mail.not_resendable');
  });

  it('previews each registered template in French and English', async () => {
    const list = (await admin.get('/api/admin/mail/templates')).json();
    expect(list).toContainEqual({ kind: 'test.box-template', description: 'A test template' });
    const fr = (
      await admin.get('/api/admin/mail/templates/test.box-template/preview?lang=fr')
    ).json();
    const en = (
      await admin.get('/api/admin/mail/templates/test.box-template/preview?lang=en')
    ).json();
    expect([fr.subject, en.subject]).toEqual(['Bonjour', 'Hello']);
    expect(en.links).toEqual(['https://clique.test/go']);
  });
});
