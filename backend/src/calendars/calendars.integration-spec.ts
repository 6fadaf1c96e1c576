import type IcalNamespace from 'ical.js' with { 'resolution-mode': 'import' };
import { buildCohort } from '../testing/programme-factories';
import {
  buildInvitation,
  buildPlanningWorld,
  buildSession,
  buildSpeaker,
} from '../testing/scheduling-factories';
import { aroundSpringForward, nextDate } from '../testing/dates';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

// ical.js ships ESM types beside a CommonJS build: load the build, type it from the ESM types.
const ICAL = require('ical.js') as typeof IcalNamespace;

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((v) => ({
    vevent: v,
    event: new ICAL.Event(v),
    status: v.getFirstPropertyValue('status'),
    tzid: v.getFirstProperty('dtstart')?.getParameter('tzid'),
  }));
}

/** Feeds keep sessions of the last 400 days: every date here is ahead of today. */
const spring = aroundSpringForward();
const januaryDay = nextDate(1, 8);
const januaryOther = nextDate(1, 15);
const juneDay = nextDate(6, 4);

describe('calendars', () => {
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
  const path = (url: string) => new URL(url).pathname;

  it('gives a student a private feed of their cohort: zone-aware times across DST, stable UIDs, SEQUENCE and STATUS:CANCELLED', async () => {
    const w = await buildPlanningWorld(t.db);
    const other = await buildCohort(t.db);
    const before = await buildSession(t.db, {
      cohortId: w.cohort.id,
      roomId: w.room.id,
      title: 'Avant le changement d’heure',
      startsAt: `${spring.before}T09:00:00+01:00`,
      endsAt: `${spring.before}T17:00:00+01:00`,
      instructorIds: [w.instructor.id],
    });
    const after = await buildSession(t.db, {
      cohortId: w.cohort.id,
      title: 'Après le changement d’heure',
      startsAt: `${spring.after}T09:00:00+02:00`,
      endsAt: `${spring.after}T17:00:00+02:00`,
    });
    await buildSession(t.db, {
      cohortId: other.id,
      startsAt: `${spring.before}T09:00:00+01:00`,
      endsAt: `${spring.before}T17:00:00+01:00`,
    });
    const student = await signedIn(w.student);
    const created = await student.post('/api/calendar-feeds', { scope: 'me' });
    expect(created.statusCode).toBe(201);
    const feed = created.json();
    expect(feed.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{65}\.ics$/);
    expect(feed.webcalUrl).toMatch(/^webcal:\/\//);

    const anonymous = new Browser(t.app);
    const first = await anonymous.get(path(feed.url));
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toContain('text/calendar');
    const parsed = events(first.body);
    expect(parsed.map((e) => e.event.uid)).toEqual([
      `session-${before.id}@clique`,
      `session-${after.id}@clique`,
    ]);
    for (const e of parsed) {
      expect(e.tzid).toBe('Europe/Zurich');
      expect(e.event.startDate.hour).toBe(9);
      expect(e.event.endDate.hour).toBe(17);
      expect(e.status).toBe('CONFIRMED');
    }
    expect(parsed[0]?.event.startDate.toJSDate().toISOString()).toBe(
      `${spring.before}T08:00:00.000Z`,
    );
    expect(parsed[1]?.event.startDate.toJSDate().toISOString()).toBe(
      `${spring.after}T07:00:00.000Z`,
    );
    expect(parsed[0]?.event.location).toBe(`${w.room.name}, ${w.room.address}`);
    expect(parsed[0]?.event.sequence).toBe(0);

    const instructor = await signedIn(w.instructor);
    await instructor.patch(`/api/sessions/${before.id}`, {
      startsAt: `${spring.before}T10:00:00+01:00`,
    });
    await instructor.post(`/api/sessions/${after.id}/cancel`, {});
    const second = events((await anonymous.get(path(feed.url))).body);
    expect(second.map((e) => e.event.uid)).toEqual(parsed.map((e) => e.event.uid));
    expect(second[0]?.event.sequence).toBe(1);
    expect(second[0]?.event.startDate.hour).toBe(10);
    expect(second[1]).toMatchObject({ status: 'CANCELLED' });
    expect(second[1]?.event.sequence).toBe(1);
  });

  it('gives the reason of a cancellation in the event’s description, in the feed and the single .ics', async () => {
    const w = await buildPlanningWorld(t.db);
    const s = await buildSession(t.db, {
      cohortId: w.cohort.id,
      title: 'Atelier vidéo',
      startsAt: `${januaryOther}T09:00:00+01:00`,
      endsAt: `${januaryOther}T12:00:00+01:00`,
    });
    const instructor = await signedIn(w.instructor);
    const cancelled = await instructor.post(`/api/sessions/${s.id}/cancel`, {
      reason: 'Intervenant malade, reporté en mars',
    });
    expect(cancelled.statusCode).toBe(200);
    const student = await signedIn(w.student);
    const feed = (await student.post('/api/calendar-feeds', { scope: 'me' })).json();
    const inFeed = events((await new Browser(t.app).get(path(feed.url))).body).find(
      (e) => e.event.uid === `session-${s.id}@clique`,
    );
    expect(inFeed?.status).toBe('CANCELLED');
    expect(inFeed?.event.description).toContain(
      'Motif de l’annulation: Intervenant malade, reporté en mars',
    );
    const single = await student.get(`/api/sessions/${s.id}/calendar.ics?lang=en`);
    expect(events(single.body)[0]?.event.description).toContain(
      'Reason for the cancellation: Intervenant malade, reporté en mars',
    );
  });

  it('forgets a revoked or tampered feed (404), and lists only the owner’s live feeds', async () => {
    const w = await buildPlanningWorld(t.db);
    const student = await signedIn(w.student);
    const feed = (await student.post('/api/calendar-feeds', { scope: 'me' })).json();
    const anonymous = new Browser(t.app);
    const token = path(feed.url).split('/').pop() ?? '';
    const tampered = `/api/calendar/${token.slice(0, 30)}${token[30] === 'x' ? 'y' : 'x'}${token.slice(31)}`;
    expect((await anonymous.get(tampered)).statusCode).toBe(404);
    expect((await anonymous.get('/api/calendar/whatever.ics')).statusCode).toBe(404);
    expect((await student.get('/api/calendar-feeds')).json()).toEqual([
      expect.objectContaining({ id: feed.id, url: feed.url }),
    ]);
    expect((await student.delete(`/api/calendar-feeds/${feed.id}`)).statusCode).toBe(204);
    expect((await anonymous.get(path(feed.url))).statusCode).toBe(404);
    expect((await student.get('/api/calendar-feeds')).json()).toEqual([]);
  });

  it('stops showing a cohort’s sessions to a student who withdrew', async () => {
    const w = await buildPlanningWorld(t.db);
    await buildSession(t.db, {
      cohortId: w.cohort.id,
      startsAt: `${januaryDay}T09:00:00+01:00`,
      endsAt: `${januaryDay}T12:00:00+01:00`,
    });
    const feed = (
      await (await signedIn(w.student)).post('/api/calendar-feeds', { scope: 'me' })
    ).json();
    const anonymous = new Browser(t.app);
    expect(events((await anonymous.get(path(feed.url))).body)).toHaveLength(1);
    await t.db.query(
      `UPDATE enrolments SET status = 'withdrawn', withdrawn_at = now(), withdrawal_reason = 'test' WHERE student_id = $1`,
      [w.student.id],
    );
    expect(events((await anonymous.get(path(feed.url))).body)).toHaveLength(0);
  });

  it('gives an instructor their own sessions, a cohort’s feed to those who see it, and a speaker’s talks to planners', async () => {
    const w = await buildPlanningWorld(t.db);
    const taught = await buildSession(t.db, {
      cohortId: w.cohort.id,
      instructorIds: [w.instructor.id],
      startsAt: `${januaryOther}T09:00:00+01:00`,
      endsAt: `${januaryOther}T12:00:00+01:00`,
    });
    const notTaught = await buildSession(t.db, {
      cohortId: w.cohort.id,
      kind: 'guest_talk',
      startsAt: `${januaryOther}T13:00:00+01:00`,
      endsAt: `${januaryOther}T15:00:00+01:00`,
    });
    const speaker = await buildSpeaker(t.db);
    await buildInvitation(t.db, notTaught.id, speaker.id, {
      status: 'confirmed',
      talkTitle: 'Bad buzz',
    });
    const instructor = await signedIn(w.instructor);
    const anonymous = new Browser(t.app);

    const mine = (await instructor.post('/api/calendar-feeds', { scope: 'me' })).json();
    expect(events((await anonymous.get(path(mine.url))).body).map((e) => e.event.uid)).toEqual([
      `session-${taught.id}@clique`,
    ]);
    const cohort = (
      await instructor.post('/api/calendar-feeds', { scope: 'cohort', cohortId: w.cohort.id })
    ).json();
    expect(events((await anonymous.get(path(cohort.url))).body)).toHaveLength(2);
    const talks = (
      await instructor.post('/api/calendar-feeds', { scope: 'speaker', speakerId: speaker.id })
    ).json();
    const talkEvents = events((await anonymous.get(path(talks.url))).body);
    expect(talkEvents.map((e) => e.event.uid)).toEqual([`session-${notTaught.id}@clique`]);
    expect(talkEvents[0]?.event.description).toContain('Bad buzz');

    const student = await signedIn(w.student);
    expect(
      (await student.post('/api/calendar-feeds', { scope: 'speaker', speakerId: speaker.id }))
        .statusCode,
    ).toBe(403);
    const foreign = await buildCohort(t.db);
    expect(
      (await student.post('/api/calendar-feeds', { scope: 'cohort', cohortId: foreign.id }))
        .statusCode,
    ).toBe(404);
    expect((await student.post('/api/calendar-feeds', { scope: 'cohort' })).statusCode).toBe(400);
  });

  it('downloads one session as .ics for whoever may see it, in the reader’s language', async () => {
    const w = await buildPlanningWorld(t.db);
    const s = await buildSession(t.db, {
      cohortId: w.cohort.id,
      title: 'Examen final',
      kind: 'exam',
      startsAt: `${juneDay}T09:00:00+02:00`,
      endsAt: `${juneDay}T12:00:00+02:00`,
    });
    const student = await signedIn(w.student);
    const fr = await student.get(`/api/sessions/${s.id}/calendar.ics`);
    expect(fr.statusCode).toBe(200);
    expect(fr.headers['content-disposition']).toContain('attachment');
    const [event] = events(fr.body);
    expect(event?.event.uid).toBe(`session-${s.id}@clique`);
    expect(event?.event.description).toContain('Examen');
    const en = await student.get(`/api/sessions/${s.id}/calendar.ics?lang=en`);
    expect(events(en.body)[0]?.event.description).toContain('Exam ·');
    const other = await buildSession(t.db, {
      cohortId: (await buildCohort(t.db)).id,
      startsAt: `${juneDay}T09:00:00+02:00`,
      endsAt: `${juneDay}T12:00:00+02:00`,
    });
    expect((await student.get(`/api/sessions/${other.id}/calendar.ics`)).statusCode).toBe(404);
    expect((await new Browser(t.app).get(`/api/sessions/${s.id}/calendar.ics`)).statusCode).toBe(
      401,
    );
  });
});
