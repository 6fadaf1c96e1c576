import { randomUUID } from 'node:crypto';
import { buildAdmin, buildInstructor, buildStudent } from '../testing/factories';
import { buildCohort, buildEnrolment, buildProgramme } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { daysFromToday } from '../testing/dates';
import { buildSession } from '../testing/scheduling-factories';
import { DateTime } from 'luxon';

const zurich = (date: string, time: string) =>
  DateTime.fromISO(`${date}T${time}`, { zone: 'Europe/Zurich' }).toJSDate();

describe('cohorts: admin', () => {
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
  const admin = async () => signedIn(await buildAdmin(t.db));

  describe('admin', () => {
    it('refuses new dates that would leave scheduled sessions outside, naming them, and changes nothing', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db, { timeZone: 'Europe/Zurich' });
      const cohort = await buildCohort(t.db, {
        programmeId: programme.id,
        startsOn: daysFromToday(0),
        endsOn: daysFromToday(200),
      });
      const late = daysFromToday(150);
      await buildSession(t.db, {
        cohortId: cohort.id,
        startsAt: zurich(late, '09:00'),
        endsAt: zurich(late, '17:00'),
      });
      // A cancelled session holds no date.
      const cancelledDay = daysFromToday(180);
      await buildSession(t.db, {
        cohortId: cohort.id,
        status: 'cancelled',
        startsAt: zurich(cancelledDay, '09:00'),
        endsAt: zurich(cancelledDay, '12:00'),
      });

      const shortened = await b.patch(`/api/cohorts/${cohort.id}`, { endsOn: daysFromToday(120) });
      expect(shortened.statusCode).toBe(409);
      expect(shortened.json()).toMatchObject({
        code: 'cohort.sessions_outside',
        count: 1,
        first: late,
        last: late,
      });
      expect((await b.get(`/api/cohorts/${cohort.id}`)).json().endsOn).toBe(daysFromToday(200));
      // The session's day is its last: fine; so is a rename, whatever the dates hold.
      expect((await b.patch(`/api/cohorts/${cohort.id}`, { endsOn: late })).statusCode).toBe(200);
      expect(
        (await b.patch(`/api/cohorts/${cohort.id}`, { name: `Promotion ${randomUUID()}` }))
          .statusCode,
      ).toBe(200);
    });

    it('creates a cohort with its instructors', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const [sophie, laurent] = [await buildInstructor(t.db), await buildInstructor(t.db)];
      const response = await b.post('/api/cohorts', {
        programmeId: programme.id,
        name: '  MCMS 2026–2027 ',
        startsOn: '2026-09-02',
        endsOn: '2027-06-26',
        instructorIds: [sophie.id, laurent.id],
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        name: 'MCMS 2026–2027',
        programme: { id: programme.id, code: programme.code },
        startsOn: '2026-09-02',
        endsOn: '2027-06-26',
        status: 'planned',
        studentCount: 0,
      });
      expect(
        response
          .json()
          .instructors.map((i: { id: string }) => i.id)
          .sort(),
      ).toEqual([sophie.id, laurent.id].sort());
    });

    it('refuses an end on or before the start (400 on endsOn), and an impossible date', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const body = { programmeId: programme.id, name: `V ${randomUUID()}`, startsOn: '2026-09-02' };
      const same = await b.post('/api/cohorts', { ...body, endsOn: '2026-09-02' });
      expect(same.statusCode).toBe(400);
      expect(same.json().errors).toEqual([
        expect.objectContaining({ field: 'endsOn', code: 'afterStartsOn' }),
      ]);
      const impossible = await b.post('/api/cohorts', { ...body, endsOn: '2027-02-30' });
      expect(impossible.statusCode).toBe(400);
      expect(impossible.json().errors[0]).toMatchObject({ field: 'endsOn' });
      const cohort = await buildCohort(t.db, { startsOn: '2026-09-01', endsOn: '2027-06-30' });
      const moved = await b.patch(`/api/cohorts/${cohort.id}`, { startsOn: '2027-07-01' });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().errors[0]).toMatchObject({ field: 'endsOn' });
    });

    it('refuses a second cohort of the same name in the programme, whatever its case (409)', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db, { name: 'MCMS 2026–2027' });
      const response = await b.post('/api/cohorts', {
        programmeId: cohort.programmeId,
        name: 'mcms 2026–2027',
        startsOn: '2026-09-01',
        endsOn: '2027-06-30',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'cohort.name_taken' });
    });

    it('refuses an unknown field, a student as instructor and an unknown programme (400)', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const body = {
        programmeId: programme.id,
        name: `V ${randomUUID()}`,
        startsOn: '2026-09-01',
        endsOn: '2027-06-30',
      };
      const unknown = await b.post('/api/cohorts', { ...body, capacity: 20 });
      expect(unknown.json().errors).toEqual([
        expect.objectContaining({ field: 'capacity', code: 'whitelistValidation' }),
      ]);
      const student = await buildStudent(t.db);
      const notInstructor = await b.post('/api/cohorts', { ...body, instructorIds: [student.id] });
      expect(notInstructor.statusCode).toBe(400);
      expect(notInstructor.json().errors).toEqual([
        expect.objectContaining({ field: 'instructorIds.0', code: 'isInstructor' }),
      ]);
      const noProgramme = await b.post('/api/cohorts', { ...body, programmeId: randomUUID() });
      expect(noProgramme.json().errors[0]).toMatchObject({ field: 'programmeId' });
    });

    it('edits a cohort, replaces its instructors, and deletes it only while empty', async () => {
      const b = await admin();
      const [a, c] = [await buildInstructor(t.db), await buildInstructor(t.db)];
      const cohort = await buildCohort(t.db, { instructorIds: [a.id] });
      expect(
        (await b.patch(`/api/cohorts/${cohort.id}`, { status: 'closed', name: 'Renommée' })).json(),
      ).toMatchObject({
        status: 'closed',
        name: 'Renommée',
      });
      const replaced = await b.request('PUT', `/api/cohorts/${cohort.id}/instructors`, {
        instructorIds: [c.id],
      });
      expect(replaced.json().instructors).toEqual([{ id: c.id, displayName: c.displayName }]);
      await buildEnrolment(t.db, cohort.id, (await buildStudent(t.db)).id);
      const refused = await b.delete(`/api/cohorts/${cohort.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'cohort.in_use' });
      const empty = await buildCohort(t.db);
      expect((await b.delete(`/api/cohorts/${empty.id}`)).statusCode).toBe(204);
      expect((await b.get(`/api/cohorts/${empty.id}`)).statusCode).toBe(404);
    });

    it('lists cohorts in the same number of queries for 1 and 100 cohorts, with filters', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const teacher = await buildInstructor(t.db);
      const first = await buildCohort(t.db, {
        programmeId: programme.id,
        name: 'Volée 000',
        instructorIds: [teacher.id],
      });
      await buildEnrolment(t.db, first.id, (await buildStudent(t.db)).id);
      t.queries.reset();
      const one = await b.get(`/api/cohorts?programmeId=${programme.id}&size=200`);
      const forOne = t.queries.count;
      for (let i = 1; i < 100; i++) {
        const c = await buildCohort(t.db, {
          programmeId: programme.id,
          name: `Volée ${String(i).padStart(3, '0')}`,
          status: i % 2 ? 'planned' : 'running',
          instructorIds: i % 5 ? [] : [teacher.id],
        });
        if (i % 10 === 0) await buildEnrolment(t.db, c.id, (await buildStudent(t.db)).id);
      }
      t.queries.reset();
      const many = await b.get(`/api/cohorts?programmeId=${programme.id}&size=200&sort=name`);
      expect(t.queries.count).toBe(forOne);
      expect(one.json().items[0]).toMatchObject({
        studentCount: 1,
        instructors: [{ id: teacher.id }],
      });
      expect(many.json().total).toBe(100);
      expect(many.json().items[0].name).toBe('Volée 000');
      expect(
        (await b.get(`/api/cohorts?programmeId=${programme.id}&status=planned`)).json().total,
      ).toBe(50);
      expect(
        (
          await b.get(
            `/api/cohorts?programmeId=${programme.id}&q=${encodeURIComponent('Volée 09')}`,
          )
        ).json().total,
      ).toBe(10);
    });
  });
});
