import { randomUUID } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import { JobsService } from '../jobs';
import { buildAdmin, buildStudent, buildUser } from '../testing/factories';
import { buildCohort, buildEnrolment } from '../testing/programme-factories';
import { startSmtpSink, type SmtpSink } from '../testing/smtp-sink';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { PasswordResetService } from './password-reset.service';

const NEW_PASSWORD = 'a brand new passphrase 2027';
const LINK = /https?:\/\/[^\s"<>]+\/(set-password|reset-password|confirm-email)\?token=([\w-]+)/;

describe('account mail', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let ipCounter = 0;
  /** Each test its own IP, so the per-IP limit of one never reaches another. */
  const browser = () =>
    new Browser(t.app, `10.20.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`);

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      SMTP_URL: sink.url,
      JOBS_WORKER: 'false',
      ACCOUNT_MAIL_MAX_PER_IP: '6',
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  const drain = () => t.app.get(JobsService).drain();
  const recipients = (m: ParsedMail) =>
    (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((a) =>
      a.value.map((v) => (v.address ?? '').toLowerCase()),
    );
  /** The mails received so far by one address, after the queue ran dry. */
  async function mailsTo(address: string): Promise<ParsedMail[]> {
    await drain();
    return (await sink.messages()).filter((m) => recipients(m).includes(address.toLowerCase()));
  }
  const linkIn = (m: ParsedMail) => {
    const match = LINK.exec(m.text ?? '');
    if (!match) throw new Error(`no link in the mail "${m.subject}"`);
    return { url: match[0], page: match[1], token: match[2] };
  };
  async function signedIn(email: string, password: string) {
    const b = browser();
    expect((await b.signIn(email, password)).statusCode).toBe(200);
    return b;
  }
  const adminBrowser = async () => {
    const admin = await buildAdmin(t.db);
    return signedIn(admin.email, admin.password);
  };

  describe('invitations', () => {
    it('an import mails exactly one working link per new student, and a second import nothing', async () => {
      const admin = await adminBrowser();
      const cohort = await buildCohort(t.db);
      const known = await buildStudent(t.db);
      const tag = randomUUID().slice(0, 8);
      const fresh = [`lea.${tag}@example.ch`, `chloe.${tag}@example.ch`];
      const csv = [
        'email;givenName;familyName;language',
        `${fresh[0]};Léa;Müller;fr`,
        `${fresh[1]};Chloé;Jaccard;en`,
        `${known.email};;;fr`,
      ].join('\n');

      const first = await admin.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({ created: 2, enrolled: 1, mailed: 2 });
      const lea = await mailsTo(fresh[0]);
      const chloe = await mailsTo(fresh[1]);
      expect([lea.length, chloe.length, (await mailsTo(known.email)).length]).toEqual([1, 1, 0]);
      expect(lea[0].subject).toContain('Bienvenue');
      expect(chloe[0].subject).toContain('Welcome');
      expect(chloe[0].text).toContain(cohort.name);

      // Following the mailed link sets the password; then the student signs in.
      const { token, page } = linkIn(lea[0]);
      expect(page).toBe('set-password');
      const anonymous = browser();
      expect((await anonymous.get(`/api/auth/password-tokens/${token}`)).json()).toMatchObject({
        email: fresh[0],
        purpose: 'invitation',
      });
      expect(
        (await anonymous.post('/api/auth/password', { token, password: NEW_PASSWORD })).statusCode,
      ).toBe(204);
      await signedIn(fresh[0], NEW_PASSWORD);

      const again = await admin.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv });
      expect(again.json()).toMatchObject({ created: 0, mailed: 0 });
      expect((await mailsTo(fresh[0])).length).toBe(1);
      expect((await mailsTo(fresh[1])).length).toBe(1);
    });

    it('an import that fails mails nothing', async () => {
      const admin = await adminBrowser();
      const cohort = await buildCohort(t.db, { status: 'closed' });
      const email = `closed.${randomUUID().slice(0, 8)}@example.ch`;
      const csv = `email;givenName;familyName\n${email};Noé;Perret`;
      expect(
        (await admin.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv })).statusCode,
      ).toBe(409);
      expect(await mailsTo(email)).toEqual([]);
    });

    it('creating a user mails the invitation; sending it again is limited per address', async () => {
      const admin = await adminBrowser();
      const email = `new.${randomUUID().slice(0, 8)}@example.ch`;
      const created = await admin.post('/api/users', {
        email,
        displayName: 'Nina Rochat',
        role: 'instructor',
        preferredLanguage: 'en',
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ mailedTo: email });
      const [mail] = await mailsTo(email);
      expect(mail.subject).toContain('Welcome');
      expect(linkIn(mail).url).toBe(created.json().setPasswordUrl);

      const id = created.json().user.id as string;
      for (let i = 0; i < 3; i++) {
        expect((await admin.post(`/api/users/${id}/password-link`)).statusCode).toBe(201);
      }
      const refused = await admin.post(`/api/users/${id}/password-link`);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('auth.mail_throttled');
      expect(refused.headers['retry-after']).toBeDefined();
      const mails = await mailsTo(email);
      expect(mails.length).toBe(4);
      // Only the latest invitation link works.
      const tokens = mails.map((m) => linkIn(m).token);
      const live = await Promise.all(
        tokens.map(
          async (tk) => (await browser().get(`/api/auth/password-tokens/${tk}`)).statusCode,
        ),
      );
      expect(live.filter((s) => s === 200).length).toBe(1);
    });

    it('a student or an instructor cannot make the product mail another user', async () => {
      const victim = await buildStudent(t.db);
      const student = await buildStudent(t.db);
      const instructor = await buildUser(t.db, { role: 'instructor' });
      for (const who of [student, instructor]) {
        const b = await signedIn(who.email, who.password);
        expect((await b.post(`/api/users/${victim.id}/password-link`)).statusCode).toBe(403);
      }
      expect(await mailsTo(victim.email)).toEqual([]);
    });
  });

  describe('forgot password', () => {
    it('answers the same for a known and an unknown address; only the account gets a mail', async () => {
      const student = await buildStudent(t.db);
      const unknown = `nobody.${randomUUID().slice(0, 8)}@example.ch`;
      const known = await browser().post('/api/auth/forgot-password', { email: student.email });
      const other = await browser().post('/api/auth/forgot-password', { email: unknown });
      expect(known.statusCode).toBe(202);
      expect(other.statusCode).toBe(202);
      expect(other.body).toBe(known.body);
      expect(other.headers['content-type']).toBe(known.headers['content-type']);
      expect((await mailsTo(student.email)).length).toBe(1);
      expect(await mailsTo(unknown)).toEqual([]);
    });

    it("the mailed link sets the password once and signs out the user's sessions", async () => {
      const student = await buildStudent(t.db);
      const open = await signedIn(student.email, student.password);
      const typed = student.email.toUpperCase();
      expect((await browser().post('/api/auth/forgot-password', { email: typed })).statusCode).toBe(
        202,
      );
      const [mail] = await mailsTo(student.email);
      const { token, page } = linkIn(mail);
      expect(page).toBe('reset-password');
      expect((await browser().get(`/api/auth/password-tokens/${token}`)).json().purpose).toBe(
        'reset',
      );

      const set = await browser().post('/api/auth/password', { token, password: NEW_PASSWORD });
      expect(set.statusCode).toBe(204);
      expect((await open.get('/api/me')).statusCode).toBe(401);
      await signedIn(student.email, NEW_PASSWORD);
      expect((await browser().signIn(student.email, student.password)).statusCode).toBe(401);

      const second = await browser().post('/api/auth/password', {
        token,
        password: 'yet another passphrase',
      });
      expect(second.statusCode).toBe(410);
      expect(second.json().code).toBe('auth.password_token_invalid');
      await signedIn(student.email, NEW_PASSWORD);
    });

    it('a job run twice (a retry, a restart) mails the link once', async () => {
      const student = await buildStudent(t.db);
      await browser().post('/api/auth/forgot-password', { email: student.email });
      await drain();
      const [request] = await t.db.query<{ id: string }[]>(
        `SELECT id FROM account_mail_requests WHERE email = lower($1)`,
        [student.email],
      );
      await t.app.get(PasswordResetService).handle(String(request.id));
      expect((await mailsTo(student.email)).length).toBe(1);
    });

    it('a deactivated account gets nothing', async () => {
      const user = await buildUser(t.db, { active: false });
      const response = await browser().post('/api/auth/forgot-password', { email: user.email });
      expect(response.statusCode).toBe(202);
      expect(await mailsTo(user.email)).toEqual([]);
    });

    it('mails one address at most three times a window, even asked at once', async () => {
      const student = await buildStudent(t.db);
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          browser().post('/api/auth/forgot-password', { email: student.email }),
        ),
      );
      expect(answers.map((r) => r.statusCode)).toEqual([202, 202, 202, 202, 202]);
      expect((await mailsTo(student.email)).length).toBe(3);
    });

    it('refuses an IP past its limit with 429 and Retry-After, whatever the addresses', async () => {
      const b = browser();
      const codes: number[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await b.post('/api/auth/forgot-password', {
          email: `probe${i}.${randomUUID().slice(0, 6)}@example.ch`,
        });
        codes.push(r.statusCode);
        if (r.statusCode === 429) {
          expect(r.json().code).toBe('auth.mail_throttled');
          expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
        }
      }
      expect(codes).toEqual([202, 202, 202, 202, 202, 202, 429]);
    });

    it.each([
      [{ email: 'not-an-address' }, 'email'],
      [{}, 'email'],
      [{ email: 'a@example.ch', role: 'admin' }, 'role'],
    ])('refuses %j with a 400 naming the field', async (body, field) => {
      const r = await browser().post('/api/auth/forgot-password', body);
      expect(r.statusCode).toBe(400);
      expect(r.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });

  describe('e-mail change', () => {
    it('changes the address only when the new one confirms, then notifies the old one', async () => {
      const student = await buildStudent(t.db);
      const b = await signedIn(student.email, student.password);
      const newEmail = `moved.${randomUUID().slice(0, 8)}@example.ch`;

      const wrong = await b.post('/api/me/email-change', { email: newEmail, password: 'nope' });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().code).toBe('auth.wrong_password');

      const asked = await b.post('/api/me/email-change', {
        email: newEmail,
        password: student.password,
      });
      expect(asked.statusCode).toBe(202);
      expect(asked.json()).toMatchObject({ email: student.email, pendingEmail: newEmail });
      expect((await b.get('/api/me')).json().email).toBe(student.email);
      const [confirm] = await mailsTo(newEmail);
      expect(await mailsTo(student.email)).toEqual([]);

      const { token, page } = linkIn(confirm);
      expect(page).toBe('confirm-email');
      const done = await browser().post('/api/auth/email-change/confirm', { token });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toEqual({ email: newEmail });
      expect((await b.get('/api/me')).json().email).toBe(newEmail);
      await signedIn(newEmail, student.password);
      const [notice] = await mailsTo(student.email);
      expect(notice.text).toContain(newEmail);

      const again = await browser().post('/api/auth/email-change/confirm', { token });
      expect(again.statusCode).toBe(410);
      expect(again.json().code).toBe('auth.email_change_invalid');
    });

    it("refuses another account's address and the same address", async () => {
      const student = await buildStudent(t.db);
      const other = await buildStudent(t.db);
      const b = await signedIn(student.email, student.password);
      const taken = await b.post('/api/me/email-change', {
        email: other.email.toUpperCase(),
        password: student.password,
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().code).toBe('user.email_taken');
      const same = await b.post('/api/me/email-change', {
        email: student.email,
        password: student.password,
      });
      expect(same.statusCode).toBe(400);
      expect(same.json().code).toBe('auth.email_unchanged');
      expect(await mailsTo(other.email)).toEqual([]);
    });

    it('needs a session and valid input', async () => {
      const anonymous = await browser().post('/api/me/email-change', {
        email: 'x@example.ch',
        password: 'whatever',
      });
      expect(anonymous.statusCode).toBe(401);
      const student = await buildStudent(t.db);
      const b = await signedIn(student.email, student.password);
      const bad = await b.post('/api/me/email-change', { email: 'nope' });
      expect(bad.statusCode).toBe(400);
      expect(
        bad
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['email', 'password']);
    });

    it('limits the changes one account asks for', async () => {
      const student = await buildStudent(t.db);
      const b = await signedIn(student.email, student.password);
      const ask = () =>
        b.post('/api/me/email-change', {
          email: `try.${randomUUID().slice(0, 8)}@example.ch`,
          password: student.password,
        });
      for (let i = 0; i < 3; i++) expect((await ask()).statusCode).toBe(202);
      const refused = await ask();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('auth.mail_throttled');
    });
  });

  it('an enrolment of a new e-mail mails its invitation with the programme', async () => {
    const admin = await adminBrowser();
    const cohort = await buildCohort(t.db);
    const email = `single.${randomUUID().slice(0, 8)}@example.ch`;
    const r = await admin.post(`/api/cohorts/${cohort.id}/enrolments`, {
      email,
      givenName: 'Zoé',
      familyName: 'Favre',
    });
    expect(r.statusCode).toBe(201);
    const [mail] = await mailsTo(email);
    expect(linkIn(mail).url).toBe(r.json().setPasswordUrl);
    expect(mail.text).toContain(cohort.name);
    // An existing student enrolled elsewhere gets no invitation.
    const other = await buildCohort(t.db);
    const student = await buildStudent(t.db);
    await buildEnrolment(t.db, cohort.id, student.id);
    expect(
      (await admin.post(`/api/cohorts/${other.id}/enrolments`, { studentId: student.id }))
        .statusCode,
    ).toBe(201);
    expect(await mailsTo(student.email)).toEqual([]);
  });
});
