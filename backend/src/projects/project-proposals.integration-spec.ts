import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAdmin, buildStudent } from '../testing/factories';
import { buildProject, buildProjectWorld, proposalBody } from '../testing/project-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('projects: proposals', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'clique-projects-'));
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

  describe('proposals', () => {
    it('lets a student propose a project with a new partner; it starts proposed with the default milestones', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      const response = await student.post('/api/projects', {
        cohortId: world.cohortId,
        title: 'Lancer la page LinkedIn',
        newPartner: { name: `Fromagerie ${randomUUID().slice(0, 6)}`, sector: 'Alimentation' },
        newMentor: { name: 'Jean Rochat', email: 'jean@fromagerie.test' },
        memberIds: [world.students[1].id],
      });
      expect(response.statusCode).toBe(201);
      const project = response.json();
      expect(project).toMatchObject({
        state: 'proposed',
        mentor: { name: 'Jean Rochat' },
        tutor: null,
        permissions: { isTeamMember: true, canEdit: true, transitions: ['abandoned'] },
      });
      expect(project.team.map((m: { id: string }) => m.id).sort()).toEqual(
        [world.students[0].id, world.students[1].id].sort(),
      );
      expect(project.milestones.map((m: { kind: string }) => m.kind)).toEqual([
        'proposal',
        'intermediate_report',
        'final_report',
        'defence',
      ]);
      const events = (await student.get(`/api/projects/${project.id}/events`)).json();
      expect(events).toEqual([
        expect.objectContaining({
          fromState: null,
          toState: 'proposed',
          actor: expect.objectContaining({ id: world.students[0].id }),
        }),
      ]);
    });

    it('starts milestones from the cohort’s own template when it has one', async () => {
      const world = await buildProjectWorld(t.db);
      const admin = await as(await buildAdmin(t.db));
      const put = await admin.request('PUT', `/api/cohorts/${world.cohortId}/milestone-template`, {
        items: [
          { kind: 'proposal', title: 'Note de cadrage', dueOn: '2026-10-01' },
          { kind: 'final_report', title: 'Mémoire', dueOn: '2027-05-31', expectations: '30 pages' },
        ],
      });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toMatchObject({ isDefault: false });
      const project = (
        await (await as(world.students[0])).post('/api/projects', proposalBody(world))
      ).json();
      expect(project.milestones).toEqual([
        expect.objectContaining({ title: 'Note de cadrage', dueAt: '2026-10-01T21:59:59.000Z' }),
        expect.objectContaining({
          title: 'Mémoire',
          expectations: '30 pages',
          dueAt: '2027-05-31T21:59:59.000Z',
        }),
      ]);
    });

    it('refuses a second project for the same student in the cohort with 409, by the database', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      expect((await student.post('/api/projects', proposalBody(world))).statusCode).toBe(201);
      const second = await student.post(
        '/api/projects',
        proposalBody(world, { title: 'Un autre' }),
      );
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({
        code: 'project.student_taken',
        studentId: world.students[0].id,
      });
      // A teammate named in someone else's proposal is refused the same way.
      const other = await as(world.students[1]);
      const withTaken = await other.post(
        '/api/projects',
        proposalBody(world, { memberIds: [world.students[0].id] }),
      );
      expect(withTaken.statusCode).toBe(409);
      // Nothing half-written: the refused proposals left no project.
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM projects WHERE cohort_id = $1`,
        [world.cohortId],
      );
      expect(n).toBe(1);
    });

    it('refuses two proposals sent at once by the same student: one wins, the other gets 409', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      const responses = await Promise.all([
        student.post('/api/projects', proposalBody(world, { title: 'A' })),
        student.post('/api/projects', proposalBody(world, { title: 'B' })),
      ]);
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    });

    it('enforces one open project per student in the database itself, not only in the service', async () => {
      const world = await buildProjectWorld(t.db);
      await buildProject(t.db, world, { memberIds: [world.students[0].id] });
      await expect(
        buildProject(t.db, world, { memberIds: [world.students[0].id] }),
      ).rejects.toMatchObject({
        driverError: expect.objectContaining({
          code: '23505',
          constraint: 'uq_project_members_cohort_student',
        }),
      });
    });

    it('frees the team of a rejected proposal for another project', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      const first = (await student.post('/api/projects', proposalBody(world))).json();
      const tutor = await as(world.tutor);
      const rejected = await tutor.post(`/api/projects/${first.id}/transitions`, {
        to: 'rejected',
        comment: 'Le partenaire ne peut pas s’engager cette année.',
      });
      expect(rejected.statusCode).toBe(200);
      expect(rejected.json()).toMatchObject({
        state: 'rejected',
        stateComment: expect.stringContaining('partenaire'),
      });
      expect(
        (await student.post('/api/projects', proposalBody(world, { title: 'Deuxième idée' })))
          .statusCode,
      ).toBe(201);
      // The rejected project stays readable by its team, with the reason.
      expect((await student.get(`/api/projects/${first.id}`)).json()).toMatchObject({
        state: 'rejected',
      });
    });

    it('refuses a student proposing in a cohort they are not enrolled in (404), and a teammate from elsewhere (400)', async () => {
      const world = await buildProjectWorld(t.db);
      const outsider = await buildStudent(t.db);
      const response = await (await as(outsider)).post('/api/projects', proposalBody(world));
      expect(response.statusCode).toBe(404);
      const withOutsider = await (
        await as(world.students[0])
      ).post('/api/projects', proposalBody(world, { memberIds: [outsider.id] }));
      expect(withOutsider.statusCode).toBe(400);
      expect(withOutsider.json().errors).toEqual([
        expect.objectContaining({ field: 'memberIds', code: 'isEnrolled' }),
      ]);
    });

    it('refuses unknown fields with 400 naming them, and changes nothing', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      const response = await student.post('/api/projects', {
        ...proposalBody(world),
        state: 'graded',
        grade: 6,
      });
      expect(response.statusCode).toBe(400);
      expect(
        response
          .json()
          .errors.map((e: { field: string }) => e.field)
          .sort(),
      ).toEqual(['grade', 'state']);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM projects WHERE cohort_id = $1`,
        [world.cohortId],
      );
      expect(n).toBe(0);
    });

    it('refuses a mentor who is not a contact of the partner', async () => {
      const world = await buildProjectWorld(t.db);
      const elsewhere = await buildProjectWorld(t.db, { students: 0 });
      const response = await (
        await as(world.students[0])
      ).post('/api/projects', proposalBody(world, { mentorContactId: elsewhere.mentorId }));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'mentorContactId' });
    });
  });
});
