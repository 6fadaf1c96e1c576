import { randomUUID } from 'node:crypto';
import { buildAdmin, buildInstructor, buildStudent } from '../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildModule,
  buildProgramme,
} from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('programmes', () => {
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
  const code = () => `T${randomUUID().slice(0, 6)}`.toUpperCase();
  const mcms = (overrides: Record<string, unknown> = {}) => ({
    code: code(),
    title: 'Spécialiste en management de communautés et médias sociaux',
    gradingScale: 'CH_6',
    ectsTotal: 20,
    ...overrides,
  });

  describe('programmes', () => {
    it('creates a programme with its scale’s step, Europe/Zurich, and two rules to start from', async () => {
      const b = await admin();
      const response = await b.post(
        '/api/programmes',
        mcms({ description: 'Volée annuelle à Lausanne' }),
      );
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        gradingScale: 'CH_6',
        gradeStep: 0.5,
        passGrade: 4,
        minGrade: 1,
        maxGrade: 6,
        timeZone: 'Europe/Zurich',
        averageWeighting: 'coefficient',
        finalRounding: null,
        resitPolicy: 'best',
        projectWeightTutor: 0,
        projectWeightMentor: 0,
        projectWeightJury: 100,
        signingOpensBeforeMinutes: 15,
        signingClosesAfterMinutes: 0,
        keepPassedModules: false,
        preset: null,
        compensation: false,
        archivedAt: null,
        modules: [],
        periods: [],
        groups: [],
        rules: [
          expect.objectContaining({ position: 1, kind: 'overall_average', threshold: 4 }),
          expect.objectContaining({
            position: 2,
            kind: 'attendance',
            threshold: 80,
            excusedCountAsAbsent: false,
          }),
        ],
        moduleCount: 0,
        cohortCount: 0,
      });
    });

    it('refuses a second programme with the same code in another case (409)', async () => {
      const b = await admin();
      const first = mcms();
      expect((await b.post('/api/programmes', first)).statusCode).toBe(201);
      const second = await b.post('/api/programmes', mcms({ code: first.code.toLowerCase() }));
      expect(second.statusCode).toBe(409);
      expect(second.headers['content-type']).toContain('application/problem+json');
      expect(second.json()).toMatchObject({ code: 'programme.code_taken' });
    });

    it('refuses a grade step of another scale and project weights that do not sum to 100', async () => {
      const b = await admin();
      const ch = await b.post('/api/programmes', mcms({ gradeStep: 0.01 }));
      expect(ch.statusCode).toBe(400);
      expect(ch.json().errors).toEqual([
        expect.objectContaining({ field: 'gradeStep', code: 'onScale' }),
      ]);
      const weights = await b.post(
        '/api/programmes',
        mcms({ projectWeightTutor: 30, projectWeightMentor: 30, projectWeightJury: 30 }),
      );
      expect(weights.statusCode).toBe(400);
      expect(weights.json().errors[0]).toMatchObject({ field: 'projectWeightJury' });
      const ok = await b.post(
        '/api/programmes',
        mcms({
          gradeStep: 0.25,
          projectWeightTutor: 30,
          projectWeightMentor: 20,
          projectWeightJury: 50,
          signingOpensBeforeMinutes: 30,
          signingClosesAfterMinutes: 10,
        }),
      );
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({
        gradeStep: 0.25,
        projectWeightJury: 50,
        signingOpensBeforeMinutes: 30,
        signingClosesAfterMinutes: 10,
      });
      const fr = await b.post(
        '/api/programmes',
        mcms({ gradingScale: 'FR_20', timeZone: 'Europe/Paris' }),
      );
      expect(fr.json()).toMatchObject({
        gradeStep: 0.01,
        passGrade: 10,
        minGrade: 0,
        maxGrade: 20,
      });
    });

    it('checks the step and the weights in the database too, whatever the code does', async () => {
      const programme = await buildProgramme(t.db);
      await expect(
        t.db.query('UPDATE programmes SET grade_step = 0.01 WHERE id = $1', [programme.id]),
      ).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'ck_programmes_grade_step' }),
      });
      await expect(
        t.db.query('UPDATE programmes SET project_weight_jury = 90 WHERE id = $1', [programme.id]),
      ).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'ck_programmes_project_weights' }),
      });
      await expect(
        t.db.query('UPDATE programmes SET signing_opens_before_minutes = 241 WHERE id = $1', [
          programme.id,
        ]),
      ).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'ck_programmes_signing_window' }),
      });
    });

    it('refuses an unknown field and an unknown time zone, naming them', async () => {
      const b = await admin();
      const unknown = await b.post('/api/programmes', mcms({ passMark: 4 }));
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([
        expect.objectContaining({ field: 'passMark', code: 'whitelistValidation' }),
      ]);
      for (const timeZone of ['Europe/Atlantis', 'UTC+3', 'europe/paris']) {
        const zone = await b.post('/api/programmes', mcms({ timeZone }));
        expect(zone.statusCode).toBe(400);
        expect(zone.json().errors).toEqual([expect.objectContaining({ field: 'timeZone' })]);
      }
    });

    it('edits the settings, and moves to a new scale only when its rules fit it', async () => {
      const b = await admin();
      const { id } = (await b.post('/api/programmes', mcms())).json();
      const edited = await b.patch(`/api/programmes/${id}`, {
        title: 'Nouveau titre',
        compensation: true,
        finalRounding: 0.5,
        resitPolicy: 'latest',
        averageWeighting: 'ects',
      });
      expect(edited.json()).toMatchObject({
        title: 'Nouveau titre',
        compensation: true,
        finalRounding: 0.5,
        resitPolicy: 'latest',
        averageWeighting: 'ects',
      });
      const rescaled = await b.patch(`/api/programmes/${id}`, { gradingScale: 'FR_20' });
      expect(rescaled.json()).toMatchObject({ gradingScale: 'FR_20', gradeStep: 0.01 });
      expect(rescaled.json().rules[0]).toMatchObject({ kind: 'overall_average', threshold: 4 });
      await b.request('PUT', `/api/programmes/${id}/rules`, {
        rules: [{ kind: 'overall_average', threshold: 10 }],
      });
      const offScale = await b.patch(`/api/programmes/${id}`, { gradingScale: 'CH_6' });
      expect(offScale.statusCode).toBe(409);
      expect(offScale.json()).toMatchObject({ code: 'programme.rules_off_scale' });
    });

    it('keeps the grading scale once a cohort exists', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      await buildCohort(t.db, { programmeId: programme.id });
      const response = await b.patch(`/api/programmes/${programme.id}`, {
        gradingScale: 'FR_20',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'programme.scale_locked' });
    });

    it('archives and restores; an archived programme leaves the default list and gets no new cohort', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const archived = await b.post(`/api/programmes/${programme.id}/archive`);
      expect(archived.statusCode).toBe(200);
      expect(archived.json().archivedAt).not.toBeNull();
      expect((await b.get(`/api/programmes?q=${programme.code}`)).json().total).toBe(0);
      expect(
        (await b.get(`/api/programmes?q=${programme.code}&includeArchived=true`)).json().total,
      ).toBe(1);
      const cohort = await b.post('/api/cohorts', {
        programmeId: programme.id,
        name: 'Volée archivée',
        startsOn: '2026-09-01',
        endsOn: '2027-06-30',
      });
      expect(cohort.statusCode).toBe(409);
      expect(cohort.json()).toMatchObject({ code: 'programme.archived' });
      expect(
        (await b.post(`/api/programmes/${programme.id}/restore`)).json().archivedAt,
      ).toBeNull();
    });

    it('deletes a programme without cohorts, and refuses one with a cohort (409)', async () => {
      const b = await admin();
      const lonely = await buildProgramme(t.db);
      await buildModule(t.db, lonely.id);
      expect((await b.delete(`/api/programmes/${lonely.id}`)).statusCode).toBe(204);
      expect((await b.get(`/api/programmes/${lonely.id}`)).statusCode).toBe(404);
      const used = await buildProgramme(t.db);
      await buildCohort(t.db, { programmeId: used.id });
      const refused = await b.delete(`/api/programmes/${used.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'programme.in_use' });
    });

    it('lists with paging, search and sorting in the same number of queries for 1 and 100 programmes', async () => {
      const b = await admin();
      const tag = randomUUID().slice(0, 6);
      const first = await buildProgramme(t.db, { title: `Liste ${tag} 000` });
      await buildModule(t.db, first.id);
      t.queries.reset();
      const one = await b.get(`/api/programmes?q=${tag}&size=200`);
      const forOne = t.queries.count;
      for (let i = 1; i < 100; i++) {
        const p = await buildProgramme(t.db, {
          title: `Liste ${tag} ${String(i).padStart(3, '0')}`,
        });
        if (i % 3 === 0) await buildCohort(t.db, { programmeId: p.id });
      }
      t.queries.reset();
      const many = await b.get(`/api/programmes?q=${tag}&size=200&sort=-title`);
      expect(one.json().total).toBe(1);
      expect(many.json()).toMatchObject({ total: 100, page: 1, size: 200 });
      expect(many.json().items[0].title).toBe(`Liste ${tag} 099`);
      expect(many.json().items[99]).toMatchObject({ title: `Liste ${tag} 000`, moduleCount: 1 });
      expect(t.queries.count).toBe(forOne);
      expect((await b.get(`/api/programmes?q=${tag}&size=10&page=3`)).json().items).toHaveLength(
        10,
      );
    });

    it('answers an unknown sort field with a 400 naming sort', async () => {
      const b = await admin();
      const response = await b.get('/api/programmes?sort=gradeStep');
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'sort' });
    });
  });

  describe('who sees what', () => {
    it('shows an instructor only the programmes of cohorts they teach, read-only', async () => {
      const teacher = await buildInstructor(t.db);
      const mine = await buildCohort(t.db, { instructorIds: [teacher.id] });
      const other = await buildProgramme(t.db);
      const b = await signedIn(teacher);
      const list = await b.get('/api/programmes?size=200');
      expect(list.json().items.map((p: { id: string }) => p.id)).toEqual([mine.programmeId]);
      expect((await b.get(`/api/programmes/${mine.programmeId}`)).statusCode).toBe(200);
      expect((await b.get(`/api/programmes/${other.id}`)).statusCode).toBe(404);
      expect((await b.get(`/api/programmes/${other.id}/modules`)).statusCode).toBe(404);
      expect(
        (await b.patch(`/api/programmes/${mine.programmeId}`, { title: 'x' })).statusCode,
      ).toBe(403);
      expect((await b.post('/api/programmes', mcms())).statusCode).toBe(403);
    });

    it('shows a student only the programme of their cohort, and not after a withdrawal', async () => {
      const student = await buildStudent(t.db);
      const cohort = await buildCohort(t.db);
      const module = await buildModule(t.db, cohort.programmeId);
      const enrolment = await buildEnrolment(t.db, cohort.id, student.id);
      const other = await buildProgramme(t.db);
      const otherModule = await buildModule(t.db, other.id);
      const b = await signedIn(student);
      expect(
        (await b.get('/api/programmes')).json().items.map((p: { id: string }) => p.id),
      ).toEqual([cohort.programmeId]);
      expect((await b.get(`/api/programmes/${cohort.programmeId}`)).json().modules).toHaveLength(1);
      expect((await b.get(`/api/modules/${module.id}`)).statusCode).toBe(200);
      expect((await b.get(`/api/modules/${otherModule.id}`)).statusCode).toBe(404);
      expect((await b.get(`/api/programmes/${other.id}`)).statusCode).toBe(404);
      expect((await b.delete(`/api/modules/${module.id}`)).statusCode).toBe(403);
      await t.db.query(
        `UPDATE enrolments SET status = 'withdrawn', withdrawn_at = now(), withdrawal_reason = 'x' WHERE id = $1`,
        [enrolment.id],
      );
      expect((await b.get(`/api/programmes/${cohort.programmeId}`)).statusCode).toBe(404);
    });

    it('answers 401 to anonymous calls', async () => {
      const programme = await buildProgramme(t.db);
      const anon = new Browser(t.app);
      expect((await anon.get('/api/programmes')).statusCode).toBe(401);
      expect((await anon.get(`/api/programmes/${programme.id}`)).statusCode).toBe(401);
      expect((await anon.get(`/api/programmes/${programme.id}/modules`)).statusCode).toBe(401);
      expect((await anon.post('/api/programmes', mcms())).statusCode).toBe(401);
    });
  });
});
