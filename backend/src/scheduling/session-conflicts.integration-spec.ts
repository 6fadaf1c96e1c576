import { buildCohort } from '../testing/programme-factories';
import {
  buildInvitation,
  buildPlanningWorld,
  buildRoom,
  buildSession,
  buildSpeaker,
  sessionBody,
  slot,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('sessions: no double booking', () => {
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

  describe('no double booking', () => {
    it('allows back-to-back sessions in a room and refuses an overlap, naming the other session', async () => {
      const w = await buildPlanningWorld(t.db);
      const other = await buildCohort(t.db, { instructorIds: [w.instructor.id] });
      const b = await signedIn(w.instructor);
      const first = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-10-01', '10:00', '12:00')),
      );
      expect(first.statusCode).toBe(201);
      const adjacent = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-10-01', '12:00', '14:00'), {
          cohortId: other.id,
          moduleId: null,
          instructorIds: [],
        }),
      );
      expect(adjacent.statusCode).toBe(201);
      const overlap = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-10-01', '11:00', '13:00'), {
          cohortId: (await buildCohort(t.db, { instructorIds: [w.instructor.id] })).id,
          moduleId: null,
          instructorIds: [],
        }),
      );
      expect(overlap.statusCode).toBe(409);
      expect(overlap.headers['content-type']).toContain('application/problem+json');
      const body = overlap.json();
      expect(body.code).toBe('session.conflict');
      expect(body.conflicts).toEqual([
        expect.objectContaining({
          clash: 'room',
          resource: { id: w.room.id, name: w.room.name },
          session: expect.objectContaining({ id: first.json().id, title: first.json().title }),
        }),
        expect.objectContaining({
          clash: 'room',
          session: expect.objectContaining({ id: adjacent.json().id }),
        }),
      ]);
      expect(body.detail).toContain(w.room.name);
    });

    it('refuses a cohort in two overlapping sessions, even in two rooms', async () => {
      const w = await buildPlanningWorld(t.db);
      const room2 = await buildRoom(t.db);
      await buildSession(t.db, { cohortId: w.cohort.id, ...slot('2026-10-02', '09:00', '12:00') });
      const b = await signedIn(w.instructor);
      const adjacent = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-10-02', '12:00', '13:00'), {
          roomId: room2.id,
          instructorIds: [],
        }),
      );
      expect(adjacent.statusCode).toBe(201);
      const response = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-10-02', '11:59', '12:30'), { roomId: null, instructorIds: [] }),
      );
      expect(response.statusCode).toBe(409);
      expect(response.json().conflicts.map((c: { clash: string }) => c.clash)).toEqual([
        'cohort',
        'cohort',
      ]);
    });

    it('refuses an instructor in two overlapping sessions of two cohorts', async () => {
      const w = await buildPlanningWorld(t.db);
      const other = await buildCohort(t.db, { instructorIds: [w.instructor.id] });
      await buildSession(t.db, {
        cohortId: other.id,
        instructorIds: [w.instructor.id],
        ...slot('2026-10-03', '10:00', '12:00'),
      });
      const b = await signedIn(w.instructor);
      const adjacent = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-10-03', '12:00', '14:00')),
      );
      expect(adjacent.statusCode).toBe(201);
      const response = await b.post('/api/sessions', {
        ...sessionBody(w, slot('2026-10-03', '08:00', '10:30'), { roomId: null }),
      });
      expect(response.statusCode).toBe(409);
      expect(response.json().conflicts).toEqual([
        expect.objectContaining({
          clash: 'instructor',
          resource: { id: w.instructor.id, name: w.instructor.displayName },
        }),
      ]);
    });

    it('refuses, in the database itself, a speaker in two overlapping talks', async () => {
      const w = await buildPlanningWorld(t.db);
      const other = await buildCohort(t.db);
      const speaker = await buildSpeaker(t.db);
      const a = await buildSession(t.db, {
        cohortId: w.cohort.id,
        kind: 'guest_talk',
        ...slot('2026-10-04', '10:00', '12:00'),
      });
      const b = await buildSession(t.db, {
        cohortId: other.id,
        kind: 'guest_talk',
        ...slot('2026-10-04', '12:00', '14:00'),
      });
      const c = await buildSession(t.db, {
        cohortId: (await buildCohort(t.db)).id,
        kind: 'guest_talk',
        ...slot('2026-10-04', '11:00', '13:00'),
      });
      await buildInvitation(t.db, a.id, speaker.id, { status: 'confirmed' });
      await buildInvitation(t.db, b.id, speaker.id, { status: 'invited' });
      await expect(buildInvitation(t.db, c.id, speaker.id)).rejects.toMatchObject({
        driverError: expect.objectContaining({
          code: '23P01',
          constraint: 'ex_invitations_speaker',
        }),
      });
      // A declined invitation frees the speaker.
      await t.db.query(`UPDATE invitations SET status = 'declined' WHERE session_id = $1`, [a.id]);
      await t.db.query(`UPDATE invitations SET status = 'cancelled' WHERE session_id = $1`, [b.id]);
      await expect(buildInvitation(t.db, c.id, speaker.id)).resolves.toMatchObject({
        sessionId: c.id,
        speakerId: speaker.id,
      });
    });

    it('refuses to move a session onto a speaker’s other talk, naming the speaker', async () => {
      const w = await buildPlanningWorld(t.db);
      const speaker = await buildSpeaker(t.db);
      const mine = await buildSession(t.db, {
        cohortId: w.cohort.id,
        kind: 'guest_talk',
        ...slot('2026-10-05', '09:00', '10:00'),
      });
      const theirs = await buildSession(t.db, {
        cohortId: (await buildCohort(t.db)).id,
        kind: 'guest_talk',
        ...slot('2026-10-05', '14:00', '15:00'),
      });
      await buildInvitation(t.db, mine.id, speaker.id, { status: 'confirmed' });
      await buildInvitation(t.db, theirs.id, speaker.id, { status: 'confirmed' });
      const b = await signedIn(w.instructor);
      const response = await b.patch(
        `/api/sessions/${mine.id}`,
        slot('2026-10-05', '14:30', '15:30'),
      );
      expect(response.statusCode).toBe(409);
      expect(response.json().conflicts).toEqual([
        expect.objectContaining({
          clash: 'speaker',
          resource: { id: speaker.id, name: speaker.fullName },
          session: expect.objectContaining({ id: theirs.id }),
        }),
      ]);
    });

    it('frees the slot of a cancelled session, and refuses to restore it once taken', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.instructor);
      const first = (
        await b.post('/api/sessions', sessionBody(w, slot('2026-10-06', '09:00', '12:00')))
      ).json();
      const cancelled = await b.post(`/api/sessions/${first.id}/cancel`, { reason: 'Grève' });
      expect(cancelled.json()).toMatchObject({
        status: 'cancelled',
        cancellationReason: 'Grève',
        sequence: 1,
      });
      const second = await b.post(
        '/api/sessions',
        sessionBody(w, slot('2026-10-06', '09:00', '12:00')),
      );
      expect(second.statusCode).toBe(201);
      const restore = await b.post(`/api/sessions/${first.id}/restore`);
      expect(restore.statusCode).toBe(409);
      expect(
        restore
          .json()
          .conflicts.map((c: { clash: string }) => c.clash)
          .sort(),
      ).toEqual(['cohort', 'instructor', 'room']);
      expect((await b.post(`/api/sessions/${first.id}/cancel`)).json()).toMatchObject({
        code: 'session.already_cancelled',
      });
    });

    it('lets exactly one of 50 concurrent bookings of overlapping slots succeed', async () => {
      const w = await buildPlanningWorld(t.db);
      const cohorts = await Promise.all(
        Array.from({ length: 50 }, () => buildCohort(t.db, { instructorIds: [w.instructor.id] })),
      );
      const b = await signedIn(w.instructor);
      const responses = await Promise.all(
        cohorts.map((c, i) =>
          b.post('/api/sessions', {
            cohortId: c.id,
            title: `Réservation ${i}`,
            kind: 'workshop',
            roomId: w.room.id,
            startsAt: `2026-11-10T${String(8 + (i % 5)).padStart(2, '0')}:00:00+01:00`,
            endsAt: `2026-11-10T${String(13 + (i % 3)).padStart(2, '0')}:00:00+01:00`,
          }),
        ),
      );
      const codes = responses.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 201)).toHaveLength(1);
      expect(codes.filter((c) => c === 409)).toHaveLength(49);
      const winner = responses.find((r) => r.statusCode === 201)?.json();
      for (const r of responses.filter((x) => x.statusCode === 409)) {
        expect(r.json().conflicts[0]).toMatchObject({ clash: 'room', session: { id: winner.id } });
      }
      const [{ count }] = await t.db.query(
        `SELECT count(*)::int AS count FROM sessions WHERE room_id = $1`,
        [w.room.id],
      );
      expect(count).toBe(1);
    }, 60_000);
  });
});
