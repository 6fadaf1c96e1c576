import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildInstructor } from '../testing/factories';
import { buildProject, buildProjectWorld } from '../testing/project-factories';
import { buildRoom, buildSession } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('project defences', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'clique-defences-'));
  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function as(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  const slot = (hour: number, minutes = 45) => ({
    startsAt: `2027-06-16T${String(hour).padStart(2, '0')}:00:00+02:00`,
    endsAt: `2027-06-16T${String(hour).padStart(2, '0')}:${minutes}:00+02:00`,
  });

  it('schedules the defence as a session of kind defence, with the tutor on the jury and the mentor invited', async () => {
    const world = await buildProjectWorld(t.db);
    const project = await buildProject(t.db, world, { state: 'submitted' });
    const juror = await buildInstructor(t.db);
    const room = await buildRoom(t.db);
    const tutor = await as(world.tutor);
    const response = await tutor.request('PUT', `/api/projects/${project.id}/defence`, {
      ...slot(9),
      roomId: room.id,
      juryIds: [juror.id],
      mentorAttends: true,
    });
    expect(response.statusCode).toBe(200);
    const defence = response.json();
    expect(defence).toMatchObject({
      startsAt: '2027-06-16T07:00:00.000Z',
      room: { id: room.id },
      mentorAttends: true,
      mentorName: expect.any(String),
    });
    expect(defence.jury.map((j: { id: string }) => j.id).sort()).toEqual(
      [world.tutor.id, juror.id].sort(),
    );
    const [session] = await t.db.query(
      'SELECT kind, cohort_id, status FROM sessions WHERE id = $1',
      [defence.sessionId],
    );
    expect(session).toEqual({ kind: 'defence', cohort_id: world.cohortId, status: 'scheduled' });
    // The team sees it on the project page, the mentor on theirs.
    expect(
      (await (await as(world.students[0])).get(`/api/projects/${project.id}`)).json().defence,
    ).toMatchObject({
      sessionId: defence.sessionId,
    });
    const link = (await tutor.post(`/api/projects/${project.id}/mentor-link`, {})).json();
    expect(
      (await new Browser(t.app).get(`/api/mentor/${link.token}`)).json().defence,
    ).toMatchObject({
      sessionId: defence.sessionId,
    });
  });

  it('refuses a room or a juror already booked at that time with 409 session.conflict', async () => {
    const world = await buildProjectWorld(t.db, { students: 2 });
    const first = await buildProject(t.db, world, {
      state: 'submitted',
      memberIds: [world.students[0].id],
    });
    const room = await buildRoom(t.db);
    const juror = await buildInstructor(t.db);
    const tutor = await as(world.tutor);
    expect(
      (
        await tutor.request('PUT', `/api/projects/${first.id}/defence`, {
          ...slot(9),
          roomId: room.id,
          juryIds: [juror.id],
        })
      ).statusCode,
    ).toBe(200);

    // Another cohort's session in the same room, the juror busy elsewhere: both refused.
    const other = await buildProjectWorld(t.db, { students: 1 });
    await buildSession(t.db, { cohortId: other.cohortId, roomId: room.id, ...slot(11) });
    await buildSession(t.db, { cohortId: other.cohortId, instructorIds: [juror.id], ...slot(13) });
    const second = await buildProject(t.db, world, {
      state: 'submitted',
      memberIds: [world.students[1].id],
    });
    const roomClash = await tutor.request('PUT', `/api/projects/${second.id}/defence`, {
      ...slot(11),
      roomId: room.id,
      juryIds: [await buildInstructor(t.db).then((u) => u.id)],
    });
    expect(roomClash.statusCode).toBe(409);
    expect(roomClash.json()).toMatchObject({ code: 'session.conflict' });
    const jurorClash = await tutor.request('PUT', `/api/projects/${second.id}/defence`, {
      ...slot(13),
      juryIds: [juror.id],
    });
    expect(jurorClash.json()).toMatchObject({ status: 409, code: 'session.conflict' });
    // Back to back with the first defence is fine; nothing half-written for the refused ones.
    const ok = await tutor.request('PUT', `/api/projects/${second.id}/defence`, {
      startsAt: slot(9).endsAt,
      endsAt: '2027-06-16T10:30:00+02:00',
      roomId: room.id,
      juryIds: [juror.id],
    });
    expect(ok.statusCode).toBe(200);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM sessions WHERE cohort_id = $1 AND kind = 'defence'`,
      [world.cohortId],
    );
    expect(n).toBe(2);
  });

  it('lets two juries hold defences of the same cohort at the same time, in different rooms', async () => {
    const world = await buildProjectWorld(t.db, { students: 2 });
    const otherTutor = await buildInstructor(t.db);
    await t.db.query('INSERT INTO cohort_instructors (cohort_id, instructor_id) VALUES ($1, $2)', [
      world.cohortId,
      otherTutor.id,
    ]);
    const first = await buildProject(t.db, world, {
      state: 'submitted',
      memberIds: [world.students[0].id],
    });
    const second = await buildProject(t.db, world, {
      state: 'submitted',
      memberIds: [world.students[1].id],
      tutorId: otherTutor.id,
    });
    const [roomA, roomB] = [await buildRoom(t.db), await buildRoom(t.db)];
    const a = await (
      await as(world.tutor)
    ).request('PUT', `/api/projects/${first.id}/defence`, {
      ...slot(14),
      roomId: roomA.id,
      juryIds: [(await buildInstructor(t.db)).id],
    });
    const b = await (
      await as(otherTutor)
    ).request('PUT', `/api/projects/${second.id}/defence`, {
      ...slot(14),
      roomId: roomB.id,
      juryIds: [(await buildInstructor(t.db)).id],
    });
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    // The cohort itself still cannot have two lectures at once.
    await buildSession(t.db, { cohortId: world.cohortId, ...slot(16) });
    await expect(
      buildSession(t.db, { cohortId: world.cohortId, ...slot(16) }),
    ).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '23P01', constraint: 'ex_sessions_cohort' }),
    });
  });

  it('moves a scheduled defence, and cancels it', async () => {
    const world = await buildProjectWorld(t.db);
    const project = await buildProject(t.db, world, { state: 'submitted' });
    const tutor = await as(world.tutor);
    const juror = await buildInstructor(t.db);
    const first = (
      await tutor.request('PUT', `/api/projects/${project.id}/defence`, {
        ...slot(9),
        juryIds: [juror.id],
      })
    ).json();
    const moved = (
      await tutor.request('PUT', `/api/projects/${project.id}/defence`, {
        ...slot(14),
        juryIds: [juror.id],
      })
    ).json();
    expect(moved).toMatchObject({
      sessionId: first.sessionId,
      startsAt: '2027-06-16T12:00:00.000Z',
    });
    expect(
      (await tutor.post(`/api/projects/${project.id}/defence/cancel`, { reason: 'Report' }))
        .statusCode,
    ).toBe(204);
    expect((await tutor.get(`/api/projects/${project.id}`)).json().defence).toBeNull();
    const [session] = await t.db.query('SELECT status FROM sessions WHERE id = $1', [
      first.sessionId,
    ]);
    expect(session.status).toBe('cancelled');
  });

  it('lets only the tutor or an admin schedule it, and not before approval', async () => {
    const world = await buildProjectWorld(t.db, { students: 2 });
    const project = await buildProject(t.db, world, {
      state: 'submitted',
      memberIds: [world.students[0].id],
    });
    const student = await as(world.students[0]);
    expect(
      (
        await student.request('PUT', `/api/projects/${project.id}/defence`, {
          ...slot(9),
          juryIds: [world.tutor.id],
        })
      ).statusCode,
    ).toBe(403);
    const proposed = await buildProject(t.db, world, {
      state: 'proposed',
      memberIds: [world.students[1].id],
    });
    const response = await (
      await as(world.tutor)
    ).request('PUT', `/api/projects/${proposed.id}/defence`, {
      ...slot(9),
      juryIds: [world.tutor.id],
    });
    expect(response.json()).toMatchObject({ status: 409, code: 'project.not_defensible' });
  });
});
