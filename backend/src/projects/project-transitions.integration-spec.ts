import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAdmin, buildInstructor } from '../testing/factories';
import {
  buildProject,
  buildProjectWorld,
  multipart,
  pdf,
  proposalBody,
} from '../testing/project-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('projects: state machine', () => {
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

  describe('state machine', () => {
    it('walks a project from proposal to grade, recording who moved it, when and why', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      const tutor = await as(world.tutor);
      const project = (await student.post('/api/projects', proposalBody(world))).json();
      const move = (b: Browser, to: string, comment?: string) =>
        b.post(`/api/projects/${project.id}/transitions`, { to, ...(comment ? { comment } : {}) });

      expect(
        (await move(tutor, 'sent_back', 'Précisez les objectifs mesurables.')).statusCode,
      ).toBe(200);
      expect(
        (
          await student.patch(`/api/projects/${project.id}`, {
            brief: 'Objectif : +20 % d’abonnés.',
          })
        ).statusCode,
      ).toBe(200);
      expect((await move(student, 'proposed')).statusCode).toBe(200);
      expect((await move(tutor, 'approved')).json()).toMatchObject({
        state: 'approved',
        stateComment: null,
      });
      expect(
        (await student.patch(`/api/projects/${project.id}`, { title: 'Trop tard' })).json(),
      ).toMatchObject({
        code: 'project.locked',
      });
      expect((await move(student, 'in_progress')).statusCode).toBe(200);

      const early = await move(student, 'submitted');
      expect(early.statusCode).toBe(409);
      expect(early.json()).toMatchObject({ code: 'project.final_report_missing' });
      const final = project.milestones.find((m: { kind: string }) => m.kind === 'final_report');
      const file = multipart('rapport-final.pdf', pdf());
      expect(
        (
          await student.request('POST', `/api/milestones/${final.id}/submissions`, file.body, {
            headers: file.headers,
          })
        ).statusCode,
      ).toBe(201);
      expect((await move(student, 'submitted')).statusCode).toBe(200);
      expect((await move(tutor, 'defended')).statusCode).toBe(200);
      expect((await move(tutor, 'graded')).json()).toMatchObject({ code: 'project.grade_missing' });
      expect(
        (await tutor.request('PUT', `/api/projects/${project.id}/grades/jury`, { grade: 5.5 }))
          .statusCode,
      ).toBe(200);
      expect((await move(tutor, 'graded')).json()).toMatchObject({ state: 'graded' });

      const events = (await tutor.get(`/api/projects/${project.id}/events`)).json();
      expect(
        events.map(
          (e: { fromState: string | null; toState: string }) => `${e.fromState}>${e.toState}`,
        ),
      ).toEqual([
        'null>proposed',
        'proposed>sent_back',
        'sent_back>proposed',
        'proposed>approved',
        'approved>in_progress',
        'in_progress>submitted',
        'submitted>defended',
        'defended>graded',
      ]);
      expect(events[1]).toMatchObject({
        actor: { id: world.tutor.id },
        comment: 'Précisez les objectifs mesurables.',
        createdAt: expect.any(String),
      });
    });

    it('refuses illegal moves with 409 and says which moves are possible', async () => {
      const world = await buildProjectWorld(t.db);
      const tutor = await as(world.tutor);
      const project = (
        await (await as(world.students[0])).post('/api/projects', proposalBody(world))
      ).json();
      for (const to of ['graded', 'submitted', 'in_progress', 'defended', 'proposed']) {
        const response = await tutor.post(`/api/projects/${project.id}/transitions`, { to });
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({
          code: 'project.illegal_transition',
          from: 'proposed',
          to,
          allowed: ['approved', 'sent_back', 'rejected', 'abandoned'],
        });
      }
      const graded = await buildProject(t.db, world, {
        state: 'graded',
        memberIds: [world.students[1].id],
      });
      const reopen = await tutor.post(`/api/projects/${graded.id}/transitions`, {
        to: 'in_progress',
        comment: 'x',
      });
      expect(reopen.statusCode).toBe(409);
      const [{ n }] = await t.db.query(
        `SELECT count(*)::int AS n FROM project_events WHERE project_id = $1`,
        [graded.id],
      );
      expect(n).toBe(0);
    });

    it('lets only the tutor or an admin approve, and asks a reason to reject', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      const project = (await student.post('/api/projects', proposalBody(world))).json();
      const self = await student.post(`/api/projects/${project.id}/transitions`, {
        to: 'approved',
      });
      expect(self.statusCode).toBe(403);
      expect(self.json()).toMatchObject({ code: 'project.transition_forbidden' });
      const otherInstructor = await as(await buildInstructor(t.db));
      expect(
        (await otherInstructor.post(`/api/projects/${project.id}/transitions`, { to: 'approved' }))
          .statusCode,
      ).toBe(404);
      const tutor = await as(world.tutor);
      const noReason = await tutor.post(`/api/projects/${project.id}/transitions`, {
        to: 'rejected',
      });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().errors).toEqual([expect.objectContaining({ field: 'comment' })]);
      const admin = await as(await buildAdmin(t.db));
      expect(
        (await admin.post(`/api/projects/${project.id}/transitions`, { to: 'approved' }))
          .statusCode,
      ).toBe(200);
    });

    it('refuses approving a proposal without a tutor', async () => {
      const world = await buildProjectWorld(t.db);
      const project = (
        await (
          await as(world.students[0])
        ).post('/api/projects', proposalBody(world, { tutorId: undefined }))
      ).json();
      const admin = await as(await buildAdmin(t.db));
      const response = await admin.post(`/api/projects/${project.id}/transitions`, {
        to: 'approved',
      });
      expect(response.json()).toMatchObject({ status: 409, code: 'project.tutor_missing' });
      expect(
        (await admin.patch(`/api/projects/${project.id}`, { tutorId: world.tutor.id })).statusCode,
      ).toBe(200);
      expect(
        (await admin.post(`/api/projects/${project.id}/transitions`, { to: 'approved' }))
          .statusCode,
      ).toBe(200);
    });
  });
});
