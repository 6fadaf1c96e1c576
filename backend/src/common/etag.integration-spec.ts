import { setTimeout as sleep } from 'node:timers/promises';
import { buildPlanningWorld, buildSession } from '../testing/scheduling-factories';
import { nextDate } from '../testing/dates';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

/** A June day ahead (Zurich at +02:00), inside the feeds' window. */
const day = nextDate(6, 4);
const calendarUrl = `/api/sessions?from=${day}T00:00:00Z&to=${day}T23:59:59Z`;

describe('conditional GETs of the calendars (ETag, 304)', () => {
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
  const ifNoneMatch = (b: Browser, url: string, tag: string) =>
    b.request('GET', url, undefined, { headers: { 'if-none-match': tag } });

  async function worldWithSession() {
    const w = await buildPlanningWorld(t.db);
    const session = await buildSession(t.db, {
      cohortId: w.cohort.id,
      roomId: w.room.id,
      startsAt: `${day}T09:00:00+02:00`,
      endsAt: `${day}T12:00:00+02:00`,
      instructorIds: [w.instructor.id],
    });
    return { w, session };
  }

  describe('the calendar (JSON)', () => {
    it('answers an unchanged calendar with a bodiless 304 that keeps its ETag and cache rule', async () => {
      const { w } = await worldWithSession();
      const student = await signedIn(w.student);
      const first = await student.get(calendarUrl);
      const again = await student.get(calendarUrl);
      expect(first.statusCode).toBe(200);
      expect(first.headers['etag']).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
      expect(again.headers['etag']).toBe(first.headers['etag']);
      // The browser may keep this user's copy, and must ask before using it.
      expect(first.headers['cache-control']).toBe('private, no-cache');

      const etag = String(first.headers['etag']);
      const unchanged = await ifNoneMatch(student, calendarUrl, etag);
      expect(unchanged.statusCode).toBe(304);
      expect(unchanged.body).toBe('');
      expect(unchanged.headers['etag']).toBe(etag);
      expect(unchanged.headers['cache-control']).toBe('private, no-cache');
      expect(unchanged.headers['content-type']).toBeUndefined();
    });

    it('recognises its ETag in a list, as a weak tag and as *', async () => {
      const { w } = await worldWithSession();
      const student = await signedIn(w.student);
      const etag = String((await student.get(calendarUrl)).headers['etag']);
      for (const header of [`"elsewhere", ${etag}`, `W/${etag}`, '*'])
        expect((await ifNoneMatch(student, calendarUrl, header)).statusCode).toBe(304);
      const stale = await ifNoneMatch(student, calendarUrl, '"elsewhere", W/"older"');
      expect(stale.statusCode).toBe(200);
      expect(stale.json().items).toHaveLength(1);
    });

    it('answers 200 with a new ETag once a session of the calendar is edited', async () => {
      const { w, session } = await worldWithSession();
      const student = await signedIn(w.student);
      const before = await student.get(calendarUrl);
      const etag = String(before.headers['etag']);

      const instructor = await signedIn(w.instructor);
      const edited = await instructor.patch(`/api/sessions/${session.id}`, {
        title: 'Séance déplacée',
      });
      expect(edited.statusCode).toBe(200);

      const after = await ifNoneMatch(student, calendarUrl, etag);
      expect(after.statusCode).toBe(200);
      expect(after.headers['etag']).not.toBe(etag);
      expect(after.json().items.map((s: { title: string }) => s.title)).toEqual([
        'Séance déplacée',
      ]);
    });

    it('gives a student of another cohort their own calendar, whatever ETag they send', async () => {
      const { w, session } = await worldWithSession();
      const mine = await signedIn(w.student);
      const etag = String((await mine.get(calendarUrl)).headers['etag']);

      const { w: elsewhere, session: theirs } = await worldWithSession();
      const other = await signedIn(elsewhere.student);
      const answer = await ifNoneMatch(other, calendarUrl, etag);
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['etag']).not.toBe(etag);
      const ids = answer.json().items.map((s: { id: string }) => s.id);
      expect(ids).toContain(theirs.id);
      expect(ids).not.toContain(session.id);
    });
  });

  describe('the iCalendar feed and download', () => {
    const dtstamps = (ics: string) => ics.match(/^DTSTAMP:.*$/gm) ?? [];

    it('gives the same ETag to two generations a second apart, and a 304 to a poll', async () => {
      const { w } = await worldWithSession();
      const student = await signedIn(w.student);
      const feed = (await student.post('/api/calendar-feeds', { scope: 'me' })).json();
      const url = new URL(feed.url).pathname;
      const app = new Browser(t.app);

      const first = await app.get(url);
      await sleep(1100); // DTSTAMP counts seconds: the second file is written at another one
      const second = await app.get(url);
      expect(first.statusCode).toBe(200);
      expect(second.statusCode).toBe(200);
      expect(dtstamps(second.body)).toHaveLength(1);
      expect(dtstamps(second.body)).not.toEqual(dtstamps(first.body));
      expect(second.headers['etag']).toBe(first.headers['etag']);

      const etag = String(first.headers['etag']);
      const poll = await ifNoneMatch(app, url, etag);
      expect(poll.statusCode).toBe(304);
      expect(poll.body).toBe('');
      expect(poll.headers['etag']).toBe(etag);
      expect(poll.headers['cache-control']).toBe('private, max-age=300');
      expect(poll.headers['content-type']).toBeUndefined();
    });

    it('tags what the feed says, not its compression: a compressed poll gets the same ETag and a 304', async () => {
      const { w } = await worldWithSession();
      const student = await signedIn(w.student);
      const feed = (await student.post('/api/calendar-feeds', { scope: 'me' })).json();
      const url = new URL(feed.url).pathname;
      const app = new Browser(t.app);
      const plain = await app.get(url);
      const br = { 'accept-encoding': 'br' };
      const compressed = await app.request('GET', url, undefined, { headers: br });
      expect(compressed.headers['content-encoding']).toBe('br');
      expect(compressed.headers['etag']).toBe(plain.headers['etag']);

      const etag = String(plain.headers['etag']);
      const poll = await app.request('GET', url, undefined, {
        headers: { ...br, 'if-none-match': etag },
      });
      expect(poll.statusCode).toBe(304);
      expect(poll.rawPayload).toHaveLength(0);
      expect(poll.headers['content-encoding']).toBeUndefined();
    });

    it('changes the feed’s ETag when a session in it is edited', async () => {
      const { w, session } = await worldWithSession();
      const student = await signedIn(w.student);
      const feed = (await student.post('/api/calendar-feeds', { scope: 'me' })).json();
      const url = new URL(feed.url).pathname;
      const app = new Browser(t.app);
      const etag = String((await app.get(url)).headers['etag']);

      const instructor = await signedIn(w.instructor);
      await instructor.patch(`/api/sessions/${session.id}`, {
        startsAt: `${day}T10:00:00+02:00`,
      });
      const after = await ifNoneMatch(app, url, etag);
      expect(after.statusCode).toBe(200);
      expect(after.headers['etag']).not.toBe(etag);
      expect(after.body).toContain('DTSTART;TZID=Europe/Zurich:');
    });

    it('answers a session’s .ics download with a 304 when it is unchanged', async () => {
      const { w, session } = await worldWithSession();
      const student = await signedIn(w.student);
      const url = `/api/sessions/${session.id}/calendar.ics`;
      const first = await student.get(url);
      expect(first.statusCode).toBe(200);
      const etag = String(first.headers['etag']);
      const again = await ifNoneMatch(student, url, etag);
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers['content-disposition']).toBeUndefined();
    });
  });
});
