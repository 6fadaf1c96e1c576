import type IcalNamespace from 'ical.js' with { 'resolution-mode': 'import' };
import { Client } from 'pg';
import { buildCohort } from '../testing/programme-factories';
import { daysFromToday } from '../testing/dates';
import {
  buildPlanningWorld,
  buildRoom,
  buildSpeaker,
  type PlanningWorld,
} from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { buildUser } from '../testing/factories';
import { instantOf } from './zoned-time';

// ical.js ships ESM types beside a CommonJS build: load the build, type it from the ESM types.
const ICAL = require('ical.js') as typeof IcalNamespace;
const ZONE = 'Europe/Zurich';
/** Three weeks from today: a course day that will not pass while the suite is kept. */
const DAY = daysFromToday(21);
const at = (time: string, day = DAY) => instantOf(day, time, ZONE).toISOString();
const span = (from: string, to: string, day = DAY) => ({
  startsAt: at(from, day),
  endsAt: at(to, day),
});

interface Item {
  id: string;
  title: string;
  status: string;
  startsAt: string;
  endsAt: string;
  room: { id: string; name: string } | null;
  roomFromDay: boolean;
  parent: { id: string; title: string } | null;
  slots: { id: string; title: string; kind: string; status: string; speakers: string[] }[];
}

