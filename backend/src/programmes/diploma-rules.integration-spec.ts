import { buildAdmin, buildInstructor, buildStudent } from '../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildGroup,
  buildModule,
  buildProgramme,
  buildRule,
} from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('diploma rules, periods, groups and presets', () => {
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
  const putRules = (b: Browser, id: string, rules: unknown[]) =>
    b.request('PUT', `/api/programmes/${id}/rules`, { rules });

  describe('the rule list', () => {
    it('stores one rule of each kind in the order given and gives it back to a reader', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const group = await buildGroup(t.db, programme.id, { code: 'PS' });
      const rules = [
        { kind: 'overall_average', threshold: 4 },
        { kind: 'group_average', threshold: 4, groupId: group.id },
        { kind: 'module_minimum', threshold: 3 },
        { kind: 'max_below_pass', maxCount: 1 },
        { kind: 'attendance', threshold: 80, excusedCountAsAbsent: true },
        { kind: 'project_grade', threshold: 4.5 },
      ];
      const response = await putRules(b, programme.id, rules);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(
        rules.map((rule, i) =>
          expect.objectContaining({
            position: i + 1,
            threshold: null,
            groupId: null,
            maxCount: null,
            excusedCountAsAbsent: null,
            ...rule,
          }),
        ),
      );

      const instructor = await buildInstructor(t.db);
      await buildCohort(t.db, { programmeId: programme.id, instructorIds: [instructor.id] });
      const reader = await signedIn(instructor);
      const read = await reader.get(`/api/programmes/${programme.id}/rules`);
      expect(read.statusCode).toBe(200);
      expect(read.json().map((r: { kind: string }) => r.kind)).toEqual(rules.map((r) => r.kind));
      expect((await putRules(reader, programme.id, [])).statusCode).toBe(403);
    });

    it('replaces the whole list: a shorter list leaves only its rules', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      await buildRule(t.db, programme, { kind: 'overall_average', threshold: 4 });
      await buildRule(t.db, programme, { kind: 'module_minimum', threshold: 3 });
      const response = await putRules(b, programme.id, [
        { kind: 'module_minimum', threshold: 3.5 },
      ]);
      expect(response.json()).toEqual([
        expect.objectContaining({ position: 1, kind: 'module_minimum', threshold: 3.5 }),
      ]);
    });

    it('refuses a rule that does not fit its kind or the scale, naming the rule’s field, and changes nothing', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const other = await buildProgramme(t.db);
      const foreignGroup = await buildGroup(t.db, other.id);
      await buildRule(t.db, programme, { kind: 'overall_average', threshold: 4 });
      const response = await putRules(b, programme.id, [
        { kind: 'overall_average', threshold: 4 },
        { kind: 'module_minimum', threshold: 7 },
        { kind: 'group_average', threshold: 4 },
        { kind: 'attendance', threshold: 120, excusedCountAsAbsent: false },
        { kind: 'max_below_pass', maxCount: 1, threshold: 4 },
        { kind: 'group_average', threshold: 4, groupId: foreignGroup.id },
        { kind: 'attendance', threshold: 80 },
      ]);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'rules.1.threshold', code: 'onScale' }),
        expect.objectContaining({ field: 'rules.2.groupId', code: 'isDefined' }),
        expect.objectContaining({ field: 'rules.3.threshold', code: 'onScale' }),
        expect.objectContaining({ field: 'rules.4.threshold', code: 'notAllowed' }),
        expect.objectContaining({ field: 'rules.5.groupId', code: 'unknownGroup' }),
        expect.objectContaining({ field: 'rules.6.excusedCountAsAbsent', code: 'isDefined' }),
      ]);
      const kept = await b.get(`/api/programmes/${programme.id}/rules`);
      expect(kept.json()).toEqual([expect.objectContaining({ kind: 'overall_average' })]);
    });

    it('checks thresholds against the scale on FR_20: 0 to 20', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db, { gradingScale: 'FR_20' });
      const ok = await putRules(b, programme.id, [{ kind: 'overall_average', threshold: 10.5 }]);
      expect(ok.statusCode).toBe(200);
      const off = await putRules(b, programme.id, [{ kind: 'project_grade', threshold: 20.5 }]);
      expect(off.json().errors).toEqual([
        expect.objectContaining({ field: 'rules.0.threshold', code: 'onScale' }),
      ]);
    });

    it('refuses, in the database, a threshold off the scale, a rule missing its kind’s field, and a scale not the programme’s', async () => {
      const programme = await buildProgramme(t.db);
      const insert = (kind: string, scale: string, threshold: number | null, extra = '') =>
        t.db.query(
          `INSERT INTO diploma_rules (programme_id, scale, position, kind, threshold${extra ? ', excused_count_as_absent' : ''})
           VALUES ($1, $2, 1, $3, $4${extra ? `, ${extra}` : ''})`,
          [programme.id, scale, kind, threshold],
        );
      await expect(insert('overall_average', 'CH_6', 7)).rejects.toMatchObject({
        driverError: expect.objectContaining({
          constraint: 'ck_diploma_rules_threshold_on_scale',
        }),
      });
      await expect(insert('overall_average', 'CH_6', 0.5)).rejects.toMatchObject({
        driverError: expect.objectContaining({
          constraint: 'ck_diploma_rules_threshold_on_scale',
        }),
      });
      await expect(insert('attendance', 'CH_6', 80)).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'ck_diploma_rules_fields' }),
      });
      await expect(insert('attendance', 'CH_6', 101, 'false')).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'ck_diploma_rules_fields' }),
      });
      await expect(insert('max_below_pass', 'CH_6', null)).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'ck_diploma_rules_fields' }),
      });
      await expect(insert('overall_average', 'FR_20', 10)).rejects.toMatchObject({
        driverError: expect.objectContaining({ constraint: 'fk_diploma_rules_programme' }),
      });
      await expect(insert('attendance', 'CH_6', 80, 'false')).resolves.toBeDefined();
    });
  });

  describe('presets', () => {
    it('applies the Swiss diploma preset: halves, rounding to the half, five rules', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db, { gradeStep: 0.25 });
      const response = await b.post(`/api/programmes/${programme.id}/presets/ch_diploma`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        preset: 'ch_diploma',
        gradeStep: 0.5,
        averageWeighting: 'coefficient',
        finalRounding: 0.5,
        resitPolicy: 'best',
        compensation: true,
        keepPassedModules: false,
      });
      expect(
        response
          .json()
          .rules.map((r: Record<string, unknown>) => [r['kind'], r['threshold'] ?? r['maxCount']]),
      ).toEqual([
        ['overall_average', 4],
        ['max_below_pass', 1],
        ['module_minimum', 3],
        ['attendance', 80],
        ['project_grade', 4],
      ]);
    });

    it('applies the licence pro preset: ECTS weighting, a group rule over the project and the work period, kept units', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db, {
        gradingScale: 'FR_20',
        timeZone: 'Europe/Paris',
      });
      await buildModule(t.db, programme.id, { code: 'UE1' });
      const project = await buildModule(t.db, programme.id, { code: 'PT', kind: 'project' });
      const work = await buildModule(t.db, programme.id, { code: 'PE', kind: 'work_period' });
      const response = await b.post(`/api/programmes/${programme.id}/presets/fr_licence_pro`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({
        preset: 'fr_licence_pro',
        gradeStep: 0.01,
        averageWeighting: 'ects',
        finalRounding: null,
        keepPassedModules: true,
        compensation: true,
      });
      expect(body.groups).toEqual([expect.objectContaining({ code: 'PROJET-STAGE' })]);
      const groupId = body.groups[0].id;
      expect(body.modules.filter((m: { groupId: string | null }) => m.groupId === groupId)).toEqual(
        [expect.objectContaining({ id: project.id }), expect.objectContaining({ id: work.id })],
      );
      expect(body.rules).toEqual([
        expect.objectContaining({ kind: 'overall_average', threshold: 10 }),
        expect.objectContaining({ kind: 'group_average', threshold: 10, groupId }),
        expect.objectContaining({
          kind: 'attendance',
          threshold: 80,
          excusedCountAsAbsent: false,
        }),
      ]);
      // Applied again, it reuses the group.
      const again = await b.post(`/api/programmes/${programme.id}/presets/fr_licence_pro`);
      expect(again.json().groups).toHaveLength(1);
    });

    it('refuses a preset made for another scale (409) and an unknown preset (404)', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const response = await b.post(`/api/programmes/${programme.id}/presets/fr_licence_pro`);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'programme.preset_scale' });
      expect((await b.post(`/api/programmes/${programme.id}/presets/us_gpa`)).statusCode).toBe(404);
      const student = await signedIn(await buildStudent(t.db));
      expect(
        (await student.post(`/api/programmes/${programme.id}/presets/ch_diploma`)).statusCode,
      ).toBe(403);
    });

    it('refuses a preset or a setting that would change the step once grades exist (409)', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db, { gradeStep: 0.25 });
      const module = await buildModule(t.db, programme.id);
      const student = await buildStudent(t.db);
      const instructor = await buildInstructor(t.db);
      const cohort = await buildCohort(t.db, { programmeId: programme.id });
      await buildEnrolment(t.db, cohort.id, student.id);
      const [assessment] = await t.db.query(
        `INSERT INTO assessments (cohort_id, module_id, programme_id, scale, grade_step, title, kind, created_by_id)
         VALUES ($1, $2, $3, 'CH_6', 0.25, 'Examen', 'exam', $4) RETURNING id`,
        [cohort.id, module.id, programme.id, instructor.id],
      );
      await t.db.query(
        `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, graded_by_id)
         VALUES ($1, $2, 1, $3, 'CH_6', 0.25, 4.75, $4)`,
        [assessment.id, student.id, cohort.id, instructor.id],
      );
      const preset = await b.post(`/api/programmes/${programme.id}/presets/ch_diploma`);
      expect(preset.statusCode).toBe(409);
      expect(preset.json()).toMatchObject({ code: 'programme.step_locked' });
      const patch = await b.patch(`/api/programmes/${programme.id}`, { gradeStep: 0.5 });
      expect(patch.statusCode).toBe(409);
      expect(patch.json()).toMatchObject({ code: 'programme.step_locked' });
      const [{ grade_step }] = await t.db.query('SELECT grade_step FROM programmes WHERE id = $1', [
        programme.id,
      ]);
      expect(Number(grade_step)).toBe(0.25);
    });
  });

  describe('periods, groups and modules', () => {
    it('adds periods in order, edits and removes one; its modules stay, without a period', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const s1 = (
        await b.post(`/api/programmes/${programme.id}/periods`, { title: 'Semestre 1' })
      ).json();
      const s2 = await b.post(`/api/programmes/${programme.id}/periods`, {
        title: 'Semestre 2',
        compensation: false,
      });
      expect(s2.statusCode).toBe(201);
      expect(s2.json()).toMatchObject({ position: 2, compensation: false });
      const module = await b.post(`/api/programmes/${programme.id}/modules`, {
        code: 'UE1',
        title: 'Culture numérique',
        kind: 'course',
        periodId: s1.id,
      });
      expect(module.json()).toMatchObject({ kind: 'course', periodId: s1.id, groupId: null });
      const edited = await b.patch(`/api/periods/${s1.id}`, { compensation: true });
      expect(edited.json()).toMatchObject({ title: 'Semestre 1', compensation: true });
      expect((await b.delete(`/api/periods/${s1.id}`)).statusCode).toBe(204);
      const detail = (await b.get(`/api/programmes/${programme.id}`)).json();
      expect(detail.periods).toEqual([
        expect.objectContaining({ title: 'Semestre 2', position: 1 }),
      ]);
      expect(detail.modules[0]).toMatchObject({ code: 'UE1', periodId: null });
    });

    it('groups modules; a group a rule uses cannot be deleted (409); codes are unique whatever the case', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const group = await b.post(`/api/programmes/${programme.id}/groups`, {
        code: 'UE5',
        title: 'Projet + stage',
      });
      expect(group.statusCode).toBe(201);
      const taken = await b.post(`/api/programmes/${programme.id}/groups`, {
        code: 'ue5',
        title: 'Autre',
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ code: 'group.code_taken' });
      const module = await buildModule(t.db, programme.id);
      const moved = await b.patch(`/api/modules/${module.id}`, {
        kind: 'work_period',
        groupId: group.json().id,
      });
      expect(moved.json()).toMatchObject({ kind: 'work_period', groupId: group.json().id });
      await putRules(b, programme.id, [
        { kind: 'group_average', threshold: 4, groupId: group.json().id },
      ]);
      const inUse = await b.delete(`/api/module-groups/${group.json().id}`);
      expect(inUse.statusCode).toBe(409);
      expect(inUse.json()).toMatchObject({ code: 'group.in_use' });
      await putRules(b, programme.id, []);
      expect((await b.delete(`/api/module-groups/${group.json().id}`)).statusCode).toBe(204);
      expect((await b.get(`/api/modules/${module.id}`)).json()).toMatchObject({ groupId: null });
    });

    it('refuses a module in a period or a group of another programme, naming the field', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const other = await buildProgramme(t.db);
      const group = await buildGroup(t.db, other.id);
      const response = await b.post(`/api/programmes/${programme.id}/modules`, {
        code: 'X1',
        title: 'Module',
        groupId: group.id,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'groupId' })]);
      const kind = await b.post(`/api/programmes/${programme.id}/modules`, {
        code: 'X2',
        title: 'Module',
        kind: 'internship',
      });
      expect(kind.json().errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    });

    it('shows a programme’s periods and groups to its students, and 404 to a student of another', async () => {
      const programme = await buildProgramme(t.db);
      await buildGroup(t.db, programme.id, { code: 'G1' });
      const student = await buildStudent(t.db);
      const cohort = await buildCohort(t.db, { programmeId: programme.id });
      await buildEnrolment(t.db, cohort.id, student.id);
      const b = await signedIn(student);
      expect((await b.get(`/api/programmes/${programme.id}/groups`)).json()).toEqual([
        expect.objectContaining({ code: 'G1' }),
      ]);
      const stranger = await signedIn(await buildStudent(t.db));
      expect((await stranger.get(`/api/programmes/${programme.id}/groups`)).statusCode).toBe(404);
      expect((await stranger.get(`/api/programmes/${programme.id}/periods`)).statusCode).toBe(404);
      expect((await stranger.get(`/api/programmes/${programme.id}/rules`)).statusCode).toBe(404);
      expect(
        (await b.post(`/api/programmes/${programme.id}/groups`, { code: 'G2', title: 'x' }))
          .statusCode,
      ).toBe(403);
    });
  });
});
