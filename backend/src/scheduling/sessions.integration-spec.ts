import { buildCohort, buildModule } from '../testing/programme-factories';
import {
  buildInvitation,
  buildPlanningWorld,
  buildSession,
  buildSpeaker,
  sessionBody,
  slot,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('sessions: creating and editing', () => {
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

  describe('creating', () => {
    it('plans a session of a cohort the instructor teaches, with room, module and instructors', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.instructor);
      const response = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-09-04', '09:00', '17:00'), {
          materials: [{ label: 'Slides', url: 'https://example.org/s.pdf' }],
        }),
      );
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        cohort: { id: w.cohort.id },
        module: { id: w.module.id },
        room: { id: w.room.id, name: w.room.name },
        instructors: [{ id: w.instructor.id }],
        startsAt: '2026-09-04T07:00:00.000Z',
        timeZone: 'Europe/Zurich',
        status: 'scheduled',
        sequence: 0,
        canManage: true,
        materials: [{ label: 'Slides', url: 'https://example.org/s.pdf' }],
      });
    });

    it('answers 404 for a cohort the instructor does not teach', async () => {
      const w = await buildPlanningWorld(t.db);
      const other = await buildCohort(t.db);
      const b = await signedIn(w.instructor);
      const response = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-09-04', '09:00', '12:00'), { cohortId: other.id }),
      );
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'cohort.not_found' });
    });

    it('refuses a floating time, an end before the start and a module of another programme with 400 naming the field', async () => {
      const w = await buildPlanningWorld(t.db);
      const foreign = await buildModule(t.db, (await buildCohort(t.db)).programmeId);
      const b = await signedIn(w.instructor);
      const floating = await b.post('/api/sessions', {
        ...sessionBody(w, slot('2026-09-04', '09:00', '12:00')),
        startsAt: '2026-09-04T09:00:00',
      });
      expect(floating.statusCode).toBe(400);
      expect(floating.json().errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'startsAt' })]),
      );
      const backwards = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-09-04', '12:00', '09:00')),
      );
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().errors).toEqual([expect.objectContaining({ field: 'endsAt' })]);
      const module = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-09-04', '09:00', '12:00'), { moduleId: foreign.id }),
      );
      expect(module.statusCode).toBe(400);
      expect(module.json().errors).toEqual([expect.objectContaining({ field: 'moduleId' })]);
      expect(
        await t.db.query('SELECT 1 FROM sessions WHERE cohort_id = $1', [w.cohort.id]),
      ).toEqual([]);
    });

    it('refuses students, with 403', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.student);
      const response = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-09-04', '09:00', '12:00')),
      );
      expect(response.statusCode).toBe(403);
    });
  });

  describe('editing', () => {
    it('bumps the sequence on each change and refuses a stale edit', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.instructor);
      const s = (
        await b.post('/api/sessions', sessionBody(w, slot('2026-10-07', '09:00', '12:00')))
      ).json();
      const moved = await b.patch(`/api/sessions/${s.id}`, {
        ...slot('2026-10-07', '13:00', '16:00'),
        expectedSequence: 0,
      });
      expect(moved.json()).toMatchObject({ sequence: 1, startsAt: '2026-10-07T11:00:00.000Z' });
      const stale = await b.patch(`/api/sessions/${s.id}`, { title: 'Autre', expectedSequence: 0 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'session.stale', sequence: 1 });
      const renamed = await b.patch(`/api/sessions/${s.id}`, { title: 'Autre', instructorIds: [] });
      expect(renamed.json()).toMatchObject({ title: 'Autre', sequence: 2, instructors: [] });
    });

    it('deletes a session planned by mistake, but not one with an invitation sent', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.instructor);
      const s = await buildSession(t.db, {
        cohortId: w.cohort.id,
        kind: 'guest_talk',
        ...slot('2026-10-08', '09:00', '12:00'),
      });
      await buildInvitation(t.db, s.id, (await buildSpeaker(t.db)).id, { status: 'invited' });
      expect((await b.delete(`/api/sessions/${s.id}`)).json()).toMatchObject({
        code: 'session.in_use',
      });
      const plain = await buildSession(t.db, {
        cohortId: w.cohort.id,
        ...slot('2026-10-09', '09:00', '12:00'),
      });
      expect((await b.delete(`/api/sessions/${plain.id}`)).statusCode).toBe(204);
      expect((await b.get(`/api/sessions/${plain.id}`)).statusCode).toBe(404);
    });
  });
});
