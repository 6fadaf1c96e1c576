import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAdmin, buildInstructor, buildStudent, type BuiltUser } from '../testing/factories';
import {
  buildProject,
  buildProjectWorld,
  multipart,
  pdf,
  type ProjectWorld,
} from '../testing/project-factories';
import { buildEnrolment } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('projects', () => {
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

  const proposal = (world: ProjectWorld, extra: Record<string, unknown> = {}) => ({
    cohortId: world.cohortId,
    title: 'Refonte de la présence Instagram',
    brief: 'Le musée veut toucher les 18–25 ans.',
    partnerId: world.partnerId,
    mentorContactId: world.mentorId,
    tutorId: world.tutor.id,
    ...extra,
  });

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
        await (await as(world.students[0])).post('/api/projects', proposal(world))
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
      expect((await student.post('/api/projects', proposal(world))).statusCode).toBe(201);
      const second = await student.post('/api/projects', proposal(world, { title: 'Un autre' }));
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({
        code: 'project.student_taken',
        studentId: world.students[0].id,
      });
      // A teammate named in someone else's proposal is refused the same way.
      const other = await as(world.students[1]);
      const withTaken = await other.post(
        '/api/projects',
        proposal(world, { memberIds: [world.students[0].id] }),
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
        student.post('/api/projects', proposal(world, { title: 'A' })),
        student.post('/api/projects', proposal(world, { title: 'B' })),
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
      const first = (await student.post('/api/projects', proposal(world))).json();
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
        (await student.post('/api/projects', proposal(world, { title: 'Deuxième idée' })))
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
      const response = await (await as(outsider)).post('/api/projects', proposal(world));
      expect(response.statusCode).toBe(404);
      const withOutsider = await (
        await as(world.students[0])
      ).post('/api/projects', proposal(world, { memberIds: [outsider.id] }));
      expect(withOutsider.statusCode).toBe(400);
      expect(withOutsider.json().errors).toEqual([
        expect.objectContaining({ field: 'memberIds', code: 'isEnrolled' }),
      ]);
    });

    it('refuses unknown fields with 400 naming them, and changes nothing', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      const response = await student.post('/api/projects', {
        ...proposal(world),
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
      ).post('/api/projects', proposal(world, { mentorContactId: elsewhere.mentorId }));
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'mentorContactId' });
    });
  });

  describe('state machine', () => {
    it('walks a project from proposal to grade, recording who moved it, when and why', async () => {
      const world = await buildProjectWorld(t.db);
      const student = await as(world.students[0]);
      const tutor = await as(world.tutor);
      const project = (await student.post('/api/projects', proposal(world))).json();
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
        await (await as(world.students[0])).post('/api/projects', proposal(world))
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
      const project = (await student.post('/api/projects', proposal(world))).json();
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
        ).post('/api/projects', proposal(world, { tutorId: undefined }))
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
      expect((await leaver.post('/api/projects', proposal(world))).statusCode).toBe(201);
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

  describe('enrolment', () => {
    it('refuses a withdrawn student in a team', async () => {
      const world = await buildProjectWorld(t.db);
      const withdrawn: BuiltUser = await buildStudent(t.db);
      await buildEnrolment(t.db, world.cohortId, withdrawn.id, { status: 'withdrawn' });
      const response = await (
        await as(world.students[0])
      ).post('/api/projects', proposal(world, { memberIds: [withdrawn.id] }));
      expect(response.statusCode).toBe(400);
    });
  });
});
