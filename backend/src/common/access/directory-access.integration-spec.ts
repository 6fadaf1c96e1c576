import {
  buildInvitation,
  buildRoom,
  buildSession,
  buildSpeaker,
} from '../../testing/scheduling-factories';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

const DAY = 86_400_000;
const inDays = (d: number, hour: number) =>
  new Date(Math.floor(Date.now() / DAY) * DAY + d * DAY + hour * 3_600_000);

interface Talk {
  sessionId: string;
  sessionTitle: string;
}

describe('access policy: the shared directories (speakers, rooms)', () => {
  let t: TestApp;
  let w: AccessWorld;
  let day = 20;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
  });
  afterAll(() => t.close());

  /** A guest talk of `cohortId` with `speakerId` invited to it. */
  async function talk(cohortId: string, speakerId: string, title: string) {
    day += 1;
    const session = await buildSession(t.db, {
      cohortId,
      kind: 'guest_talk',
      title,
      startsAt: inDays(day, 8),
      endsAt: inDays(day, 10),
    });
    await buildInvitation(t.db, session.id, speakerId, { status: 'confirmed' });
    return session;
  }

  /** A speaker with private details, invited to a talk of cohort A (and of B if asked). */
  async function privateSpeaker(alsoInOtherCohort = false) {
    const speaker = await buildSpeaker(t.db);
    await t.db.query(`UPDATE speakers SET phone = $2, internal_notes = $3 WHERE id = $1`, [
      speaker.id,
      '+41 79 555 01 02',
      'Cachet : 800 CHF. Préfère les matins.',
    ]);
    const own = await talk(w.cohortId, speaker.id, 'Talk of cohort A');
    const other = alsoInOtherCohort
      ? await talk(w.otherCohortId, speaker.id, 'Talk of cohort B')
      : undefined;
    return { speaker, own, other };
  }

  describe('speaker detail', () => {
    it('lets planners read the directory, and keeps it from students and outsiders', async () => {
      const { speaker } = await privateSpeaker();
      const expected = {
        admin: 200,
        instructor: 200,
        otherInstructor: 200,
        student: 403,
        otherCohortStudent: 403,
        anonymous: 401,
      };
      expect(
        await statusMatrix(w.browsers, expected, (b) => b.get(`/api/speakers/${speaker.id}`)),
      ).toEqual(expected);
    });

    it('shows another cohort’s instructor the public profile only: no talks, no phone, no notes', async () => {
      const { speaker, own } = await privateSpeaker();
      const detail = (await w.browsers.otherInstructor.get(`/api/speakers/${speaker.id}`)).json();
      expect(detail).toMatchObject({
        id: speaker.id,
        fullName: speaker.fullName,
        bio: speaker.bio,
        phone: null,
        internalNotes: '',
        privateShown: false,
        canEdit: false,
        talks: [],
      });
      expect(JSON.stringify(detail)).not.toContain(own.id);
      expect(JSON.stringify(detail)).not.toContain('Talk of cohort A');

      const listed = (
        await w.browsers.otherInstructor.get(
          `/api/speakers?q=${encodeURIComponent(speaker.fullName)}`,
        )
      ).json().items;
      expect(listed).toEqual([
        expect.objectContaining({ id: speaker.id, phone: null, internalNotes: '' }),
      ]);
    });

    it('shows the instructor of the cohort and admins the talks, the phone and the notes', async () => {
      const { speaker, own } = await privateSpeaker();
      for (const actor of ['instructor', 'admin'] as const) {
        const detail = (await w.browsers[actor].get(`/api/speakers/${speaker.id}`)).json();
        expect(detail).toMatchObject({
          phone: '+41 79 555 01 02',
          internalNotes: 'Cachet : 800 CHF. Préfère les matins.',
          privateShown: true,
          canEdit: true,
        });
        expect(detail.talks.map((x: Talk) => x.sessionId)).toEqual([own.id]);
      }
    });

    it('lists to each instructor only the talks of the cohorts they plan; admins see all', async () => {
      const { speaker } = await privateSpeaker(true);
      const talksOf = async (actor: 'instructor' | 'otherInstructor' | 'admin') =>
        (await w.browsers[actor].get(`/api/speakers/${speaker.id}`))
          .json()
          .talks.map((x: Talk) => x.sessionTitle)
          .sort();
      expect(await talksOf('instructor')).toEqual(['Talk of cohort A']);
      expect(await talksOf('otherInstructor')).toEqual(['Talk of cohort B']);
      expect(await talksOf('admin')).toEqual(['Talk of cohort A', 'Talk of cohort B']);
    });
  });

  describe('editing and deleting a speaker', () => {
    it('lets admins and the instructors of every cohort the speaker is in change them', async () => {
      const { speaker } = await privateSpeaker();
      const expected = {
        admin: 200,
        instructor: 200,
        otherInstructor: 403,
        student: 403,
        anonymous: 401,
      };
      expect(
        await statusMatrix(w.browsers, expected, (b, actor) =>
          b.patch(`/api/speakers/${speaker.id}`, { jobTitle: `by ${actor}` }),
        ),
      ).toEqual(expected);
      const refused = await w.browsers.otherInstructor.patch(`/api/speakers/${speaker.id}`, {
        internalNotes: '',
      });
      expect(refused.json()).toMatchObject({ status: 403, code: 'speaker.not_editable' });
      const [row] = await t.db.query<{ job_title: string; internal_notes: string }[]>(
        'SELECT job_title, internal_notes FROM speakers WHERE id = $1',
        [speaker.id],
      );
      expect(row).toEqual({
        job_title: 'by instructor',
        internal_notes: 'Cachet : 800 CHF. Préfère les matins.',
      });
    });

    it('leaves a speaker shared with another cohort to admins', async () => {
      const { speaker } = await privateSpeaker(true);
      const expected = { admin: 200, instructor: 403, otherInstructor: 403 };
      expect(
        await statusMatrix(w.browsers, expected, (b) =>
          b.patch(`/api/speakers/${speaker.id}`, { archived: true }),
        ),
      ).toEqual(expected);
      // Still shown to each of their planners, who need the phone to reach them.
      const seen = (await w.browsers.instructor.get(`/api/speakers/${speaker.id}`)).json();
      expect(seen).toMatchObject({ privateShown: true, canEdit: false });
    });

    it('refuses to delete a used speaker (403 for another cohort’s instructor, 409 for its own)', async () => {
      const { speaker } = await privateSpeaker();
      const expected = { otherInstructor: 403, student: 403, instructor: 409, admin: 409 };
      expect(
        await statusMatrix(w.browsers, expected, (b) => b.delete(`/api/speakers/${speaker.id}`)),
      ).toEqual(expected);
    });

    it('lets any planner delete a speaker no cohort invited yet', async () => {
      const unused = await buildSpeaker(t.db);
      expect((await w.browsers.student.delete(`/api/speakers/${unused.id}`)).statusCode).toBe(403);
      expect(
        (await w.browsers.otherInstructor.delete(`/api/speakers/${unused.id}`)).statusCode,
      ).toBe(204);
      expect((await w.browsers.admin.get(`/api/speakers/${unused.id}`)).statusCode).toBe(404);
    });
  });

  describe('editing and deleting a room', () => {
    async function usedRoom() {
      const room = await buildRoom(t.db);
      day += 1;
      await buildSession(t.db, {
        cohortId: w.cohortId,
        roomId: room.id,
        startsAt: inDays(day, 8),
        endsAt: inDays(day, 10),
      });
      return room;
    }

    it('lets admins and the instructors of the cohorts using it change a room', async () => {
      const room = await usedRoom();
      const expected = {
        admin: 200,
        instructor: 200,
        otherInstructor: 403,
        student: 403,
        anonymous: 401,
      };
      expect(
        await statusMatrix(w.browsers, expected, (b, actor) =>
          b.patch(`/api/rooms/${room.id}`, { notes: `by ${actor}` }),
        ),
      ).toEqual(expected);
      const refused = await w.browsers.otherInstructor.patch(`/api/rooms/${room.id}`, {
        archived: true,
      });
      expect(refused.json()).toMatchObject({ status: 403, code: 'room.not_editable' });
      const [row] = await t.db.query<{ notes: string; archived_at: Date | null }[]>(
        'SELECT notes, archived_at FROM rooms WHERE id = $1',
        [room.id],
      );
      expect(row).toEqual({ notes: 'by instructor', archived_at: null });
    });

    it('refuses to delete a used room (403 for another cohort’s instructor, 409 for its own)', async () => {
      const room = await usedRoom();
      const expected = { otherInstructor: 403, student: 403, instructor: 409, admin: 409 };
      expect(
        await statusMatrix(w.browsers, expected, (b) => b.delete(`/api/rooms/${room.id}`)),
      ).toEqual(expected);
    });

    it('lets any planner change or delete a room no session uses yet', async () => {
      const unused = await buildRoom(t.db);
      expect(
        (await w.browsers.otherInstructor.patch(`/api/rooms/${unused.id}`, { capacity: 12 }))
          .statusCode,
      ).toBe(200);
      expect((await w.browsers.student.delete(`/api/rooms/${unused.id}`)).statusCode).toBe(403);
      expect((await w.browsers.otherInstructor.delete(`/api/rooms/${unused.id}`)).statusCode).toBe(
        204,
      );
      expect((await w.browsers.admin.get(`/api/rooms/${unused.id}`)).statusCode).toBe(404);
    });
  });
});
