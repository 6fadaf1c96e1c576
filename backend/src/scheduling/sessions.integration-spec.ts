import { buildUser } from '../testing/factories';
import { buildCohort, buildEnrolment, buildModule } from '../testing/programme-factories';
import {
  buildInvitation,
  buildPlanningWorld,
  buildRoom,
  buildSession,
  buildSpeaker,
  type PlanningWorld,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('sessions', () => {
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

  const slot = (day: string, from: string, to: string) => ({
    startsAt: `${day}T${from}:00+02:00`,
    endsAt: `${day}T${to}:00+02:00`,
  });

  function sessionBody(w: PlanningWorld, times: { startsAt: string; endsAt: string }, extra = {}) {
    return {
      cohortId: w.cohort.id,
      moduleId: w.module.id,
      title: 'Culture et stratégie des médias sociaux',
      kind: 'lecture',
      roomId: w.room.id,
      instructorIds: [w.instructor.id],
      ...times,
      ...extra,
    };
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
      await expect(buildInvitation(t.db, c.id, speaker.id)).resolves.toBeDefined();
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

  describe('rooms', () => {
    it('creates rooms with unique names whatever their case, lists free ones, refuses to delete a used one', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.instructor);
      const name = `Salle Jura ${Date.now()}`;
      const created = await b.post('/api/rooms', { name, address: 'Lausanne', capacity: 20 });
      expect(created.statusCode).toBe(201);
      expect((await b.post('/api/rooms', { name: name.toUpperCase() })).json()).toMatchObject({
        code: 'room.name_taken',
      });
      const room = created.json();
      await buildSession(t.db, {
        cohortId: w.cohort.id,
        roomId: room.id,
        ...slot('2026-10-14', '09:00', '12:00'),
      });
      const free = await b.get(
        `/api/rooms?size=200&q=${encodeURIComponent(name)}&freeFrom=2026-10-14T11:00:00%2B02:00&freeTo=2026-10-14T13:00:00%2B02:00`,
      );
      expect(free.json().items).toEqual([]);
      const later = await b.get(
        `/api/rooms?q=${encodeURIComponent(name)}&freeFrom=2026-10-14T12:00:00%2B02:00&freeTo=2026-10-14T13:00:00%2B02:00`,
      );
      expect(later.json().items).toHaveLength(1);
      expect((await b.delete(`/api/rooms/${room.id}`)).json()).toMatchObject({
        code: 'room.in_use',
      });
      expect(
        (await b.patch(`/api/rooms/${room.id}`, { archived: true })).json().archivedAt,
      ).not.toBeNull();
    });

    it('keeps rooms from students', async () => {
      const w = await buildPlanningWorld(t.db);
      expect((await (await signedIn(w.student)).get('/api/rooms')).statusCode).toBe(403);
      void buildEnrolment;
    });
  });
});
