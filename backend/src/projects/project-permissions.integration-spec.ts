import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAdmin, buildInstructor, buildStudent } from '../testing/factories';
import { buildProject, buildProjectWorld, multipart, pdf } from '../testing/project-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('projects: permissions', () => {
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

  describe('permissions', () => {
    it('lets the team, the tutor, the cohort’s instructors and admins read; another student gets 404', async () => {
      const world = await buildProjectWorld(t.db);
      const project = await buildProject(t.db, world);
      const colleague = await buildInstructor(t.db);
      await t.db.query(
        'INSERT INTO cohort_instructors (cohort_id, instructor_id) VALUES ($1, $2)',
        [world.cohortId, colleague.id],
      );
      for (const user of [world.students[0], world.tutor, colleague, await buildAdmin(t.db)]) {
        expect((await (await as(user)).get(`/api/projects/${project.id}`)).statusCode).toBe(200);
      }
      for (const user of [
        world.students[1],
        await buildStudent(t.db),
        await buildInstructor(t.db),
      ]) {
        const b = await as(user);
        const response = await b.get(`/api/projects/${project.id}`);
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ code: 'project.not_found' });
        expect((await b.get(`/api/milestones/${project.milestones[0].id}`)).statusCode).toBe(404);
      }
    });

    it('keeps reading instructors out of writing: no feedback, no grades', async () => {
      const world = await buildProjectWorld(t.db);
      const project = await buildProject(t.db, world);
      const colleague = await buildInstructor(t.db);
      await t.db.query(
        'INSERT INTO cohort_instructors (cohort_id, instructor_id) VALUES ($1, $2)',
        [world.cohortId, colleague.id],
      );
      const b = await as(colleague);
      expect(
        (await b.post(`/api/milestones/${project.milestones[0].id}/feedback`, { body: 'Bien' }))
          .statusCode,
      ).toBe(403);
      expect(
        (await b.request('PUT', `/api/projects/${project.id}/grades/tutor`, { grade: 5 }))
          .statusCode,
      ).toBe(403);
    });

    it('refuses routes to the wrong role with 403', async () => {
      const world = await buildProjectWorld(t.db);
      const project = await buildProject(t.db, world);
      const student = await as(world.students[0]);
      expect((await student.get('/api/projects/tutored')).statusCode).toBe(403);
      expect(
        (await student.request('PUT', `/api/projects/${project.id}/grades/tutor`, { grade: 6 }))
          .statusCode,
      ).toBe(403);
      expect(
        (
          await student.post(`/api/milestones/${project.milestones[0].id}/extensions`, {
            dueAt: '2030-01-01',
            reason: 'x',
          })
        ).statusCode,
      ).toBe(403);
      const tutor = await as(world.tutor);
      const file = multipart('x.pdf', pdf());
      const upload = await tutor.request(
        'POST',
        `/api/milestones/${project.milestones[0].id}/submissions`,
        file.body,
        { headers: file.headers },
      );
      expect(upload.statusCode).toBe(403);
    });

    it('answers 404 for a malformed id', async () => {
      const b = await as(await buildAdmin(t.db));
      expect((await b.get('/api/projects/not-a-uuid')).statusCode).toBe(404);
    });
  });
});
