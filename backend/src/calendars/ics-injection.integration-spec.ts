import type IcalNamespace from 'ical.js' with { 'resolution-mode': 'import' };
import {
  buildInvitation,
  buildPlanningWorld,
  buildSession,
  buildSpeaker,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

// ical.js ships ESM types beside a CommonJS build: load the build, type it from the ESM types.
const ICAL = require('ical.js') as typeof IcalNamespace;

/** A title that tries to start properties of its own in the file people download. */
const HOSTILE =
  'Atelier\r\nATTENDEE;CN=Mallory:mailto:mallory@evil.test\r\nURL:https://evil.test/x\n' +
  'X-EVIL:1; a, b \\ c';
const READ_BACK = HOSTILE.replace(/\r\n/g, '\n');

/** Every property of the calendar and of its events, by name, read back with ical.js. */
function propertiesOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  return {
    calendar: calendar.getAllProperties().map((p) => p.name),
    events: events.flatMap((e) => e.getAllProperties().map((p) => p.name)),
    summaries: events.map((e) => e.getFirstPropertyValue('summary')),
    // NAME is not in ical.js's design set: it hands the raw value, read here as TEXT.
    name: ICAL.design.icalendar.value['text']?.fromICAL?.(
      String(calendar.getFirstPropertyValue('x-wr-calname')),
    ),
  };
}

const INJECTED = ['attendee', 'url', 'x-evil'];

describe('iCalendar files carry titles as text, never as properties', () => {
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

  async function hostileTalk() {
    const w = await buildPlanningWorld(t.db);
    const session = await buildSession(t.db, {
      cohortId: w.cohort.id,
      roomId: w.room.id,
      kind: 'guest_talk',
      title: HOSTILE,
      startsAt: new Date(Date.now() + 10 * 86_400_000),
      endsAt: new Date(Date.now() + 10 * 86_400_000 + 7_200_000),
    });
    await t.db.query('UPDATE rooms SET name = $2 WHERE id = $1', [
      w.room.id,
      `${w.room.name} ${HOSTILE}`,
    ]);
    return { w, session };
  }

  it('in the single-session .ics', async () => {
    const { w, session } = await hostileTalk();
    const response = await (
      await signedIn(w.student)
    ).get(`/api/sessions/${session.id}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    const read = propertiesOf(response.body);
    expect(read.summaries).toEqual([READ_BACK]);
    expect(read.name).toBe(READ_BACK);
    expect([...read.calendar, ...read.events].filter((p) => INJECTED.includes(p))).toEqual([]);
  });

  it('in a cohort feed', async () => {
    const { w } = await hostileTalk();
    await t.db.query('UPDATE cohorts SET name = $2 WHERE id = $1', [w.cohort.id, HOSTILE]);
    const b = await signedIn(w.instructor);
    const feed = await b.post('/api/calendar-feeds', { scope: 'cohort', cohortId: w.cohort.id });
    expect(feed.statusCode).toBe(201);
    const response = await new Browser(t.app).get(new URL(feed.json().url).pathname);
    expect(response.statusCode).toBe(200);
    const read = propertiesOf(response.body);
    expect(read.summaries).toEqual([READ_BACK]);
    expect(read.name).toBe(`Clique — ${READ_BACK}`);
    expect([...read.calendar, ...read.events].filter((p) => INJECTED.includes(p))).toEqual([]);
  });

  it('in the speaker’s .ics', async () => {
    const { w, session } = await hostileTalk();
    const speaker = await buildSpeaker(t.db);
    const invitation = await buildInvitation(t.db, session.id, speaker.id);
    const b = await signedIn(w.instructor);
    const sent = await b.post(`/api/invitations/${invitation.id}/transitions`, { to: 'invited' });
    expect(sent.statusCode).toBe(200);
    await t.db.query('UPDATE invitations SET talk_title = $2 WHERE id = $1', [
      invitation.id,
      HOSTILE,
    ]);
    const token = String(sent.json().link.url).split('/').pop() ?? '';
    const response = await new Browser(t.app).get(`/api/speaker-links/${token}/calendar.ics`);
    expect(response.statusCode).toBe(200);
    const read = propertiesOf(response.body);
    expect(read.summaries).toEqual([`${READ_BACK} — ${READ_BACK}`]);
    expect(read.name).toBe(READ_BACK);
    expect([...read.calendar, ...read.events].filter((p) => INJECTED.includes(p))).toEqual([]);
  });
});
