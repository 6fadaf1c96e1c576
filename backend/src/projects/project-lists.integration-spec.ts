import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAdmin, buildInstructor } from '../testing/factories';
import { buildProject, buildProjectWorld, multipart, pdf } from '../testing/project-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('projects: lists', () => {
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

  describe('lists', () => {
    async function countQueries(b: Browser, url: string) {
      t.queries.reset();
      const response = await b.get(url);
      expect(response.statusCode).toBe(200);
      return t.queries.count;
    }

    it('shows the tutor what waits for them, in a fixed number of queries', async () => {
      const world = await buildProjectWorld(t.db, { students: 6 });
      const tutor = await as(world.tutor);
      const proposed = await buildProject(t.db, world, {
        state: 'proposed',
        memberIds: [world.students[0].id],
      });
      const one = await countQueries(tutor, '/api/projects/tutored');

      const working = await buildProject(t.db, world, {
        memberIds: [world.students[1].id],
        milestones: [
          { kind: 'intermediate_report', dueAt: new Date(Date.now() - 86400_000) },
          { kind: 'final_report', dueAt: new Date(Date.now() + 86400_000) },
        ],
      });
      for (let i = 2; i < 6; i++)
        await buildProject(t.db, world, { memberIds: [world.students[i].id] });
      const student = await as(world.students[1]);
      const file = multipart('r.pdf', pdf());
      await student.request(
        'POST',
        `/api/milestones/${working.milestones[1].id}/submissions`,
        file.body,
        { headers: file.headers },
      );

      const many = await countQueries(tutor, '/api/projects/tutored');
      expect(many).toBe(one);
      const list = (await tutor.get('/api/projects/tutored')).json();
      expect(list).toHaveLength(6);
      expect(list[0]).toMatchObject({ id: proposed.id, waiting: { approval: true } });
      expect(list[1]).toMatchObject({
        id: working.id,
        waiting: { approval: false, newSubmissions: 1, overdueMilestones: 1 },
        team: [expect.objectContaining({ id: world.students[1].id })],
      });

      // Feedback from the tutor clears the "new submission".
      await tutor.post(`/api/milestones/${working.milestones[1].id}/feedback`, {
        body: 'Bien reçu.',
      });
      const after = (await tutor.get('/api/projects/tutored')).json();
      expect(after.find((p: { id: string }) => p.id === working.id).waiting.newSubmissions).toBe(0);
    });

    it('gives the admin an overview of a cohort with its partners, in a fixed number of queries', async () => {
      const world = await buildProjectWorld(t.db, { students: 5 });
      const admin = await as(await buildAdmin(t.db));
      await buildProject(t.db, world, { memberIds: [world.students[0].id] });
      const one = await countQueries(admin, `/api/projects/overview?cohortId=${world.cohortId}`);
      for (let i = 1; i < 4; i++)
        await buildProject(t.db, world, {
          memberIds: [world.students[i].id],
          state: i === 3 ? 'proposed' : 'in_progress',
        });
      expect(await countQueries(admin, `/api/projects/overview?cohortId=${world.cohortId}`)).toBe(
        one,
      );
      const overview = (
        await admin.get(`/api/projects/overview?cohortId=${world.cohortId}`)
      ).json();
      expect(overview).toMatchObject({
        byState: { in_progress: 3, proposed: 1 },
        partners: [expect.objectContaining({ id: world.partnerId, projects: 4 })],
        studentsWithoutProject: 1,
      });
      expect(overview.projects).toHaveLength(4);
      // The paged list costs a fixed number too.
      expect(
        await countQueries(admin, `/api/projects?cohortId=${world.cohortId}`),
      ).toBeLessThanOrEqual(4);
      const page = (
        await admin.get(`/api/projects?cohortId=${world.cohortId}&state=proposed`)
      ).json();
      expect(page).toMatchObject({ total: 1 });
    });

    it('keeps the overview from students and from instructors of other cohorts', async () => {
      const world = await buildProjectWorld(t.db);
      expect(
        (
          await (
            await as(world.students[0])
          ).get(`/api/projects/overview?cohortId=${world.cohortId}`)
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await (
            await as(await buildInstructor(t.db))
          ).get(`/api/projects/overview?cohortId=${world.cohortId}`)
        ).statusCode,
      ).toBe(404);
    });

    it('lists a student’s own projects only', async () => {
      const world = await buildProjectWorld(t.db);
      const mine = await buildProject(t.db, world, { memberIds: [world.students[0].id] });
      await buildProject(t.db, world, { memberIds: [world.students[1].id] });
      const student = await as(world.students[0]);
      expect(
        (await student.get('/api/projects/mine')).json().map((p: { id: string }) => p.id),
      ).toEqual([mine.id]);
      expect((await student.get('/api/projects')).json()).toMatchObject({
        total: 1,
        items: [{ id: mine.id }],
      });
    });
  });

  describe('summary', () => {
    it('gives a one-page summary as JSON and as printable HTML', async () => {
      const world = await buildProjectWorld(t.db);
      const project = await buildProject(t.db, world, { title: 'Plan <éditorial>' });
      const student = await as(world.students[0]);
      expect((await student.get(`/api/projects/${project.id}/summary`)).json()).toMatchObject({
        title: 'Plan <éditorial>',
        team: [{ displayName: world.students[0].displayName }],
        milestones: [expect.objectContaining({ kind: 'final_report', status: 'open' })],
      });
      const html = await student.get(`/api/projects/${project.id}/summary.html?lang=en`);
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toContain('text/html');
      expect(html.body).toContain('Plan &lt;éditorial&gt;');
    });
  });
});
