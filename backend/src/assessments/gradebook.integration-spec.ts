import { buildAdmin, type BuiltUser, buildUser } from '../testing/factories';
import { buildEnrolment, buildModule, buildProgramme } from '../testing/programme-factories';
import {
  buildAssessment,
  buildGrade,
  buildGradingWorld,
  type GradingWorld,
} from '../testing/assessment-factories';
import { buildProject, buildProjectWorld } from '../testing/project-factories';
import { buildSession } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('assessments: the gradebook API', () => {
  let t: TestApp;
  let admin: BuiltUser;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await buildAdmin(t.db);
  });
  afterAll(() => t.close());

  async function as(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }
  const put = (b: Browser, assessmentId: string, studentId: string, body: object) =>
    b.request('PUT', `/api/assessments/${assessmentId}/grades/${studentId}`, body);

  describe('assessments', () => {
    it('defines an assessment in a module of the cohort’s programme only, and lists them by module', async () => {
      const w = await buildGradingWorld(t.db);
      const teacher = await as(w.instructor);
      const elsewhere = await buildModule(t.db, (await buildProgramme(t.db)).id);
      const wrong = await teacher.post(`/api/cohorts/${w.cohort.id}/assessments`, {
        moduleId: elsewhere.id,
        title: 'Examen',
        kind: 'exam',
      });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().code).toBe('assessment.module_invalid');
      const notProject = await teacher.post(`/api/cohorts/${w.cohort.id}/assessments`, {
        moduleId: w.module.id,
        title: 'Examen',
        kind: 'exam',
        fromProjectGrades: true,
      });
      expect(notProject.json().code).toBe('assessment.kind_mismatch');

      const second = await buildModule(t.db, w.programme.id);
      const created = await teacher.post(`/api/cohorts/${w.cohort.id}/assessments`, {
        moduleId: second.id,
        title: 'Étude de cas',
        kind: 'assignment',
        coefficient: 2,
        dueOn: '2027-01-15',
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        title: 'Étude de cas',
        coefficient: 2,
        dueOn: '2027-01-15',
        counts: true,
        releasedAt: null,
        gradeCount: 0,
      });
      await teacher.post(`/api/cohorts/${w.cohort.id}/assessments`, {
        moduleId: w.module.id,
        title: 'Examen écrit',
        kind: 'exam',
      });
      const all = (await teacher.get(`/api/cohorts/${w.cohort.id}/assessments`)).json();
      expect(all.total).toBe(2);
      expect(all.items.map((a: { title: string }) => a.title)).toEqual([
        'Examen écrit',
        'Étude de cas',
      ]);
      const filtered = (
        await teacher.get(`/api/cohorts/${w.cohort.id}/assessments?moduleId=${second.id}`)
      ).json();
      expect(filtered.items.map((a: { title: string }) => a.title)).toEqual(['Étude de cas']);

      const patched = await teacher.patch(`/api/assessments/${created.json().id}`, {
        counts: false,
        dueOn: null,
      });
      expect(patched.json()).toMatchObject({ counts: false, dueOn: null });
    });

    it('deletes an assessment without grades and refuses one with grades', async () => {
      const w = await buildGradingWorld(t.db, { students: 1 });
      const graded = await buildAssessment(t.db, w);
      const empty = await buildAssessment(t.db, w, { title: 'Participation' });
      await buildGrade(t.db, graded, w.students[0].id, 5, w.instructor.id);
      const teacher = await as(w.instructor);
      const refused = await teacher.delete(`/api/assessments/${graded.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('assessment.has_grades');
      expect((await teacher.delete(`/api/assessments/${empty.id}`)).statusCode).toBe(204);
      expect((await teacher.get(`/api/assessments/${empty.id}`)).statusCode).toBe(404);
    });
  });

  describe('cells', () => {
    let w: GradingWorld;
    let teacher: Browser;
    beforeAll(async () => {
      w = await buildGradingWorld(t.db, { students: 3 });
      teacher = await as(w.instructor);
    });

    it('sets a cell, changes it on its version, and answers a stale version with the current value and who set it', async () => {
      const a = await buildAssessment(t.db, w);
      const student = w.students[0].id;
      const first = await put(teacher, a.id, student, { score: 4.5, expectedVersion: null });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toMatchObject({
        score: 4.5,
        version: 1,
        attempt: 1,
        gradedBy: { displayName: w.instructor.displayName },
      });
      const second = await put(teacher, a.id, student, {
        score: 5,
        comment: 'Très bon travail',
        expectedVersion: 1,
      });
      expect(second.json()).toMatchObject({ score: 5, version: 2, comment: 'Très bon travail' });

      const colleague = await buildUser(t.db, { role: 'admin' });
      const stale = await put(await as(colleague), a.id, student, {
        score: 3,
        expectedVersion: 1,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({
        code: 'grade.stale',
        current: { score: 5, version: 2, gradedBy: { displayName: w.instructor.displayName } },
      });
      const again = await put(teacher, a.id, student, { score: 3, expectedVersion: null });
      expect(again.statusCode).toBe(409);
      expect(again.json().current.score).toBe(5);
    });

    it('lets exactly one of two simultaneous changes of the same version through', async () => {
      const a = await buildAssessment(t.db, w);
      const student = w.students[1].id;
      const inserts = await Promise.all([
        put(teacher, a.id, student, { score: 4, expectedVersion: null }),
        put(teacher, a.id, student, { score: 5, expectedVersion: null }),
      ]);
      expect(inserts.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const updates = await Promise.all([
        put(teacher, a.id, student, { score: 3.5, expectedVersion: 1 }),
        put(teacher, a.id, student, { score: 6, expectedVersion: 1 }),
      ]);
      expect(updates.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const winner = updates.find((r) => r.statusCode === 200)!.json();
      const loser = updates.find((r) => r.statusCode === 409)!.json();
      expect(loser.current).toMatchObject({ score: winner.score, version: 2 });
    });

    it('refuses a grade off the scale or its step with a 400 naming score', async () => {
      const a = await buildAssessment(t.db, w);
      for (const score of [4.25, 6.5, 0.5]) {
        const response = await put(teacher, a.id, w.students[0].id, {
          score,
          expectedVersion: null,
        });
        expect(response.statusCode).toBe(400);
        expect(response.json()).toMatchObject({
          code: 'grade.off_scale',
          errors: [expect.objectContaining({ field: 'score' })],
        });
      }
    });

    it('clears a cell on its version; the audit log keeps every step with the reason', async () => {
      const a = await buildAssessment(t.db, w, { title: 'Audité' });
      const student = w.students[2].id;
      await put(teacher, a.id, student, { score: 4, expectedVersion: null });
      await put(teacher, a.id, student, {
        score: 4.5,
        expectedVersion: 1,
        reason: 'Erreur de saisie',
      });
      const stale = await teacher.delete(
        `/api/assessments/${a.id}/grades/${student}?expectedVersion=1`,
      );
      expect(stale.statusCode).toBe(409);
      expect(
        (await teacher.delete(`/api/assessments/${a.id}/grades/${student}?expectedVersion=2`))
          .statusCode,
      ).toBe(204);
      const book = (await teacher.get(`/api/cohorts/${w.cohort.id}/gradebook`)).json();
      expect(book.cells.filter((c: { assessmentId: string }) => c.assessmentId === a.id)).toEqual(
        [],
      );

      expect(
        (await teacher.get(`/api/cohorts/${w.cohort.id}/students/${student}/grade-audit`))
          .statusCode,
      ).toBe(403);
      const log = (
        await (await as(admin)).get(`/api/cohorts/${w.cohort.id}/students/${student}/grade-audit`)
      ).json();
      const mine = log.items.filter((e: { assessmentId: string }) => e.assessmentId === a.id);
      expect(mine).toEqual([
        expect.objectContaining({ operation: 'delete', oldScore: 4.5, newScore: null }),
        expect.objectContaining({
          operation: 'update',
          oldScore: 4,
          newScore: 4.5,
          reason: 'Erreur de saisie',
          changedBy: { id: w.instructor.id, displayName: w.instructor.displayName },
        }),
        expect.objectContaining({ operation: 'insert', oldScore: null, newScore: 4 }),
      ]);
    });

    it('keeps a resit beside the first attempt; the better one counts by default', async () => {
      const a = await buildAssessment(t.db, w, { title: 'Rattrapage', released: true });
      const student = w.students[0];
      await put(teacher, a.id, student.id, { score: 3, expectedVersion: null });
      const resit = await put(teacher, a.id, student.id, {
        score: 4.5,
        attempt: 2,
        expectedVersion: null,
      });
      expect(resit.json()).toMatchObject({ attempt: 2, version: 1 });
      const mine = (
        await (await as(student)).get(`/api/cohorts/${w.cohort.id}/students/${student.id}/grades`)
      ).json();
      expect(
        mine.items.find((i: { assessmentId: string }) => i.assessmentId === a.id),
      ).toMatchObject({ firstScore: 3, resitScore: 4.5, score: 4.5 });
    });
  });

  describe('release', () => {
    it('shows a student their grades of released assessments only, until unreleased', async () => {
      const w = await buildGradingWorld(t.db, { students: 1 });
      const student = w.students[0];
      const a = await buildAssessment(t.db, w, { title: 'Publié' });
      const hidden = await buildAssessment(t.db, w, { title: 'Pas encore' });
      await buildGrade(t.db, a, student.id, 5.5, w.instructor.id);
      await buildGrade(t.db, hidden, student.id, 2, w.instructor.id);
      const teacher = await as(w.instructor);
      const me = await as(student);
      const url = `/api/cohorts/${w.cohort.id}/students/${student.id}/grades`;
      expect((await me.get(url)).json().items).toEqual([]);
      const released = await teacher.post(`/api/assessments/${a.id}/release`);
      expect(released.json()).toMatchObject({
        releasedBy: { id: w.instructor.id },
        releasedAt: expect.any(String),
      });
      expect((await me.get(url)).json().items).toEqual([
        expect.objectContaining({ title: 'Publié', score: 5.5 }),
      ]);
      expect((await teacher.get(url)).json().items).toHaveLength(2);
      await teacher.post(`/api/assessments/${a.id}/unrelease`);
      expect((await me.get(url)).json().items).toEqual([]);
    });
  });

  describe('gradebook', () => {
    it('reads the whole gradebook in the same number of queries for 1 and for 12 students', async () => {
      const count = async (students: number, assessments: number) => {
        const w = await buildGradingWorld(t.db, { students });
        for (let i = 0; i < assessments; i++) {
          const a = await buildAssessment(t.db, w, { title: `Évaluation ${i}` });
          for (const s of w.students) await buildGrade(t.db, a, s.id, 4, w.instructor.id);
        }
        const teacher = await as(w.instructor);
        t.queries.reset();
        const book = await teacher.get(`/api/cohorts/${w.cohort.id}/gradebook`);
        expect(book.statusCode).toBe(200);
        expect(book.json().cells).toHaveLength(students * assessments);
        return t.queries.count;
      };
      const small = await count(1, 1);
      const large = await count(12, 4);
      expect(large).toBe(small);
    });

    it('shows an assessment from the project’s grades, weighted by the programme, and refuses to enter one', async () => {
      const pw = await buildProjectWorld(t.db, { students: 2 });
      const [programme] = await t.db.query<{ id: string }[]>(
        'SELECT programme_id AS id FROM cohorts WHERE id = $1',
        [pw.cohortId],
      );
      await t.db.query(
        `UPDATE programmes SET project_weight_tutor = 50, project_weight_mentor = 0, project_weight_jury = 50 WHERE id = $1`,
        [programme.id],
      );
      const project = await buildProject(t.db, pw, { memberIds: [pw.students[0].id] });
      const [module] = await t.db.query<{ id: string }[]>(
        `INSERT INTO course_modules (programme_id, position, code, title, ects, learning_outcomes)
         VALUES ($1, 1, 'PRJ', 'Projet', 5, '{}') RETURNING id`,
        [programme.id],
      );
      const teacher = await as(pw.tutor);
      const a = (
        await teacher.post(`/api/cohorts/${pw.cohortId}/assessments`, {
          moduleId: module.id,
          title: 'Projet d’étude',
          kind: 'project',
          fromProjectGrades: true,
        })
      ).json();
      const gradeOf = async (source: string, grade: number) =>
        t.db.query(
          `INSERT INTO project_grades (project_id, source, scale, grade, graded_by_id) VALUES ($1, $2, 'CH_6', $3, $4)`,
          [project.id, source, grade, pw.tutor.id],
        );
      await gradeOf('tutor', 5);
      let book = (await teacher.get(`/api/cohorts/${pw.cohortId}/gradebook`)).json();
      expect(book.computed).toEqual([]); // the jury's grade is missing
      await gradeOf('jury', 4);
      book = (await teacher.get(`/api/cohorts/${pw.cohortId}/gradebook`)).json();
      expect(book.computed).toEqual([
        { assessmentId: a.id, studentId: pw.students[0].id, score: 4.5 },
      ]);
      const refused = await put(teacher, a.id, pw.students[0].id, {
        score: 5,
        expectedVersion: null,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().code).toBe('assessment.computed');
    });
  });

  describe('CSV', () => {
    it('exports as CSV (comma, decimal point) and for Excel (semicolon, BOM, decimal comma in French)', async () => {
      const w = await buildGradingWorld(t.db, { students: 1 });
      const a = await buildAssessment(t.db, w, { title: 'Examen final' });
      await buildGrade(t.db, a, w.students[0].id, 4.5, w.instructor.id);
      const teacher = await as(w.instructor);
      const csv = await teacher.get(`/api/cohorts/${w.cohort.id}/gradebook.csv?lang=en`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.startsWith('\uFEFF')).toBe(false);
      expect(csv.body).toContain(`Name,Email,${w.module.code} – Examen final`);
      expect(csv.body).toContain(`${w.students[0].email},4.5`);
      const excel = await teacher.get(
        `/api/cohorts/${w.cohort.id}/gradebook.csv?format=excel&lang=fr`,
      );
      expect(excel.body.startsWith('\uFEFF')).toBe(true);
      expect(excel.body).toContain(`Nom;E-mail;${w.module.code} – Examen final`);
      expect(excel.body).toContain(`${w.students[0].email};4,5`);
    });

    it('previews an import with its errors, imports nothing while one row is wrong, then all of it', async () => {
      const w = await buildGradingWorld(t.db, { students: 2 });
      const a = await buildAssessment(t.db, w, { title: 'Oral' });
      const [s1, s2] = w.students;
      await buildGrade(t.db, a, s1.id, 4, w.instructor.id);
      const teacher = await as(w.instructor);
      const header = `E-mail;${w.module.code} – Oral;Oral (rattrapage)`;
      const bad = `${header}\r\n${s1.email};4,5;\r\n${s2.email};7;\r\nnobody@example.ch;5;\r\n`;
      const preview = (
        await teacher.post(`/api/cohorts/${w.cohort.id}/gradebook/import/preview`, { csv: bad })
      ).json();
      expect(preview).toMatchObject({ separator: ';', changeCount: 1, errorCount: 2 });
      expect(preview.rows[0].changes).toEqual([
        { assessmentId: a.id, attempt: 1, previous: 4, score: 4.5 },
      ]);
      expect(preview.rows[1].errors).toEqual([expect.objectContaining({ code: 'offScale' })]);
      expect(preview.rows[2].errors).toEqual([expect.objectContaining({ code: 'unknownStudent' })]);
      const refused = await teacher.post(`/api/cohorts/${w.cohort.id}/gradebook/import`, {
        csv: bad,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().code).toBe('grade.import_invalid');
      let book = (await teacher.get(`/api/cohorts/${w.cohort.id}/gradebook`)).json();
      expect(book.cells.map((c: { score: number }) => c.score)).toEqual([4]);

      const good = `${header}\r\n${s1.email};4,5;\r\n${s2.email};3;4\r\n`;
      const done = await teacher.post(`/api/cohorts/${w.cohort.id}/gradebook/import`, {
        csv: good,
      });
      expect(done.json()).toEqual({ changed: 3 });
      book = (await teacher.get(`/api/cohorts/${w.cohort.id}/gradebook`)).json();
      const cells = book.cells
        .map((c: { studentId: string; attempt: number; score: number }) => [
          c.studentId === s1.id ? 's1' : 's2',
          c.attempt,
          c.score,
        ])
        .sort();
      expect(cells).toEqual([
        ['s1', 1, 4.5],
        ['s2', 1, 3],
        ['s2', 2, 4],
      ]);
    });
  });

  it('finds a talk’s synthesis assessment for the synthesis review, and grades through it', async () => {
    const w = await buildGradingWorld(t.db, { students: 1 });
    const startsAt = new Date(Date.now() - 3 * 86_400_000);
    const talk = await buildSession(t.db, {
      cohortId: w.cohort.id,
      kind: 'guest_talk',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
    });
    const teacher = await as(w.instructor);
    const none = (await teacher.get(`/api/sessions/${talk.id}/synthesis-grades`)).json();
    expect(none).toMatchObject({ assessment: null, cells: [], programme: { scale: 'CH_6' } });
    const created = await teacher.post(`/api/cohorts/${w.cohort.id}/assessments`, {
      moduleId: w.module.id,
      title: 'Synthèse',
      kind: 'synthesis',
      sessionId: talk.id,
    });
    expect(created.json()).toMatchObject({ sessionId: talk.id, sessionTitle: talk.title });
    await put(teacher, created.json().id, w.students[0].id, { score: 5, expectedVersion: null });
    const found = (await teacher.get(`/api/sessions/${talk.id}/synthesis-grades`)).json();
    expect(found.assessment.id).toBe(created.json().id);
    expect(found.cells).toEqual([
      expect.objectContaining({ studentId: w.students[0].id, score: 5 }),
    ]);
    const stranger = await as(await buildUser(t.db, { role: 'instructor' }));
    expect((await stranger.get(`/api/sessions/${talk.id}/synthesis-grades`)).statusCode).toBe(404);
  });

  it('grades a withdrawn student still enrolled, but nobody outside the cohort (404)', async () => {
    const w = await buildGradingWorld(t.db, { students: 0 });
    const a = await buildAssessment(t.db, w);
    const withdrawn = await buildUser(t.db, { role: 'student' });
    await buildEnrolment(t.db, w.cohort.id, withdrawn.id, { status: 'withdrawn' });
    const stranger = await buildUser(t.db, { role: 'student' });
    const teacher = await as(w.instructor);
    expect(
      (await put(teacher, a.id, withdrawn.id, { score: 4, expectedVersion: null })).statusCode,
    ).toBe(200);
    const missing = await put(teacher, a.id, stranger.id, { score: 4, expectedVersion: null });
    expect(missing.statusCode).toBe(404);
  });
});
