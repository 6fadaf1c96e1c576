import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProject, buildProjectWorld } from '../testing/project-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('projects: grades', () => {
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

  describe('grades', () => {
    it('keeps the tutor’s, the mentor’s and the jury’s grades side by side, on the programme’s scale', async () => {
      const world = await buildProjectWorld(t.db, { gradingScale: 'FR_20' });
      const project = await buildProject(t.db, world, { state: 'submitted' });
      const tutor = await as(world.tutor);
      const offScale = await tutor.request('PUT', `/api/projects/${project.id}/grades/tutor`, {
        grade: 21,
      });
      expect(offScale.statusCode).toBe(400);
      expect(offScale.json().errors[0]).toMatchObject({ field: 'grade', code: 'onScale' });
      expect(
        (
          await tutor.request('PUT', `/api/projects/${project.id}/grades/tutor`, {
            grade: 14.5,
            comment: 'Solide',
          })
        ).statusCode,
      ).toBe(200);
      const link = (await tutor.post(`/api/projects/${project.id}/mentor-link`, {})).json();
      const mentor = new Browser(t.app);
      expect(
        (await mentor.request('PUT', `/api/mentor/${link.token}/grade`, { grade: 16 })).statusCode,
      ).toBe(200);
      expect(
        (await tutor.request('PUT', `/api/projects/${project.id}/grades/jury`, { grade: 15 }))
          .statusCode,
      ).toBe(200);
      const detail = (await tutor.get(`/api/projects/${project.id}`)).json();
      expect(detail.assessment).toMatchObject({
        scale: 'FR_20',
        min: 0,
        max: 20,
        tutor: { grade: 14.5, comment: 'Solide', gradedBy: world.tutor.displayName },
        mentor: { grade: 16 },
        jury: { grade: 15 },
      });
      // The team does not see the proposals before the project is graded.
      expect(
        (await (await as(world.students[0])).get(`/api/projects/${project.id}`)).json().assessment,
      ).toBeNull();
    });

    it('refuses a grade off the CH_6 halves', async () => {
      const world = await buildProjectWorld(t.db, { gradingScale: 'CH_6' });
      const project = await buildProject(t.db, world, { state: 'submitted' });
      const tutor = await as(world.tutor);
      expect(
        (await tutor.request('PUT', `/api/projects/${project.id}/grades/tutor`, { grade: 4.25 }))
          .statusCode,
      ).toBe(400);
      expect(
        (await tutor.request('PUT', `/api/projects/${project.id}/grades/tutor`, { grade: 4.5 }))
          .statusCode,
      ).toBe(200);
    });
  });
});
