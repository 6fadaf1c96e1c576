import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildStudent, type BuiltUser } from '../testing/factories';
import { buildProject, buildProjectWorld, proposalBody } from '../testing/project-factories';
import { buildEnrolment } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('projects: team', () => {
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

  describe('team', () => {
    it('lets the tutor change the team; a leaver loses access and may join another project', async () => {
      const world = await buildProjectWorld(t.db);
      const project = await buildProject(t.db, world, {
        memberIds: [world.students[0].id, world.students[1].id],
      });
      const tutor = await as(world.tutor);
      const response = await tutor.request('PUT', `/api/projects/${project.id}/team`, {
        studentIds: [world.students[0].id, world.students[2].id],
      });
      expect(response.statusCode).toBe(200);
      expect(
        response
          .json()
          .team.map((m: { id: string }) => m.id)
          .sort(),
      ).toEqual([world.students[0].id, world.students[2].id].sort());
      const leaver = await as(world.students[1]);
      expect((await leaver.get(`/api/projects/${project.id}`)).statusCode).toBe(404);
      expect((await leaver.post('/api/projects', proposalBody(world))).statusCode).toBe(201);
    });

    it('refuses adding a student who is in another project of the cohort', async () => {
      const world = await buildProjectWorld(t.db);
      const project = await buildProject(t.db, world, { memberIds: [world.students[0].id] });
      await buildProject(t.db, world, { memberIds: [world.students[1].id] });
      const response = await (
        await as(world.tutor)
      ).request('PUT', `/api/projects/${project.id}/team`, {
        studentIds: [world.students[0].id, world.students[1].id],
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'project.student_taken',
        studentId: world.students[1].id,
      });
    });
  });

  describe('enrolment', () => {
    it('refuses a withdrawn student in a team', async () => {
      const world = await buildProjectWorld(t.db);
      const withdrawn: BuiltUser = await buildStudent(t.db);
      await buildEnrolment(t.db, world.cohortId, withdrawn.id, { status: 'withdrawn' });
      const response = await (
        await as(world.students[0])
      ).post('/api/projects', proposalBody(world, { memberIds: [withdrawn.id] }));
      expect(response.statusCode).toBe(400);
    });
  });
});
