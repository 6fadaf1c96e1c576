import { buildInstructor, buildStudent, buildUser, type BuiltUser } from '../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildGroup,
  buildModule,
  buildProgramme,
  buildRule,
} from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { pdfText } from '../testing/pdf-text';
import {
  insertAssessment,
  insertGrade,
  pastSessions,
  recordAttendance,
  release,
} from './testing/progress-world';

interface StudentRow {
  studentId: string;
  modules: {
    moduleId: string;
    average: number | null;
    passed: boolean | null;
    compensated: boolean;
  }[];
  overallAverage: number | null;
  attendanceRate: number | null;
  projectGrade: number | null;
  rules: {
    kind: string;
    met: boolean | null;
    reason: { code: string; params: Record<string, unknown> };
  }[];
  outcome: string;
}

describe('progress to the diploma', () => {
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

  const failing = (s: StudentRow) => s.rules.filter((r) => r.met === false).map((r) => r.kind);

  /**
   * The Swiss preset, by hand: CH_6 by halves, modules weighted by coefficient, the overall
   * average rounded to the half, compensation on; rules: overall ≥ 4, at most one module below
   * 4, none below 3, attendance ≥ 80 % (excused left out), project ≥ 4.
   * Modules: M1 (coef 1: exam ×2, assignment ×1), M2 (coef 1), M3 (coef 2), P (project, coef 1).
   * Five past sessions of two hours.
   */
  async function swissCohort() {
    const teacher = await buildInstructor(t.db);
    const programme = await buildProgramme(t.db, {
      gradingScale: 'CH_6',
      averageWeighting: 'coefficient',
      finalRounding: 0.5,
      compensation: true,
    });
    for (const rule of [
      { kind: 'overall_average' as const, threshold: 4 },
      { kind: 'max_below_pass' as const, maxCount: 1 },
      { kind: 'module_minimum' as const, threshold: 3 },
      { kind: 'attendance' as const, threshold: 80, excusedCountAsAbsent: false },
      { kind: 'project_grade' as const, threshold: 4 },
    ])
      await buildRule(t.db, programme, rule);
    const m1 = await buildModule(t.db, programme.id, { code: 'M1', coefficient: 1 });
    const m2 = await buildModule(t.db, programme.id, { code: 'M2', coefficient: 1 });
    const m3 = await buildModule(t.db, programme.id, { code: 'M3', coefficient: 2 });
    const p = await buildModule(t.db, programme.id, { code: 'P', coefficient: 1, kind: 'project' });
    const cohort = await buildCohort(t.db, {
      programmeId: programme.id,
      instructorIds: [teacher.id],
    });
    const by = { cohortId: cohort.id, createdById: teacher.id };
    const a = {
      m1exam: await insertAssessment(t.db, { ...by, moduleId: m1.id, coefficient: 2 }),
      m1work: await insertAssessment(t.db, { ...by, moduleId: m1.id, kind: 'assignment' }),
      m2: await insertAssessment(t.db, { ...by, moduleId: m2.id }),
      m3: await insertAssessment(t.db, {
        ...by,
        moduleId: m3.id,
        title: 'Examen final M3',
        released: false,
      }),
      p: await insertAssessment(t.db, { ...by, moduleId: p.id, kind: 'project' }),
      ignored: await insertAssessment(t.db, { ...by, moduleId: m2.id, counts: false }),
    };
    const sessions = await pastSessions(t.db, cohort.id, 5);
    const student = async (
      name: string,
      grades: Partial<Record<keyof typeof a, number>>,
      attendance: ('present' | 'absent' | 'excused' | null)[] = Array(5).fill('present'),
    ) => {
      const s = await buildUser(t.db, { displayName: name });
      await buildEnrolment(t.db, cohort.id, s.id);
      for (const [key, score] of Object.entries(grades))
        await insertGrade(t.db, a[key as keyof typeof a], s.id, score as number, teacher.id);
      await recordAttendance(t.db, sessions, s.id, attendance);
      return s;
    };
    return { teacher, programme, cohort, modules: { m1, m2, m3, p }, a, sessions, student };
  }

  describe('the Swiss preset', () => {
    it('passes a student by compensation only, with the overall average rounded to the half', async () => {
      const w = await swissCohort();
      // M1 = (4.5×2 + 5×1) / 3 = 4.666… → 4.67; M2 = 3.5 (below 4, above the floor 3);
      // M3 = 4.5; P = 4.5. Overall = (4.67 + 3.5 + 2×4.5 + 4.5) / 5 = 21.67 / 5 = 4.334 → 4.5.
      const alice = await w.student('Alice Borel', {
        m1exam: 4.5,
        m1work: 5,
        m2: 3.5,
        m3: 4.5,
        p: 4.5,
        ignored: 1,
      });
      const b = await signedIn(w.teacher);
      const response = await b.get(`/api/cohorts/${w.cohort.id}/progress/students/${alice.id}`);
      expect(response.statusCode).toBe(200);
      const row = response.json<StudentRow>();
      expect(row.modules.map((m) => m.average)).toEqual([4.67, 3.5, 4.5, 4.5]);
      expect(row.modules[1]).toMatchObject({ passed: false, compensated: true });
      expect(row.overallAverage).toBe(4.5);
      expect(row.projectGrade).toBe(4.5);
      expect(row.attendanceRate).toBe(100);
      expect(row.outcome).toBe('met');
      expect(row.rules.find((r) => r.kind === 'modules_passed')?.reason.code).toBe(
        'modules_passed.compensated',
      );
    });

    it('fails the compensated student once compensation is off', async () => {
      const w = await swissCohort();
      const alice = await w.student('Alice Borel', {
        m1exam: 4.5,
        m1work: 5,
        m2: 3.5,
        m3: 4.5,
        p: 4.5,
      });
      await t.db.query(`UPDATE programmes SET compensation = false WHERE id = $1`, [
        w.programme.id,
      ]);
      const b = await signedIn(w.teacher);
      const row = (
        await b.get(`/api/cohorts/${w.cohort.id}/progress/students/${alice.id}`)
      ).json<StudentRow>();
      expect(row.overallAverage).toBe(4.5);
      expect(row.outcome).toBe('not_met');
      expect(failing(row)).toEqual(['modules_passed']);
      expect(row.rules.find((r) => r.kind === 'modules_passed')?.reason).toEqual({
        code: 'modules_passed.not_met',
        params: { module: 'M2', title: w.modules.m2.title, value: 3.5, pass: 4 },
      });
    });

    it('fails a student on attendance alone: 3 of 5 sessions attended, 60 % < 80 %', async () => {
      const w = await swissCohort();
      // Every module 5: overall 5. Sessions: present ×3, absent ×1, no record ×1 (absent too).
      const bob = await w.student('Bob Cuendet', { m1exam: 5, m1work: 5, m2: 5, m3: 5, p: 5 }, [
        'present',
        'present',
        'absent',
        null,
        'present',
      ]);
      // An excused absence is left out of the rate here: 4 of 4 counted.
      const eva = await w.student('Eva Dubois', { m1exam: 5, m1work: 5, m2: 5, m3: 5, p: 5 }, [
        'present',
        'present',
        'excused',
        'present',
        'present',
      ]);
      const b = await signedIn(w.teacher);
      const body = (await b.get(`/api/cohorts/${w.cohort.id}/progress`)).json<{
        students: StudentRow[];
      }>();
      const bobRow = body.students.find((s) => s.studentId === bob.id) as StudentRow;
      expect(bobRow.overallAverage).toBe(5);
      expect(bobRow.attendanceRate).toBe(60);
      expect(failing(bobRow)).toEqual(['attendance']);
      expect(bobRow.rules.find((r) => r.kind === 'attendance')?.reason).toEqual({
        code: 'attendance.not_met',
        params: { threshold: 80, value: 60 },
      });
      expect(bobRow.outcome).toBe('not_met');
      const evaRow = body.students.find((s) => s.studentId === eva.id) as StudentRow;
      expect(evaRow.attendanceRate).toBe(100);
      expect(evaRow.outcome).toBe('met');
    });

    it('is pending while a module is not graded, and refuses too many modules below the pass mark', async () => {
      const w = await swissCohort();
      const pending = await w.student('Dan Favre', { m1exam: 5, m1work: 5, m2: 5, p: 5 });
      // M1 = (3.5×2 + 4) / 3 = 3.67, M2 = 3.5: two modules below 4 > 1 allowed, though the
      // overall (3.67 + 3.5 + 2×4 + 4) / 5 = 3.834 rounds up to 4.
      const two = await w.student('Zoé Gay', { m1exam: 3.5, m1work: 4, m2: 3.5, m3: 4, p: 4 });
      const b = await signedIn(w.teacher);
      const body = (await b.get(`/api/cohorts/${w.cohort.id}/progress`)).json<{
        students: StudentRow[];
      }>();
      const dan = body.students.find((s) => s.studentId === pending.id) as StudentRow;
      expect(dan.outcome).toBe('pending');
      expect(dan.modules[2]).toMatchObject({ average: null, passed: null });
      const zoe = body.students.find((s) => s.studentId === two.id) as StudentRow;
      expect(zoe.overallAverage).toBe(4);
      expect(failing(zoe)).toEqual(['max_below_pass']);
      expect(zoe.rules.find((r) => r.kind === 'max_below_pass')?.reason.params).toEqual({
        count: 2,
        max: 1,
        pass: 4,
      });
    });
  });

  it('keeps a module passed in an earlier cohort of the programme when the programme says so', async () => {
    const w = await swissCohort();
    await t.db.query(
      `UPDATE programmes SET compensation = false, keep_passed_modules = true WHERE id = $1`,
      [w.programme.id],
    );
    // Alice repeats the year: M2 was passed (5) in last year's cohort, failed (3.5) now.
    const alice = await w.student('Alice Borel', { m1exam: 5, m1work: 5, m2: 3.5, m3: 5, p: 5 });
    const earlier = await buildCohort(t.db, {
      programmeId: w.programme.id,
      startsOn: '2020-09-01',
      endsOn: '2021-06-30',
      status: 'closed',
    });
    await buildEnrolment(t.db, earlier.id, alice.id, { status: 'graduated' });
    const old = await insertAssessment(t.db, {
      cohortId: earlier.id,
      moduleId: w.modules.m2.id,
      createdById: w.teacher.id,
    });
    await insertGrade(t.db, old, alice.id, 5, w.teacher.id);
    const b = await signedIn(w.teacher);
    const row = (await b.get(`/api/cohorts/${w.cohort.id}/progress/students/${alice.id}`)).json<
      StudentRow & { modules: { kept: boolean }[] }
    >();
    expect(row.modules[1]).toMatchObject({ average: 5, passed: true, kept: true });
    expect(row.outcome).toBe('met');
  });

  describe('the French preset', () => {
    /**
     * FR_20, modules weighted by ECTS, no final rounding, compensation on; rules: overall ≥ 10,
     * the group "UE 4-5 projet + stage" ≥ 10, attendance ≥ 80 % with excused counted absent.
     * UE1 (20 ECTS: exam ×2, assignment ×1), UE4 project (6 ECTS), UE5 work period (14 ECTS).
     */
    async function frenchCohort() {
      const teacher = await buildInstructor(t.db);
      const programme = await buildProgramme(t.db, {
        gradingScale: 'FR_20',
        averageWeighting: 'ects',
        finalRounding: null,
        compensation: true,
      });
      const group = await buildGroup(t.db, programme.id, {
        code: 'UE 4-5',
        title: 'projet + stage',
      });
      await buildRule(t.db, programme, { kind: 'overall_average', threshold: 10 });
      await buildRule(t.db, programme, { kind: 'group_average', threshold: 10, groupId: group.id });
      await buildRule(t.db, programme, {
        kind: 'attendance',
        threshold: 80,
        excusedCountAsAbsent: true,
      });
      const ue1 = await buildModule(t.db, programme.id, { code: 'UE1', ects: 20 });
      const ue4 = await buildModule(t.db, programme.id, {
        code: 'UE4',
        ects: 6,
        kind: 'project',
        groupId: group.id,
      });
      const ue5 = await buildModule(t.db, programme.id, {
        code: 'UE5',
        ects: 14,
        kind: 'work_period',
        groupId: group.id,
      });
      const cohort = await buildCohort(t.db, {
        programmeId: programme.id,
        instructorIds: [teacher.id],
      });
      const by = { cohortId: cohort.id, createdById: teacher.id };
      const a = {
        exam: await insertAssessment(t.db, { ...by, moduleId: ue1.id, coefficient: 2 }),
        work: await insertAssessment(t.db, { ...by, moduleId: ue1.id, kind: 'assignment' }),
        project: await insertAssessment(t.db, { ...by, moduleId: ue4.id, kind: 'project' }),
        period: await insertAssessment(t.db, { ...by, moduleId: ue5.id, kind: 'work_period' }),
      };
      const sessions = await pastSessions(t.db, cohort.id, 5);
      const student = async (
        grades: Record<keyof typeof a, number>,
        attendance: ('present' | 'excused')[] = Array(5).fill('present'),
      ) => {
        const s = await buildStudent(t.db);
        await buildEnrolment(t.db, cohort.id, s.id);
        for (const [key, score] of Object.entries(grades))
          await insertGrade(t.db, a[key as keyof typeof a], s.id, score, teacher.id);
        await recordAttendance(t.db, sessions, s.id, attendance);
        return s;
      };
      return { teacher, cohort, student };
    }

    it('fails a student on the project-and-work-period rule alone', async () => {
      const w = await frenchCohort();
      // UE1 = (15×2 + 12) / 3 = 14; UE4 = 8; UE5 = 10.3.
      // Overall = (14×20 + 8×6 + 10.3×14) / 40 = 472.2 / 40 = 11.805 → 11.81 (to the hundredth).
      // Group = (8×6 + 10.3×14) / 20 = 192.2 / 20 = 9.61 < 10.
      const eve = await w.student({ exam: 15, work: 12, project: 8, period: 10.3 });
      const b = await signedIn(w.teacher);
      const row = (
        await b.get(`/api/cohorts/${w.cohort.id}/progress/students/${eve.id}`)
      ).json<StudentRow>();
      expect(row.modules.map((m) => m.average)).toEqual([14, 8, 10.3]);
      expect(row.overallAverage).toBe(11.81);
      expect(row.projectGrade).toBe(8);
      expect(failing(row)).toEqual(['group_average']);
      expect(row.rules.find((r) => r.kind === 'group_average')?.reason).toEqual({
        code: 'group_average.not_met',
        params: { group: 'UE 4-5', title: 'projet + stage', threshold: 10, value: 9.61 },
      });
      expect(row.outcome).toBe('not_met');
    });

    it('passes a student by annual compensation, with an excused absence counted absent (80 %)', async () => {
      const w = await frenchCohort();
      // UE1 = (13×2 + 10) / 3 = 12; UE4 = 9 (compensated); UE5 = 11.
      // Overall = (12×20 + 9×6 + 11×14) / 40 = 448 / 40 = 11.2; group = (54 + 154) / 20 = 10.4.
      // Attendance: 4 present of 5, the excused one counted absent: 80 % ≥ 80 %.
      const fay = await w.student({ exam: 13, work: 10, project: 9, period: 11 }, [
        'present',
        'present',
        'excused',
        'present',
        'present',
      ]);
      const b = await signedIn(w.teacher);
      const row = (
        await b.get(`/api/cohorts/${w.cohort.id}/progress/students/${fay.id}`)
      ).json<StudentRow>();
      expect(row.overallAverage).toBe(11.2);
      expect(row.modules[1]).toMatchObject({ average: 9, passed: false, compensated: true });
      expect(row.attendanceRate).toBe(80);
      expect(row.outcome).toBe('met');
    });
  });

  describe('release and access', () => {
    it('hides an unreleased grade from the student, in progress, details and transcript', async () => {
      const w = await swissCohort();
      const alice = await w.student('Alice Borel', {
        m1exam: 4.5,
        m1work: 5,
        m2: 3.5,
        m3: 5.5,
        p: 4.5,
      });
      const me = await signedIn(alice);
      const url = `/api/cohorts/${w.cohort.id}/progress/students/${alice.id}`;
      const own = (await me.get(url)).json<StudentRow>();
      expect(own.modules[2]).toMatchObject({ average: null, passed: null });
      expect(own.outcome).toBe('pending');
      const details = (await me.get(`${url}/details`)).json<{
        grades: { assessmentId: string }[];
      }>();
      expect(details.grades.map((g) => g.assessmentId)).not.toContain(w.a.m3);
      const pdf = await me.get(`/api/cohorts/${w.cohort.id}/students/${alice.id}/transcript.pdf`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers['content-type']).toContain('application/pdf');
      const text = await pdfText(pdf.rawPayload);
      expect(text).toContain('Relevé de notes');
      expect(text).toContain('Alice Borel');
      expect(text).not.toContain('Examen final M3');
      expect(text).not.toContain('5,5');
      // Staff see it in the app; once released, so does the student.
      const staff = (await (await signedIn(w.teacher)).get(url)).json<StudentRow>();
      expect(staff.modules[2].average).toBe(5.5);
      await release(t.db, w.a.m3, w.teacher.id);
      expect((await me.get(url)).json<StudentRow>().modules[2].average).toBe(5.5);
      const after = await pdfText(
        (await me.get(`/api/cohorts/${w.cohort.id}/students/${alice.id}/transcript.pdf`))
          .rawPayload,
      );
      expect(after).toContain('Examen final M3');
    });

    it('writes the transcript in English when asked, numbers in the locale', async () => {
      const w = await swissCohort();
      const alice = await w.student('Alice Borel', {
        m1exam: 4.5,
        m1work: 5,
        m2: 3.5,
        m3: 4.5,
        p: 4.5,
      });
      await release(t.db, w.a.m3, w.teacher.id);
      const b = await signedIn(w.teacher);
      const base = `/api/cohorts/${w.cohort.id}/students/${alice.id}/transcript.pdf`;
      const fr = await pdfText((await b.get(base)).rawPayload);
      expect(fr).toContain('Moyenne générale : 4,5');
      expect(fr).toContain('Présence : 100 %');
      const response = await b.get(`${base}?lang=en`);
      expect(response.headers['content-disposition']).toContain('attachment');
      const en = await pdfText(response.rawPayload);
      expect(en).toContain('Transcript of records');
      expect(en).toContain('Overall average: 4.5');
      expect(en).toContain('Modules passed, 1 by compensation');
    });

    it('answers 404 to another student and to an instructor of another cohort, 403 to a student on the cohort table', async () => {
      const w = await swissCohort();
      const alice = await w.student('Alice Borel', { m1exam: 5 });
      const other = await w.student('Other One', { m1exam: 5 });
      const outsider = await buildInstructor(t.db);
      const url = `/api/cohorts/${w.cohort.id}/progress/students/${alice.id}`;
      const pdf = `/api/cohorts/${w.cohort.id}/students/${alice.id}/transcript.pdf`;
      const mate = await signedIn(other);
      expect((await mate.get(url)).statusCode).toBe(404);
      expect((await mate.get(`${url}/details`)).statusCode).toBe(404);
      expect((await mate.get(pdf)).statusCode).toBe(404);
      expect((await mate.get(`/api/cohorts/${w.cohort.id}/progress`)).statusCode).toBe(403);
      const stranger = await signedIn(outsider);
      expect((await stranger.get(url)).statusCode).toBe(404);
      expect((await stranger.get(pdf)).statusCode).toBe(404);
      expect((await stranger.get(`/api/cohorts/${w.cohort.id}/progress`)).statusCode).toBe(404);
    });
  });

  describe('cost', () => {
    async function cohortOf(size: number): Promise<{ cohortId: string; teacher: BuiltUser }> {
      const w = await swissCohort();
      for (let i = 0; i < size; i++)
        await w.student(`Student ${i}`, { m1exam: 4, m1work: 5, m2: 4.5, m3: 4, p: 5 }, [
          'present',
          null,
          'absent',
          'excused',
          'present',
        ]);
      return { cohortId: w.cohort.id, teacher: w.teacher };
    }

    it('computes a cohort in the same number of statements for 3 and for 30 students', async () => {
      const counts: number[] = [];
      for (const size of [3, 30]) {
        const { cohortId, teacher } = await cohortOf(size);
        const b = await signedIn(teacher);
        t.queries.reset();
        const response = await b.get(`/api/cohorts/${cohortId}/progress`);
        expect(response.statusCode).toBe(200);
        expect(response.json<{ students: unknown[] }>().students).toHaveLength(size);
        counts.push(t.queries.count);
      }
      expect(counts[1]).toBe(counts[0]);
      expect(counts[0]).toBeLessThanOrEqual(8);
    });
  });
});
