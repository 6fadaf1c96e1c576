import { buildCohort } from '../testing/programme-factories';
import {
  buildPlanningWorld,
  buildRoom,
  buildSession,
  type PlanningWorld,
  sessionBody,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { buildUser } from '../testing/factories';

/** The five Fridays of a module in January 2027 (Zurich, winter time: +01:00). */
const FRIDAYS = ['2027-01-08', '2027-01-15', '2027-01-22', '2027-01-29', '2027-02-05'];

interface Item {
  id: string;
  startsAt: string;
  endsAt: string;
  title: string;
  status: string;
  sequence: number;
  room: { id: string } | null;
  instructors: { id: string }[];
  cancellationReason: string | null;
}

describe('sessions: editing a series as a whole', () => {
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

  /** A module's five course days, 09:00–17:00 in room 1, taught by the world's instructor. */
  async function module(w: PlanningWorld, b: Browser, title = 'Module I — stratégie') {
    const made = await b.post('/api/sessions/series', {
      cohortId: w.cohort.id,
      moduleId: w.module.id,
      title,
      kind: 'lecture',
      roomId: w.room.id,
      instructorIds: [w.instructor.id],
      dates: FRIDAYS,
      startTime: '09:00',
      endTime: '17:00',
    });
    expect(made.statusCode).toBe(201);
    return made.json().items as Item[];
  }

  const read = async (b: Browser, items: Item[]) =>
    Promise.all(items.map(async (s) => (await b.get(`/api/sessions/${s.id}`)).json() as Item));

  it('moves this and the following days to another room and time, and leaves the earlier ones', async () => {
    const w = await buildPlanningWorld(t.db);
    const b = await signedIn(w.instructor);
    const days = await module(w, b);
    const room2 = await buildRoom(t.db);

    const changed = await b.request('PATCH', `/api/sessions/${days[2].id}/series`, {
      scope: 'following',
      roomId: room2.id,
      startTime: '08:30',
      title: 'Module I — stratégie (salle Léman)',
      reason: 'Travaux au 2e étage',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().items.map((s: Item) => s.id)).toEqual(days.slice(2).map((s) => s.id));

    const now = await read(b, days);
    expect(now.map((s) => s.room?.id)).toEqual([
      w.room.id,
      w.room.id,
      room2.id,
      room2.id,
      room2.id,
    ]);
    expect(now.map((s) => s.startsAt)).toEqual([
      '2027-01-08T08:00:00.000Z',
      '2027-01-15T08:00:00.000Z',
      '2027-01-22T07:30:00.000Z', // 08:30 in Zurich, each on its own date
      '2027-01-29T07:30:00.000Z',
      '2027-02-05T07:30:00.000Z',
    ]);
    expect(now.map((s) => s.endsAt.slice(11))).toEqual(Array(5).fill('16:00:00.000Z'));
    expect(now[4].title).toBe('Module I — stratégie (salle Léman)');
    expect(now[0].title).toBe('Module I — stratégie');
    // Calendars learn of the change: each moved event's SEQUENCE goes up, the others' stays.
    expect(now.map((s, i) => s.sequence - days[i].sequence)).toEqual([0, 0, 1, 1, 1]);
    // The cohort hears of each moved day, with the reason.
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM notifications
        WHERE user_id = $1 AND kind = 'session.changed' AND body LIKE '%Travaux au 2e étage%'`,
      [w.student.id],
    );
    expect(n).toBe(3);

    // The whole series, with new instructors.
    const colleague = await buildUser(t.db, { role: 'instructor' });
    const all = await b.request('PATCH', `/api/sessions/${days[4].id}/series`, {
      scope: 'all',
      instructorIds: [w.instructor.id, colleague.id],
    });
    expect(all.statusCode).toBe(200);
    expect(all.json().items.map((s: Item) => s.instructors.map((i) => i.id).sort())).toEqual(
      Array(5).fill([w.instructor.id, colleague.id].sort()),
    );
  });

  it('changes nothing and names the clash when one of the following dates is taken', async () => {
    const w = await buildPlanningWorld(t.db);
    const b = await signedIn(w.instructor);
    const days = await module(w, b);
    const room2 = await buildRoom(t.db);
    const elsewhere = await buildCohort(t.db);
    const taken = await buildSession(t.db, {
      cohortId: elsewhere.id,
      roomId: room2.id,
      startsAt: '2027-01-29T13:00:00+01:00',
      endsAt: '2027-01-29T15:00:00+01:00',
      title: 'Autre promotion',
    });

    const refused = await b.request('PATCH', `/api/sessions/${days[1].id}/series`, {
      scope: 'following',
      roomId: room2.id,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'session.series_conflict',
      occurrences: 4,
      conflicts: [
        {
          clash: 'room',
          resource: { id: room2.id, name: room2.name },
          session: { id: taken.id, title: 'Autre promotion' },
          occurrence: { date: '2027-01-29' },
        },
      ],
    });
    expect((await read(b, days)).map((s) => [s.room?.id, s.sequence])).toEqual(
      days.map((s) => [w.room.id, s.sequence]),
    );
  });

  it('cancels this and the following days with the reason, and lets only the cohort’s planners do it', async () => {
    const w = await buildPlanningWorld(t.db);
    const b = await signedIn(w.instructor);
    const days = await module(w, b);

    const student = await signedIn(w.student);
    expect(
      (await student.post(`/api/sessions/${days[3].id}/series/cancel`, { scope: 'following' }))
        .statusCode,
    ).toBe(403);
    const stranger = await buildUser(t.db, { role: 'instructor' });
    const other = await signedIn(stranger);
    expect(
      (await other.post(`/api/sessions/${days[3].id}/series/cancel`, { scope: 'following' }))
        .statusCode,
    ).toBe(404);
    const unknown = await b.request('PATCH', `/api/sessions/${days[3].id}/series`, {
      scope: 'following',
      colour: 'red',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([expect.objectContaining({ field: 'colour' })]);
    const badScope = await b.request('PATCH', `/api/sessions/${days[3].id}/series`, {
      scope: 'everything',
    });
    expect(badScope.json().errors).toEqual([expect.objectContaining({ field: 'scope' })]);
    const backwards = await b.request('PATCH', `/api/sessions/${days[3].id}/series`, {
      scope: 'all',
      startTime: '18:00',
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ field: 'endTime' })]);

    const cancelled = await b.post(`/api/sessions/${days[3].id}/series/cancel`, {
      scope: 'following',
      reason: 'Module reporté au printemps',
    });
    expect(cancelled.statusCode).toBe(200);
    const now = await read(b, days);
    expect(now.map((s) => s.status)).toEqual([
      'scheduled',
      'scheduled',
      'scheduled',
      'cancelled',
      'cancelled',
    ]);
    expect(now[4].cancellationReason).toBe('Module reporté au printemps');
    // A later edit of the whole series leaves the cancelled days as they are.
    const renamed = await b.request('PATCH', `/api/sessions/${days[0].id}/series`, {
      scope: 'all',
      title: 'Module I',
    });
    expect(renamed.json().items).toHaveLength(3);

    const single = await b.post(
      '/api/sessions',
      sessionBody(w, {
        startsAt: '2027-03-03T09:00:00+01:00',
        endsAt: '2027-03-03T12:00:00+01:00',
      }),
    );
    expect(single.statusCode).toBe(201);
    const notSeries = await b.request('PATCH', `/api/sessions/${single.json().id}/series`, {
      scope: 'all',
      title: 'X',
    });
    expect(notSeries.statusCode).toBe(409);
    expect(notSeries.json().code).toBe('session.not_in_series');
  });

  it('lets one of two concurrent series edits into the same room at the same times win', async () => {
    const w = await buildPlanningWorld(t.db);
    const b = await signedIn(w.instructor);
    const first = await module(w, b, 'Module A');
    const elsewhere = await buildCohort(t.db, {
      programmeId: w.programme.id,
      instructorIds: [w.instructor.id],
    });
    const second = await b.post('/api/sessions/series', {
      cohortId: elsewhere.id,
      title: 'Module B',
      kind: 'lecture',
      dates: FRIDAYS,
      startTime: '09:00',
      endTime: '17:00',
    });
    expect(second.statusCode).toBe(201);
    const room2 = await buildRoom(t.db);
    const answers = await Promise.all([
      b.request('PATCH', `/api/sessions/${first[0].id}/series`, { scope: 'all', roomId: room2.id }),
      b.request('PATCH', `/api/sessions/${second.json().items[0].id}/series`, {
        scope: 'all',
        roomId: room2.id,
      }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE room_id = $1`, [
      room2.id,
    ]);
    expect(n).toBe(5);
  });

  it('refuses a session or a series outside the cohort’s dates, naming them', async () => {
    const w = await buildPlanningWorld(t.db);
    const b = await signedIn(w.instructor);
    // The cohort runs 2026-09-01 – 2027-06-30; a typo puts the day a year later.
    const typo = await b.post(
      '/api/sessions',
      sessionBody(w, {
        startsAt: '2027-09-03T09:00:00+02:00',
        endsAt: '2027-09-03T12:00:00+02:00',
      }),
    );
    expect(typo.statusCode).toBe(409);
    expect(typo.json()).toMatchObject({
      code: 'session.outside_cohort',
      startsOn: '2026-09-01',
      endsOn: '2027-06-30',
      dates: ['2027-09-03'],
    });
    const series = await b.post('/api/sessions/series', {
      cohortId: w.cohort.id,
      title: 'Trop long',
      kind: 'lecture',
      from: '2027-06-21',
      to: '2027-07-09',
      weekdays: [5],
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(series.statusCode).toBe(409);
    expect(series.json()).toMatchObject({
      code: 'session.outside_cohort',
      dates: ['2027-07-02', '2027-07-09'],
    });
    // The last evening of the cohort ends at midnight: still inside.
    const lastEvening = await b.post(
      '/api/sessions',
      sessionBody(w, {
        startsAt: '2027-06-30T20:00:00+02:00',
        endsAt: '2027-07-01T00:00:00+02:00',
      }),
    );
    expect(lastEvening.statusCode).toBe(201);
    const moved = await b.request('PATCH', `/api/sessions/${lastEvening.json().id}`, {
      startsAt: '2026-08-31T20:00:00+02:00',
      endsAt: '2026-08-31T22:00:00+02:00',
    });
    expect(moved.json()).toMatchObject({ code: 'session.outside_cohort', dates: ['2026-08-31'] });
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM sessions WHERE cohort_id = $1`,
      [w.cohort.id],
    );
    expect(n).toBe(1);
  });
});
