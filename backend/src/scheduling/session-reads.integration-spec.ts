import { buildUser } from '../testing/factories';
import { buildCohort } from '../testing/programme-factories';
import {
  buildInvitation,
  buildPlanningWorld,
  buildRoom,
  buildSession,
  buildSpeaker,
  slot,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('sessions: reading', () => {
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

  describe('reading', () => {
    it('shows a student the sessions of their cohort, and 404 for another cohort’s', async () => {
      const w = await buildPlanningWorld(t.db);
      const mine = await buildSession(t.db, {
        cohortId: w.cohort.id,
        ...slot('2026-10-12', '09:00', '12:00'),
      });
      const theirs = await buildSession(t.db, {
        cohortId: (await buildCohort(t.db)).id,
        ...slot('2026-10-12', '09:00', '12:00'),
      });
      const b = await signedIn(w.student);
      expect((await b.get(`/api/sessions/${mine.id}`)).json()).toMatchObject({
        id: mine.id,
        canManage: false,
      });
      expect((await b.get(`/api/sessions/${theirs.id}`)).statusCode).toBe(404);
      const list = await b.get('/api/sessions?from=2026-10-12T00:00:00Z&to=2026-10-13T00:00:00Z');
      expect(list.json().items.map((s: { id: string }) => s.id)).toEqual([mine.id]);
    });

    it('hides a pending speaker from students but shows them to the planner', async () => {
      const w = await buildPlanningWorld(t.db);
      const s = await buildSession(t.db, {
        cohortId: w.cohort.id,
        kind: 'guest_talk',
        ...slot('2026-10-13', '09:00', '12:00'),
      });
      const confirmed = await buildSpeaker(t.db, { fullName: 'Sébastien Fanti', bio: 'Avocat.' });
      const pending = await buildSpeaker(t.db);
      await buildInvitation(t.db, s.id, confirmed.id, {
        status: 'confirmed',
        abstract: 'Le droit.',
      });
      await buildInvitation(t.db, s.id, pending.id, { status: 'invited' });
      const student = await (await signedIn(w.student)).get(`/api/sessions/${s.id}`);
      expect(student.json().speakers).toEqual([
        expect.objectContaining({
          fullName: 'Sébastien Fanti',
          status: 'confirmed',
          bio: 'Avocat.',
          abstract: 'Le droit.',
        }),
      ]);
      const planner = await (await signedIn(w.instructor)).get(`/api/sessions/${s.id}`);
      expect(planner.json().speakers).toHaveLength(2);
    });

    it('reads a cohort year of 40 sessions with rooms, instructors and speakers in as many queries as one', async () => {
      const w = await buildPlanningWorld(t.db);
      const speaker = await buildSpeaker(t.db);
      const b = await signedIn(w.instructor);
      const url = `/api/sessions?cohortId=${w.cohort.id}&from=2026-09-01T00:00:00Z&to=2027-07-01T00:00:00Z`;
      await buildSession(t.db, {
        cohortId: w.cohort.id,
        roomId: w.room.id,
        instructorIds: [w.instructor.id],
        ...slot('2026-09-07', '09:00', '12:00'),
      });
      t.queries.reset();
      expect((await b.get(url)).json().items).toHaveLength(1);
      const forOne = t.queries.count;
      for (let i = 1; i < 40; i++) {
        const day = new Date(Date.UTC(2026, 8, 7 + i * 7)).toISOString().slice(0, 10);
        const room = i % 3 === 0 ? (await buildRoom(t.db)).id : w.room.id;
        const s = await buildSession(t.db, {
          cohortId: w.cohort.id,
          roomId: room,
          moduleId: w.module.id,
          kind: i % 4 === 0 ? 'guest_talk' : 'lecture',
          instructorIds: [w.instructor.id, (await buildUser(t.db, { role: 'instructor' })).id],
          startsAt: `${day}T08:00:00Z`,
          endsAt: `${day}T16:00:00Z`,
        });
        if (i % 4 === 0) await buildInvitation(t.db, s.id, speaker.id, { status: 'confirmed' });
      }
      t.queries.reset();
      const items = (await b.get(url)).json().items;
      expect(items).toHaveLength(40);
      expect(items[4].speakers).toHaveLength(1);
      expect(items[4].instructors).toHaveLength(2);
      expect(t.queries.count).toBe(forOne);
    });

    it('refuses a range longer than 400 days', async () => {
      const w = await buildPlanningWorld(t.db);
      const response = await (
        await signedIn(w.student)
      ).get('/api/sessions?from=2026-01-01T00:00:00Z&to=2027-06-01T00:00:00Z');
      expect(response.statusCode).toBe(400);
    });
  });
});