describe('sessions: slots within a course day', () => {
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

  /** The world's cohort runs from today for a year: the test's day lies within it. */
  async function world(): Promise<PlanningWorld> {
    const w = await buildPlanningWorld(t.db);
    await t.db.query(`UPDATE cohorts SET starts_on = $2, ends_on = $3 WHERE id = $1`, [
      w.cohort.id,
      daysFromToday(0),
      daysFromToday(365),
    ]);
    return w;
  }

  /** A 09:00–17:00 course day in the world's room, taught by its instructor. */
  async function courseDay(w: PlanningWorld, b: Browser, day = DAY): Promise<Item> {
    const made = await b.post('/api/sessions', {
      cohortId: w.cohort.id,
      moduleId: w.module.id,
      title: 'Module I — stratégie, jour 1',
      kind: 'lecture',
      roomId: w.room.id,
      instructorIds: [w.instructor.id],
      ...span('09:00', '17:00', day),
    });
    expect(made.statusCode).toBe(201);
    return made.json();
  }

  const talk = (times: { startsAt: string; endsAt: string }, extra = {}) => ({
    title: 'La modération d’une communauté de marque',
    kind: 'guest_talk',
    ...times,
    ...extra,
  });

  it('accepts a talk inside a course day, in the day’s room, and refuses a second overlapping it', async () => {
    const w = await world();
    const b = await signedIn(w.instructor);
    const day = await courseDay(w, b);

    const first = await b.post(`/api/sessions/${day.id}/slots`, talk(span('14:00', '15:30')));
    expect(first.statusCode).toBe(201);
    const slot: Item = first.json();
    expect(slot.parent).toMatchObject({ id: day.id, title: day.title });
    expect(slot.room?.id).toBe(w.room.id);
    expect(slot.roomFromDay).toBe(true);
    // The speaker invited to it is told the day's room, on their link page.
    const speaker = await buildSpeaker(t.db);
    const invitation = (
      await b.post(`/api/sessions/${slot.id}/invitations`, { speakerId: speaker.id })
    ).json();
    const sent = await b.post(`/api/invitations/${invitation.id}/transitions`, { to: 'invited' });
    expect(sent.statusCode).toBe(200);
    const token = String(sent.json().link.url).split('/').pop();
    const view = (await new Browser(t.app).get(`/api/speaker-links/${token}`)).json();
    expect(view.session).toMatchObject({ roomName: w.room.name });

    const overlapping = await b.post(
      `/api/sessions/${day.id}/slots`,
      talk(span('15:00', '16:00'), { title: 'Deuxième conférence' }),
    );
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json()).toMatchObject({
      code: 'session.conflict',
      conflicts: [{ clash: 'slot', resource: { id: day.id }, session: { id: slot.id } }],
    });

    const after = await b.post(
      `/api/sessions/${day.id}/slots`,
      talk(span('15:30', '16:30'), { title: 'Atelier pratique', kind: 'workshop' }),
    );
    expect(after.statusCode).toBe(201);

    const read: Item = (await b.get(`/api/sessions/${day.id}`)).json();
    expect(read.slots.map((s) => [s.title, s.kind])).toEqual([
      ['La modération d’une communauté de marque', 'guest_talk'],
      ['Atelier pratique', 'workshop'],
    ]);
    // The student sees the day with its agenda, and the talk as a session of its own.
    const student = await signedIn(w.student);
    const list = (
      await student.get(
        `/api/sessions?from=${encodeURIComponent(at('00:00'))}&to=${encodeURIComponent(at('23:59'))}`,
      )
    ).json().items as Item[];
    expect(list.map((s) => [s.title, s.parent?.id ?? null])).toEqual([
      ['Module I — stratégie, jour 1', null],
      ['La modération d’une communauté de marque', day.id],
      ['Atelier pratique', day.id],
    ]);
    // The day's .ics holds the talk as an event of its own, tied to the day, at its local time.
    const ics = await student.get(`/api/sessions/${day.id}/calendar.ics`);
    expect(ics.statusCode).toBe(200);
    const events = new ICAL.Component(ICAL.parse(ics.body))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual([
      'Module I — stratégie, jour 1',
      'La modération d’une communauté de marque',
      'Atelier pratique',
    ]);
    expect(events[0]?.description).toContain(
      '14:00–15:30 Conférence invitée: La modération d’une communauté de marque',
    );
    expect(events[1]?.component.getFirstPropertyValue('related-to')).toBe(
      `session-${day.id}@clique`,
    );
    expect(events[1]?.startDate.toJSDate().toISOString()).toBe(at('14:00'));
  });

  it('refuses a slot outside its day, in the API and in the database, and a day shrunk past its slots', async () => {
    const w = await world();
    const b = await signedIn(w.instructor);
    const day = await courseDay(w, b);

    const late = await b.post(`/api/sessions/${day.id}/slots`, talk(span('16:30', '17:30')));
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'session.outside_day',
      day: { id: day.id },
      timeZone: ZONE,
    });
    expect(late.json().detail).toContain(`${DAY} 09:00`);

    const slot: Item = (
      await b.post(`/api/sessions/${day.id}/slots`, talk(span('14:00', '15:30')))
    ).json();

    // The database refuses it whatever the application does.
    await expect(
      t.db.query(`UPDATE sessions SET ends_at = $2 WHERE id = $1`, [slot.id, at('17:30')]),
    ).rejects.toMatchObject({ driverError: { constraint: 'ck_sessions_slot_within' } });
    await expect(
      t.db.query(`UPDATE sessions SET ends_at = $2 WHERE id = $1`, [day.id, at('12:00')]),
    ).rejects.toMatchObject({ driverError: { constraint: 'ck_sessions_slot_within' } });
    await expect(
      t.db.query(
        `INSERT INTO sessions (cohort_id, title, kind, starts_at, ends_at, parent_id, parent_starts_at, parent_ends_at)
         VALUES ($1, 'Hors du jour', 'guest_talk', $2, $3, $4, $5, $6)`,
        [w.cohort.id, at('18:00'), at('19:00'), day.id, day.startsAt, day.endsAt],
      ),
    ).rejects.toMatchObject({ driverError: { constraint: 'ck_sessions_slot_within' } });
    // A slot claiming other times for its day does not match the day's row.
    await expect(
      t.db.query(
        `INSERT INTO sessions (cohort_id, title, kind, starts_at, ends_at, parent_id, parent_starts_at, parent_ends_at)
         VALUES ($1, 'Faux cadre', 'guest_talk', $2, $3, $4, $5, $6)`,
        [w.cohort.id, at('18:00'), at('19:00'), day.id, at('08:00'), at('20:00')],
      ),
    ).rejects.toMatchObject({ driverError: { constraint: 'fk_sessions_parent' } });

    const shrunk = await b.request('PATCH', `/api/sessions/${day.id}`, {
      endsAt: at('12:00'),
    });
    expect(shrunk.statusCode).toBe(409);
    expect(shrunk.json()).toMatchObject({
      code: 'session.slots_outside',
      slots: [{ id: slot.id }],
    });
    expect(((await b.get(`/api/sessions/${day.id}`)).json() as Item).endsAt).toBe(day.endsAt);

    // Moving the slot within its day is fine; out of it is refused by name.
    const moved = await b.request('PATCH', `/api/sessions/${slot.id}`, span('10:00', '11:00'));
    expect(moved.statusCode).toBe(200);
    const out = await b.request('PATCH', `/api/sessions/${slot.id}`, span('08:00', '09:30'));
    expect(out.statusCode).toBe(409);
    expect(out.json().code).toBe('session.outside_day');
  });

  it('books the speaker, a slot’s own instructor and its own room only for the slot’s times', async () => {
    const w = await world();
    const b = await signedIn(w.instructor);
    const day = await courseDay(w, b);
    const guestInstructor = await buildUser(t.db, { role: 'instructor' });
    const otherRoom = await buildRoom(t.db);
    const speaker = await buildSpeaker(t.db);

    // The day's instructor also leads the talk: a day and its slots share people freely.
    const slot: Item = (
      await b.post(
        `/api/sessions/${day.id}/slots`,
        talk(span('14:00', '15:30'), {
          roomId: otherRoom.id,
          instructorIds: [w.instructor.id, guestInstructor.id],
        }),
      )
    ).json();
    expect(slot.room?.id).toBe(otherRoom.id);
    expect(slot.roomFromDay).toBe(false);
    const invited = await b.post(`/api/sessions/${slot.id}/invitations`, {
      speakerId: speaker.id,
    });
    expect(invited.statusCode).toBe(201);

    // Another cohort, the same day.
    const other = await buildCohort(t.db, {
      programmeId: w.programme.id,
      instructorIds: [w.instructor.id, guestInstructor.id],
      startsOn: daysFromToday(0),
      endsOn: daysFromToday(365),
    });
    const elsewhere = (times: { startsAt: string; endsAt: string }, extra = {}) =>
      b.post('/api/sessions', {
        cohortId: other.id,
        title: 'Autre volée',
        kind: 'guest_talk',
        ...times,
        ...extra,
      });

    // Outside the slot: the speaker, the guest instructor and the other room are free.
    const morning = await elsewhere(span('10:00', '11:30'), {
      roomId: otherRoom.id,
      instructorIds: [guestInstructor.id],
    });
    expect(morning.statusCode).toBe(201);
    const morningTalk = await b.post(`/api/sessions/${morning.json().id}/invitations`, {
      speakerId: speaker.id,
    });
    expect(morningTalk.statusCode).toBe(201);

    // During the slot: each of them is taken, and named.
    const clashing = await elsewhere(span('15:00', '16:00'), {
      roomId: otherRoom.id,
      instructorIds: [guestInstructor.id],
    });
    expect(clashing.statusCode).toBe(409);
    const clashes = (clashing.json().conflicts as { clash: string; session: { id: string } }[])
      .map((c) => `${c.clash}:${c.session.id}`)
      .sort();
    expect(clashes).toEqual([`instructor:${slot.id}`, `room:${slot.id}`].sort());
    const afternoon = await elsewhere(span('15:00', '16:00'));
    expect(afternoon.statusCode).toBe(201);
    const speakerTaken = await b.post(`/api/sessions/${afternoon.json().id}/invitations`, {
      speakerId: speaker.id,
    });
    expect(speakerTaken.statusCode).toBe(409);
    expect(speakerTaken.json().conflicts[0]).toMatchObject({
      clash: 'speaker',
      session: { id: slot.id },
    });
    // The day's own room stays booked all day long, by the day.
    const dayRoom = await elsewhere(span('10:00', '11:00'), { roomId: w.room.id });
    expect(dayRoom.statusCode).toBe(409);
    expect(dayRoom.json().conflicts[0]).toMatchObject({
      clash: 'room',
      session: { id: day.id, timeZone: ZONE },
    });
    // The message gives the times where the day takes place, and in UTC.
    expect(dayRoom.json().detail).toContain(`${DAY} 09:00–17:00 ${ZONE}; UTC ${day.startsAt}`);
  });

  it('cancels a day’s slots with it, and restores them with the day, those still free', async () => {
    const w = await world();
    const b = await signedIn(w.instructor);
    const day = await courseDay(w, b);
    const slot: Item = (
      await b.post(`/api/sessions/${day.id}/slots`, talk(span('14:00', '15:30')))
    ).json();
    const elsewhere = await buildRoom(t.db);
    const workshop: Item = (
      await b.post(`/api/sessions/${day.id}/slots`, {
        title: 'Atelier en îlots',
        kind: 'workshop',
        roomId: elsewhere.id,
        ...span('10:00', '11:00'),
      })
    ).json();
    // Cancelled on its own before the day: it stays cancelled when the day comes back.
    const dropped: Item = (
      await b.post(`/api/sessions/${day.id}/slots`, {
        title: 'Pause',
        kind: 'break',
        ...span('12:00', '12:15'),
      })
    ).json();
    expect((await b.post(`/api/sessions/${dropped.id}/cancel`, {})).statusCode).toBe(200);

    expect(
      (await b.post(`/api/sessions/${day.id}/cancel`, { reason: 'Grève des transports' }))
        .statusCode,
    ).toBe(200);
    const cancelled: Item = (await b.get(`/api/sessions/${slot.id}`)).json();
    expect(cancelled.status).toBe('cancelled');

    const early = await b.post(`/api/sessions/${slot.id}/restore`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('session.day_cancelled');
    // Meanwhile another cohort takes the workshop's room at its time.
    const other = await buildCohort(t.db, { programmeId: w.programme.id });
    await t.db.query(
      `INSERT INTO sessions (cohort_id, title, kind, starts_at, ends_at, room_id)
       VALUES ($1, 'Autre promotion', 'lecture', $2, $3, $4)`,
      [other.id, at('10:00'), at('11:00'), elsewhere.id],
    );

    const restored = await b.post(`/api/sessions/${day.id}/restore`, {});
    expect(restored.statusCode).toBe(200);
    const statuses = Object.fromEntries(
      (restored.json() as Item).slots.map((x) => [x.id, x.status]),
    );
    expect(statuses).toEqual({
      [slot.id]: 'scheduled',
      [workshop.id]: 'cancelled',
      [dropped.id]: 'cancelled',
    });
    // The workshop's own page names what took its room.
    const clash = await b.post(`/api/sessions/${workshop.id}/restore`, {});
    expect(clash.statusCode).toBe(409);
    expect(clash.json().conflicts).toEqual(
      expect.arrayContaining([expect.objectContaining({ clash: 'room' })]),
    );
    expect((await b.post(`/api/sessions/${dropped.id}/restore`, {})).statusCode).toBe(200);

    // A slot holds no slots, and a break is never a day of its own.
    const nested = await b.post(`/api/sessions/${slot.id}/slots`, {
      title: 'Pause',
      kind: 'break',
      ...span('14:30', '14:45'),
    });
    expect(nested.statusCode).toBe(409);
    expect(nested.json().code).toBe('session.not_a_day');
    const dayBreak = await b.post('/api/sessions', {
      cohortId: w.cohort.id,
      title: 'Pause',
      kind: 'break',
      ...span('18:00', '18:15'),
    });
    expect(dayBreak.statusCode).toBe(400);
    expect(dayBreak.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'kind' })]),
    );
  });

  it('lets only the cohort’s planners add slots, and names an unknown field', async () => {
    const w = await world();
    const b = await signedIn(w.instructor);
    const day = await courseDay(w, b);

    const student = await signedIn(w.student);
    expect(
      (await student.post(`/api/sessions/${day.id}/slots`, talk(span('14:00', '15:00'))))
        .statusCode,
    ).toBe(403);
    const stranger = await signedIn(await buildUser(t.db, { role: 'instructor' }));
    const hidden = await stranger.post(
      `/api/sessions/${day.id}/slots`,
      talk(span('14:00', '15:00')),
    );
    expect(hidden.statusCode).toBe(404);
    const unknown = await b.post(
      `/api/sessions/${day.id}/slots`,
      talk(span('14:00', '15:00'), { cohortId: w.cohort.id }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'cohortId' })]),
    );
    const defence = await b.post(
      `/api/sessions/${day.id}/slots`,
      talk(span('14:00', '15:00'), { kind: 'defence' }),
    );
    expect(defence.statusCode).toBe(400);
    expect(((await b.get(`/api/sessions/${day.id}`)).json() as Item).slots).toEqual([]);
  });

  it('lets one of two concurrent overlapping talks in', async () => {
    const w = await world();
    const b = await signedIn(w.instructor);
    const day = await courseDay(w, b);
    const answers = await Promise.all([
      b.post(`/api/sessions/${day.id}/slots`, talk(span('14:00', '15:30'), { title: 'A' })),
      b.post(`/api/sessions/${day.id}/slots`, talk(span('15:00', '16:00'), { title: 'B' })),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(((await b.get(`/api/sessions/${day.id}`)).json() as Item).slots).toHaveLength(1);
  });

  it('names the slot when it moved while its day was shortened, the day left as it was', async () => {
    const w = await world();
    const b = await signedIn(w.instructor);
    const day = await courseDay(w, b);
    const slot: Item = (
      await b.post(`/api/sessions/${day.id}/slots`, talk(span('14:00', '15:30')))
    ).json();
    // Another planner moves the talk to 16:00, not yet committed: the day's check still reads
    // 14:00–15:30, which fits a day ending at 16:00.
    const other = new Client({ connectionString: process.env['CLIQUE_IT_DATABASE_URL'] });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`UPDATE sessions SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
        slot.id,
        at('16:00'),
        at('16:45'),
      ]);
      const shrinking = b.request('PATCH', `/api/sessions/${day.id}`, { endsAt: at('16:00') });
      // The day's write waits on the talk's row.
      for (let i = 0; i < 200; i++) {
        const [waiting] = await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock'
              AND query ILIKE 'UPDATE "sessions"%'`,
        );
        if (waiting.n > 0) break;
        await new Promise((r) => setTimeout(r, 25));
      }
      await other.query('COMMIT');
      const shrunk = await shrinking;
      expect(shrunk.statusCode).toBe(409);
      expect(shrunk.json()).toMatchObject({ code: 'session.slots_outside' });
    } finally {
      await other.end();
    }
    const after: Item = (await b.get(`/api/sessions/${day.id}`)).json();
    expect(after.endsAt).toBe(at('17:00'));
    expect(after.slots.map((x) => x.id)).toEqual([slot.id]);
  });

  it('moves a day whole with its slots, each checked at its new time, the speaker’s clash named', async () => {
    const w = await world();
    const b = await signedIn(w.instructor);
    const day = await courseDay(w, b);
    const speaker = await buildSpeaker(t.db);
    const add = async (body: object) => {
      const made = await b.post(`/api/sessions/${day.id}/slots`, body);
      expect(made.statusCode).toBe(201);
      return made.json() as Item;
    };
    // Back to back: moved half an hour, the two would overlap on the way in the wrong order.
    const first = await add({ title: 'Atelier 1', kind: 'workshop', ...span('10:00', '11:00') });
    const second = await add({ title: 'Atelier 2', kind: 'workshop', ...span('11:00', '12:00') });
    const pause = await add({ title: 'Pause', kind: 'break', ...span('12:00', '12:15') });
    expect((await b.post(`/api/sessions/${pause.id}/cancel`, {})).statusCode).toBe(200);
    const guest = await add(talk(span('14:00', '15:30')));
    expect(
      (await b.post(`/api/sessions/${guest.id}/invitations`, { speakerId: speaker.id })).statusCode,
    ).toBe(201);

    // A week later the speaker talks to another cohort at 14:00.
    const nextWeek = daysFromToday(28);
    const w2 = await world();
    const b2 = await signedIn(w2.instructor);
    const theirs = await courseDay(w2, b2, nextWeek);
    const theirTalk: Item = (
      await b2.post(`/api/sessions/${theirs.id}/slots`, talk(span('14:00', '15:00', nextWeek)))
    ).json();
    expect(
      (await b2.post(`/api/sessions/${theirTalk.id}/invitations`, { speakerId: speaker.id }))
        .statusCode,
    ).toBe(201);

    const times = async () =>
      Object.fromEntries(
        (
          await t.db.query(`SELECT title, starts_at FROM sessions WHERE id = ANY($1)`, [
            [day.id, first.id, second.id, pause.id, guest.id],
          ])
        ).map((r: { title: string; starts_at: Date }) => [r.title, r.starts_at.toISOString()]),
      );
    const before = await times();
    const clash = await b.request('PATCH', `/api/sessions/${day.id}`, {
      ...span('09:00', '17:00', nextWeek),
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().conflicts).toEqual([
      expect.objectContaining({
        clash: 'speaker',
        session: expect.objectContaining({ id: theirTalk.id }),
      }),
    ]);
    expect(await times()).toEqual(before);

    // Two weeks later the speaker is free: the day goes, its slots with it, the cancelled pause too.
    const later = daysFromToday(35);
    const moved = await b.request(
      'PATCH',
      `/api/sessions/${day.id}`,
      span('09:00', '17:00', later),
    );
    expect(moved.statusCode).toBe(200);
    expect(await times()).toEqual({
      [day.title]: at('09:00', later),
      'Atelier 1': at('10:00', later),
      'Atelier 2': at('11:00', later),
      Pause: at('12:00', later),
      [guest.title]: at('14:00', later),
    });
    expect(((moved.json() as Item).slots ?? []).map((x) => x.title)).toEqual([
      'Atelier 1',
      'Atelier 2',
      'Pause',
      guest.title,
    ]);

    // Half an hour later, then an hour earlier: back-to-back slots pass each other by.
    for (const [from, to, firstAt] of [
      ['09:30', '17:30', '10:30'],
      ['08:30', '16:30', '09:30'],
    ]) {
      const shifted = await b.request('PATCH', `/api/sessions/${day.id}`, span(from, to, later));
      expect(shifted.statusCode).toBe(200);
      expect((await times())['Atelier 1']).toBe(at(firstAt, later));
    }
    // Lengthened rather than moved, it leaves its slots where they are.
    const longer = await b.request(
      'PATCH',
      `/api/sessions/${day.id}`,
      span('08:00', '16:30', later),
    );
    expect(longer.statusCode).toBe(200);
    expect((await times())['Atelier 1']).toBe(at('09:30', later));
  });
});
