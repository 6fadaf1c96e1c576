import type IcalNamespace from 'ical.js' with { 'resolution-mode': 'import' };
import { DateTime } from 'luxon';
import { JobsService } from '../jobs';
import { buildUser } from '../testing/factories';
import { buildCohort } from '../testing/programme-factories';
import { daysFromToday } from '../testing/dates';
import {
  buildPlanningWorld,
  buildSession,
  buildSpeaker,
  type PlanningWorld,
} from '../testing/scheduling-factories';
import { type ParsedMail, type SmtpSink, startSmtpSink } from '../testing/smtp-sink';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

// ical.js ships ESM types beside a CommonJS build: load the build, type it from the ESM types.
const ICAL = require('ical.js') as typeof IcalNamespace;

/** The calendar attached to a mail, read back with ical.js. */
function calendarOf(mail: ParsedMail) {
  const attachment = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!attachment) throw new Error(`No calendar in "${mail.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(attachment.content.toString('utf8')));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('No VEVENT');
  const event = new ICAL.Event(vevent);
  return {
    contentType: attachment.contentType,
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    start: event.startDate,
    zone: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
    organizer: String(vevent.getFirstPropertyValue('organizer')).toLowerCase(),
    attendees: vevent
      .getAllProperties('attendee')
      .map((p) => String(p.getFirstValue()).toLowerCase()),
    description: event.description,
  };
}

describe('speakers’ mails', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let jobs: JobsService;
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, JOBS_WORKER: 'false' });
    jobs = t.app.get(JobsService);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  async function signedIn(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  /** What the sink received for one address, after the queue ran. */
  async function mailsTo(address: string, drain: { includeDelayed?: boolean } = {}) {
    await jobs.drain(drain);
    return (await sink.messages()).filter((m) =>
      (Array.isArray(m.to) ? m.to : [m.to]).some((to) =>
        to?.value.some((v) => v.address === address),
      ),
    );
  }

  /** The subjects of some mails, in a stable order (the queue delivers in any order). */
  const subjects = (mails: ParsedMail[]) => mails.map((m) => m.subject ?? '').sort();
  const titled = (mails: ParsedMail[], start: string) => {
    const found = mails.find((m) => m.subject?.startsWith(start));
    if (!found) throw new Error(`No mail "${start}…" in ${JSON.stringify(subjects(mails))}`);
    return found;
  };

  /** 14:00–15:30 in Zurich, `days` from today. */
  const zurich = (days: number, hour = 14) => {
    const start = DateTime.fromISO(`${daysFromToday(days)}T${String(hour).padStart(2, '0')}:00`, {
      zone: 'Europe/Zurich',
    });
    return { startsAt: start.toJSDate(), endsAt: start.plus({ minutes: 90 }).toJSDate() };
  };

  async function guestTalk(w: PlanningWorld, days = 20) {
    return buildSession(t.db, {
      cohortId: w.cohort.id,
      roomId: w.room.id,
      kind: 'guest_talk',
      title: 'Conférence invitée',
      ...zurich(days),
    });
  }

  /** An instructor's invitation of a new speaker to a talk, sent: the API's answer. */
  async function invite(
    w: PlanningWorld,
    session: { id: string },
    extra: Record<string, unknown> = {},
    speakerFields: Parameters<typeof buildSpeaker>[1] = {},
  ) {
    const speaker = await buildSpeaker(t.db, { fullName: 'Thierry Crouzet', ...speakerFields });
    const b = await signedIn(w.instructor);
    const created = await b.post(`/api/sessions/${session.id}/invitations`, {
      speakerId: speaker.id,
      talkTitle: 'Le peuple des connecteurs',
      accessInfo: 'Entrée principale, 2e étage',
      equipment: 'Projecteur HDMI',
      contactName: 'Claire Rochat',
      contactPhone: '+41 21 000 00 00',
      ...extra,
    });
    expect(created.statusCode).toBe(201);
    const sent = await b.post(`/api/invitations/${created.json().id}/transitions`, {
      to: 'invited',
    });
    expect(sent.statusCode).toBe(200);
    const url: string = sent.json().link.url;
    return { b, speaker, invitation: sent.json(), url, token: url.split('/').pop() ?? '' };
  }

  it('mails the invitation with its working link, the practical details and a calendar request', async () => {
    const w = await buildPlanningWorld(t.db);
    const session = await guestTalk(w);
    const { speaker, invitation, url, token } = await invite(w, session);
    expect(invitation.mail).toMatchObject({ count: 1, limit: 5, reminderDays: 5 });

    const [mail, ...more] = await mailsTo(speaker.email ?? '');
    expect(more).toEqual([]);
    expect(mail.subject).toBe('Invitation : Le peuple des connecteurs — ' + w.programme.title);
    expect(mail.text).toContain(url);
    expect(mail.html).toContain(url);
    expect(mail.text).toContain('Entrée principale, 2e étage');
    expect(mail.text).toContain('Claire Rochat');
    expect(mail.text).toContain('14:00–15:30 (Europe/Zurich)');

    const page = await new Browser(t.app).get(`/api/speaker-links/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().practical).toEqual({
      accessInfo: 'Entrée principale, 2e étage',
      equipment: 'Projecteur HDMI',
      contact: { name: 'Claire Rochat', email: null, phone: '+41 21 000 00 00' },
    });

    const ics = calendarOf(mail);
    expect(ics.contentType).toBe('text/calendar');
    expect(ics.method).toBe('REQUEST');
    expect(ics.uid).toBe(`session-${session.id}@clique`);
    expect(ics.zone).toBe('Europe/Zurich');
    expect([ics.start.hour, ics.start.minute]).toEqual([14, 0]);
    expect(ics.start.toJSDate().getTime()).toBe(session.startsAt.getTime());
    expect(ics.organizer).toBe(`mailto:${w.instructor.email}`);
    expect(ics.attendees).toEqual([`mailto:${speaker.email}`]);
  });

  it('writes in the speaker’s language when it is known', async () => {
    const w = await buildPlanningWorld(t.db);
    const { speaker } = await invite(w, await guestTalk(w), {}, { preferredLanguage: 'en' });
    const [mail] = await mailsTo(speaker.email ?? '');
    expect(mail.subject).toMatch(/^Invitation: Le peuple des connecteurs/);
    expect(mail.text).toContain('Answer the invitation');
  });

  it('reminds once after the set days without an answer, and never after an answer', async () => {
    const w = await buildPlanningWorld(t.db);
    const waiting = await invite(w, await guestTalk(w, 20), { reminderDays: 3 });
    const answered = await invite(w, await guestTalk(w, 21), { reminderDays: 3 });
    const declined = await new Browser(t.app).post(`/api/speaker-links/${answered.token}/answer`, {
      answer: 'decline',
    });
    expect(declined.statusCode).toBe(200);

    // Not before the days have passed…
    expect(subjects(await mailsTo(waiting.speaker.email ?? ''))).toEqual([
      expect.stringMatching(/^Invitation/),
    ]);
    // …then the delayed reminder is due: once, with the working link.
    await mailsTo(waiting.speaker.email ?? '', { includeDelayed: true });
    const after = await mailsTo(waiting.speaker.email ?? '', { includeDelayed: true });
    expect(subjects(after)).toEqual([
      expect.stringMatching(/^Invitation/),
      'Rappel : votre réponse pour « Le peuple des connecteurs »',
    ]);
    expect(titled(after, 'Rappel').text).toContain(waiting.url);
    const detail = await waiting.b.get(`/api/invitations/${waiting.invitation.id}`);
    expect(detail.json().mail.remindedAt).not.toBeNull();

    // The speaker who answered gets the invitation and the confirmation of their answer only.
    const theirs = await mailsTo(answered.speaker.email ?? '', { includeDelayed: true });
    expect(subjects(theirs)).toEqual([
      expect.stringMatching(/^Invitation/),
      'Réponse reçue : Le peuple des connecteurs',
    ]);
  });

  it('confirms an acceptance to the speaker and thanks them after the talk', async () => {
    const w = await buildPlanningWorld(t.db);
    const session = await guestTalk(w);
    const { speaker, token } = await invite(w, session);
    const yes = await new Browser(t.app).post(`/api/speaker-links/${token}/answer`, {
      answer: 'confirm',
    });
    expect(yes.statusCode).toBe(200);
    const mails = await mailsTo(speaker.email ?? '');
    expect(subjects(mails)).toEqual([
      'Confirmé : Le peuple des connecteurs',
      expect.stringMatching(/^Invitation/),
    ]);
    expect(calendarOf(titled(mails, 'Confirmé')).attendees).toEqual([`mailto:${speaker.email}`]);

    // The talk takes place (its times move into the past), then the thank-you job is due.
    await t.db.query(
      `UPDATE sessions SET starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours' WHERE id = $1`,
      [session.id],
    );
    const later = await mailsTo(speaker.email ?? '', { includeDelayed: true });
    expect(subjects(later)).toEqual([
      'Confirmé : Le peuple des connecteurs',
      expect.stringMatching(/^Invitation/),
      'Merci pour « Le peuple des connecteurs »',
    ]);
  });

  it('sends an updated calendar request when the session moves, to speakers who accepted or have not answered', async () => {
    const w = await buildPlanningWorld(t.db);
    const session = await guestTalk(w, 30);
    const pending = await invite(w, session);
    const accepted = await invite(w, session, {}, { fullName: 'Sébastien Fanti' });
    const declined = await invite(w, session, {}, { fullName: 'Xavier Comtesse' });
    await new Browser(t.app).post(`/api/speaker-links/${accepted.token}/answer`, {
      answer: 'confirm',
    });
    await new Browser(t.app).post(`/api/speaker-links/${declined.token}/answer`, {
      answer: 'decline',
    });
    const before = calendarOf(titled(await mailsTo(pending.speaker.email ?? ''), 'Invitation'));

    const moved = zurich(31, 10);
    const patched = await pending.b.patch(`/api/sessions/${session.id}`, {
      startsAt: moved.startsAt.toISOString(),
      endsAt: moved.endsAt.toISOString(),
    });
    expect(patched.statusCode).toBe(200);

    for (const who of [pending, accepted]) {
      const last = (await mailsTo(who.speaker.email ?? '')).at(-1);
      expect(last?.subject).toBe('Nouvelle date : Le peuple des connecteurs');
      const ics = calendarOf(last as ParsedMail);
      expect(ics.method).toBe('REQUEST');
      expect(ics.uid).toBe(before.uid);
      expect(ics.sequence).toBeGreaterThan(before.sequence);
      expect([ics.zone, ics.start.hour]).toEqual(['Europe/Zurich', 10]);
    }
    expect(subjects(await mailsTo(declined.speaker.email ?? ''))).toEqual([
      expect.stringMatching(/^Invitation/),
      'Réponse reçue : Le peuple des connecteurs',
    ]);
  });

  it('sends METHOD:CANCEL with the reason when the session is cancelled', async () => {
    const w = await buildPlanningWorld(t.db);
    const session = await guestTalk(w, 25);
    const pending = await invite(w, session);
    const first = calendarOf(titled(await mailsTo(pending.speaker.email ?? ''), 'Invitation'));
    const cancelled = await pending.b.post(`/api/sessions/${session.id}/cancel`, {
      reason: 'Grève des transports',
    });
    expect(cancelled.statusCode).toBe(200);
    const last = (await mailsTo(pending.speaker.email ?? '')).at(-1) as ParsedMail;
    expect(last.subject).toBe('Annulation : Le peuple des connecteurs');
    expect(last.text).toContain('Grève des transports');
    const ics = calendarOf(last);
    expect(ics.contentType).toBe('text/calendar');
    expect(ics.method).toBe('CANCEL');
    expect(ics.status).toBe('CANCELLED');
    expect(ics.uid).toBe(first.uid);
    expect(ics.sequence).toBeGreaterThan(first.sequence);
  });

  it('tells a speaker whose invitation alone is cancelled, with METHOD:CANCEL', async () => {
    const w = await buildPlanningWorld(t.db);
    const { b, speaker, invitation } = await invite(w, await guestTalk(w, 26));
    const cancelled = await b.post(`/api/invitations/${invitation.id}/transitions`, {
      to: 'cancelled',
    });
    expect(cancelled.statusCode).toBe(200);
    const mails = await mailsTo(speaker.email ?? '');
    expect(calendarOf(titled(mails, 'Annulation')).method).toBe('CANCEL');
  });

  it('caps how many times one invitation is mailed, also under concurrent resends, and changes nothing past the cap', async () => {
    const w = await buildPlanningWorld(t.db);
    const { b, speaker, invitation } = await invite(w, await guestTalk(w));
    for (let i = 2; i <= 4; i++) {
      const again = await b.post(`/api/invitations/${invitation.id}/link`);
      expect(again.statusCode).toBe(201);
      expect(again.json().mail.count).toBe(i);
    }
    // Three at once for the one sending left: exactly one goes.
    const racing = await Promise.all(
      [1, 2, 3].map(() => b.post(`/api/invitations/${invitation.id}/link`)),
    );
    expect(racing.map((r) => r.statusCode).sort()).toEqual([201, 429, 429]);
    const before = (await b.get(`/api/invitations/${invitation.id}`)).json();
    expect(before.mail.count).toBe(5);
    const refused = await b.post(`/api/invitations/${invitation.id}/link`);
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'invitation.mail_limit' });
    expect((await b.get(`/api/invitations/${invitation.id}`)).json().link.url).toBe(
      before.link.url,
    );
    expect(await mailsTo(speaker.email ?? '')).toHaveLength(5);
  });

  it('sends nothing for another cohort’s planner or a student (404 and 403)', async () => {
    const w = await buildPlanningWorld(t.db);
    const { speaker, invitation } = await invite(w, await guestTalk(w));
    const other = await buildUser(t.db, { role: 'instructor' });
    await buildCohort(t.db, { programmeId: w.programme.id, instructorIds: [other.id] });
    const stranger = await signedIn(other);
    expect((await stranger.post(`/api/invitations/${invitation.id}/link`)).statusCode).toBe(404);
    const student = await signedIn(w.student);
    expect((await student.post(`/api/invitations/${invitation.id}/link`)).statusCode).toBe(403);
    expect(await mailsTo(speaker.email ?? '')).toHaveLength(1);
  });

  it('leaves the link to copy when the speaker has no e-mail', async () => {
    const w = await buildPlanningWorld(t.db);
    const { invitation } = await invite(w, await guestTalk(w), {}, { email: null });
    expect(invitation.mail.count).toBe(0);
    expect(invitation.link.url).toMatch(/\/speaker\//);
  });
});
