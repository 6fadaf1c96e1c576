import { buildCohort } from '../testing/programme-factories';
import { buildPlanningWorld, buildSession, slot } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('sessions: series', () => {
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

  describe('series', () => {
    it('creates every Friday and Saturday of March at 09:00 local time across the DST change', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.instructor);
      const response = await b.post('/api/sessions/series', {
        cohortId: w.cohort.id,
        moduleId: w.module.id,
        title: 'Module II — atelier',
        kind: 'workshop',
        roomId: w.room.id,
        instructorIds: [w.instructor.id],
        from: '2027-03-01',
        to: '2027-04-03',
        weekdays: [5, 6],
        exceptDates: ['2027-03-13'],
        startTime: '09:00',
        endTime: '17:00',
      });
      expect(response.statusCode).toBe(201);
      const { seriesId, items } = response.json();
      expect(items).toHaveLength(9);
      expect(items.every((s: { seriesId: string }) => s.seriesId === seriesId)).toBe(true);
      const starts = items.map((s: { startsAt: string }) => s.startsAt);
      expect(starts[0]).toBe('2027-03-05T08:00:00.000Z'); // CET
      expect(starts).toContain('2027-03-27T08:00:00.000Z'); // the day before the change
      expect(starts).toContain('2027-04-02T07:00:00.000Z'); // CEST
    });

    it('creates nothing and lists every clash when some dates are taken', async () => {
      const w = await buildPlanningWorld(t.db);
      const taken1 = await buildSession(t.db, {
        cohortId: w.cohort.id,
        ...slot('2026-09-11', '08:00', '10:00'),
        title: 'Déjà là',
      });
      const taken2 = await buildSession(t.db, {
        cohortId: (await buildCohort(t.db)).id,
        roomId: w.room.id,
        ...slot('2026-09-19', '16:00', '18:00'),
      });
      const b = await signedIn(w.instructor);
      const response = await b.post('/api/sessions/series', {
        cohortId: w.cohort.id,
        title: 'Module I',
        kind: 'lecture',
        roomId: w.room.id,
        from: '2026-09-01',
        to: '2026-09-30',
        weekdays: [5, 6],
        startTime: '09:00',
        endTime: '17:00',
      });
      expect(response.statusCode).toBe(409);
      const body = response.json();
      expect(body).toMatchObject({ code: 'session.series_conflict', occurrences: 8 });
      expect(body.conflicts).toEqual([
        expect.objectContaining({
          clash: 'cohort',
          session: expect.objectContaining({ id: taken1.id, title: 'Déjà là' }),
          occurrence: expect.objectContaining({ date: '2026-09-11' }),
        }),
        expect.objectContaining({
          clash: 'room',
          session: expect.objectContaining({ id: taken2.id }),
          occurrence: expect.objectContaining({ date: '2026-09-19' }),
        }),
      ]);
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM sessions WHERE cohort_id = $1`,
        [w.cohort.id],
      );
      expect(count).toBe(1);
    });

    it('refuses a series with no weekday or a time skipped by DST, with 400', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.instructor);
      const base = {
        cohortId: w.cohort.id,
        title: 'x',
        kind: 'lecture',
        startTime: '09:00',
        endTime: '10:00',
      };
      const none = await b.post('/api/sessions/series', {
        ...base,
        from: '2026-09-01',
        to: '2026-09-30',
      });
      expect(none.statusCode).toBe(400);
      const skipped = await b.post('/api/sessions/series', {
        ...base,
        dates: ['2027-03-28'],
        startTime: '02:30',
        endTime: '04:00',
      });
      expect(skipped.statusCode).toBe(400);
      expect(skipped.json().errors).toEqual([expect.objectContaining({ field: 'startTime' })]);
    });
  });
});
