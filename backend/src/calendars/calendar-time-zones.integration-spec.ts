import { randomUUID } from 'node:crypto';
import type IcalNamespace from 'ical.js' with { 'resolution-mode': 'import' };
import { buildAdmin, buildInstructor } from '../testing/factories';
import { buildCohort } from '../testing/programme-factories';
import { buildSession } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

// ical.js ships ESM types beside a CommonJS build: load the build, type it from the ESM types.
const ICAL = require('ical.js') as typeof IcalNamespace;

/** The events of a feed, read with no zone known to ical.js but the feed's own VTIMEZONEs. */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  ICAL.TimezoneService.reset();
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      title: event.summary,
      tzid: v.getFirstProperty('dtstart')?.getParameter('tzid'),
      local: event.startDate.toString(),
      startsAt: event.startDate.toJSDate().toISOString(),
    };
  });
}

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The next `n`th Sunday of `month` at least a week from today, by calendar arithmetic: feeds
 * keep only recent and coming sessions, so the days must lie ahead, and the changes come from
 * the published rules rather than from the code under test. Canada changes on the second Sunday
 * of March and the first of November, New South Wales on the first Sundays of April and October.
 */
function nextSunday(month: number, n: number): string {
  const earliest = Date.now() + 7 * DAY;
  for (let year = new Date(earliest).getUTCFullYear(); ; year++) {
    const first = Date.UTC(year, month - 1, 1);
    const sunday = first + (((7 - new Date(first).getUTCDay()) % 7) + (n - 1) * 7) * DAY;
    if (sunday >= earliest) return isoDate(sunday);
  }
}
const dayAround = (sunday: string, days: number) => isoDate(Date.parse(sunday) + days * DAY);

describe('calendar feeds in any time zone', () => {
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
  const programme = (timeZone: string) => ({
    code: `TZ${randomUUID().slice(0, 6)}`.toUpperCase(),
    title: `Programme à ${timeZone}`,
    gradingScale: 'CH_6',
    timeZone,
  });

  it('creates a programme in any IANA zone and refuses a name that is not one, naming timeZone', async () => {
    const admin = await signedIn(await buildAdmin(t.db));
    for (const timeZone of ['America/Montreal', 'Europe/Brussels', 'Africa/Casablanca', 'UTC']) {
      const created = await admin.post('/api/programmes', programme(timeZone));
      expect(created.statusCode).toBe(201);
      expect(created.json().timeZone).toBe(timeZone);
      expect((await admin.get(`/api/programmes/${created.json().id}`)).json().timeZone).toBe(
        timeZone,
      );
    }
    for (const timeZone of ['America/Montréal', 'Etc/GMT-3', 'CET', '']) {
      const refused = await admin.post('/api/programmes', programme(timeZone));
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors).toEqual([
        expect.objectContaining({ field: 'timeZone', code: 'isProgrammeTimeZone' }),
      ]);
    }
  });

  it('has the database refuse a zone PostgreSQL does not know', async () => {
    const admin = await signedIn(await buildAdmin(t.db));
    const { id } = (await admin.post('/api/programmes', programme('Africa/Dakar'))).json();
    await expect(
      t.db.query(`UPDATE programmes SET time_zone = 'Europe/Atlantis' WHERE id = $1`, [id]),
    ).rejects.toMatchObject({
      driverError: expect.objectContaining({ constraint: 'ck_programmes_time_zone' }),
    });
  });

  it('gives 09:00 course days in Montréal and Sydney at 09:00 local across their DST changes, in one feed', async () => {
    const admin = await signedIn(await buildAdmin(t.db));
    const instructor = await buildInstructor(t.db);
    const montreal = (await admin.post('/api/programmes', programme('America/Montreal'))).json();
    const sydney = (await admin.post('/api/programmes', programme('Australia/Sydney'))).json();

    // Each zone's two changes ahead, with the offsets of the days either side of them.
    const days: { zone: string; date: string; offset: string; utc: string }[] = [];
    const montrealSpring = nextSunday(3, 2);
    const montrealAutumn = nextSunday(11, 1);
    days.push(
      {
        zone: 'America/Montreal',
        date: dayAround(montrealSpring, -2),
        offset: '-05:00',
        utc: '14:00',
      },
      {
        zone: 'America/Montreal',
        date: dayAround(montrealSpring, 1),
        offset: '-04:00',
        utc: '13:00',
      },
      {
        zone: 'America/Montreal',
        date: dayAround(montrealAutumn, -2),
        offset: '-04:00',
        utc: '13:00',
      },
      {
        zone: 'America/Montreal',
        date: dayAround(montrealAutumn, 1),
        offset: '-05:00',
        utc: '14:00',
      },
    );
    const sydneyAutumn = nextSunday(4, 1);
    const sydneySpring = nextSunday(10, 1);
    days.push(
      {
        zone: 'Australia/Sydney',
        date: dayAround(sydneyAutumn, -2),
        offset: '+11:00',
        utc: '22:00',
      },
      {
        zone: 'Australia/Sydney',
        date: dayAround(sydneyAutumn, 1),
        offset: '+10:00',
        utc: '23:00',
      },
      {
        zone: 'Australia/Sydney',
        date: dayAround(sydneySpring, -2),
        offset: '+10:00',
        utc: '23:00',
      },
      {
        zone: 'Australia/Sydney',
        date: dayAround(sydneySpring, 1),
        offset: '+11:00',
        utc: '22:00',
      },
    );
    const dates = days.map((d) => d.date).sort();
    const cohortOf: Record<string, string> = {};
    for (const [zone, p] of [
      ['America/Montreal', montreal],
      ['Australia/Sydney', sydney],
    ] as const) {
      const cohort = await buildCohort(t.db, {
        programmeId: p.id,
        startsOn: dates[0],
        endsOn: dates.at(-1),
        instructorIds: [instructor.id],
      });
      cohortOf[zone] = cohort.id;
    }
    for (const d of days) {
      await buildSession(t.db, {
        cohortId: cohortOf[d.zone] ?? '',
        title: `${d.zone} ${d.date}`,
        startsAt: `${d.date}T09:00:00${d.offset}`,
        endsAt: `${d.date}T17:00:00${d.offset}`,
        instructorIds: [instructor.id],
      });
    }

    const teacher = await signedIn(instructor);
    const feed = (await teacher.post('/api/calendar-feeds', { scope: 'me' })).json();
    const response = await new Browser(t.app).get(new URL(feed.url).pathname);
    expect(response.statusCode).toBe(200);
    const read = events(response.body);
    const byTitle = new Map(read.map((e) => [e.title, e]));
    expect(read).toHaveLength(days.length);
    for (const d of days) {
      const event = byTitle.get(`${d.zone} ${d.date}`);
      expect(event).toMatchObject({ tzid: d.zone, local: `${d.date}T09:00:00` });
      // 09:00 local is this UTC time: on the same day in Montréal, the day before in Sydney.
      expect(event?.startsAt).toBe(new Date(`${d.date}T09:00:00${d.offset}`).toISOString());
      expect(event?.startsAt.slice(11, 16)).toBe(d.utc);
    }
  });
});
