import { randomUUID } from 'node:crypto';
import { buildAdmin, buildInstructor, buildStudent, buildUser } from '../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildModule,
  buildPartner,
  buildProgramme,
} from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('cohorts', () => {
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
  const ids = (response: { json(): { items: { id: string }[] } }) =>
    response.json().items.map((i) => i.id);

  describe('admin', () => {
    it('creates a cohort with its instructors', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const [sophie, laurent] = [await buildInstructor(t.db), await buildInstructor(t.db)];
      const response = await b.post('/api/cohorts', {
        programmeId: programme.id,
        name: '  MCMS 2026–2027 ',
        startsOn: '2026-09-02',
        endsOn: '2027-06-26',
        instructorIds: [sophie.id, laurent.id],
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        name: 'MCMS 2026–2027',
        programme: { id: programme.id, code: programme.code },
        startsOn: '2026-09-02',
        endsOn: '2027-06-26',
        status: 'planned',
        studentCount: 0,
      });
      expect(
        response
          .json()
          .instructors.map((i: { id: string }) => i.id)
          .sort(),
      ).toEqual([sophie.id, laurent.id].sort());
    });

    it('refuses an end on or before the start (400 on endsOn), and an impossible date', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const body = { programmeId: programme.id, name: `V ${randomUUID()}`, startsOn: '2026-09-02' };
      const same = await b.post('/api/cohorts', { ...body, endsOn: '2026-09-02' });
      expect(same.statusCode).toBe(400);
      expect(same.json().errors).toEqual([
        expect.objectContaining({ field: 'endsOn', code: 'afterStartsOn' }),
      ]);
      const impossible = await b.post('/api/cohorts', { ...body, endsOn: '2027-02-30' });
      expect(impossible.statusCode).toBe(400);
      expect(impossible.json().errors[0]).toMatchObject({ field: 'endsOn' });
      const cohort = await buildCohort(t.db, { startsOn: '2026-09-01', endsOn: '2027-06-30' });
      const moved = await b.patch(`/api/cohorts/${cohort.id}`, { startsOn: '2027-07-01' });
      expect(moved.statusCode).toBe(400);
      expect(moved.json().errors[0]).toMatchObject({ field: 'endsOn' });
    });

    it('refuses a second cohort of the same name in the programme, whatever its case (409)', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db, { name: 'MCMS 2026–2027' });
      const response = await b.post('/api/cohorts', {
        programmeId: cohort.programmeId,
        name: 'mcms 2026–2027',
        startsOn: '2026-09-01',
        endsOn: '2027-06-30',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'cohort.name_taken' });
    });

    it('refuses an unknown field, a student as instructor and an unknown programme (400)', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const body = {
        programmeId: programme.id,
        name: `V ${randomUUID()}`,
        startsOn: '2026-09-01',
        endsOn: '2027-06-30',
      };
      const unknown = await b.post('/api/cohorts', { ...body, capacity: 20 });
      expect(unknown.json().errors).toEqual([
        expect.objectContaining({ field: 'capacity', code: 'whitelistValidation' }),
      ]);
      const student = await buildStudent(t.db);
      const notInstructor = await b.post('/api/cohorts', { ...body, instructorIds: [student.id] });
      expect(notInstructor.statusCode).toBe(400);
      expect(notInstructor.json().errors).toEqual([
        expect.objectContaining({ field: 'instructorIds.0', code: 'isInstructor' }),
      ]);
      const noProgramme = await b.post('/api/cohorts', { ...body, programmeId: randomUUID() });
      expect(noProgramme.json().errors[0]).toMatchObject({ field: 'programmeId' });
    });

    it('edits a cohort, replaces its instructors, and deletes it only while empty', async () => {
      const b = await admin();
      const [a, c] = [await buildInstructor(t.db), await buildInstructor(t.db)];
      const cohort = await buildCohort(t.db, { instructorIds: [a.id] });
      expect(
        (await b.patch(`/api/cohorts/${cohort.id}`, { status: 'closed', name: 'Renommée' })).json(),
      ).toMatchObject({
        status: 'closed',
        name: 'Renommée',
      });
      const replaced = await b.request('PUT', `/api/cohorts/${cohort.id}/instructors`, {
        instructorIds: [c.id],
      });
      expect(replaced.json().instructors).toEqual([{ id: c.id, displayName: c.displayName }]);
      await buildEnrolment(t.db, cohort.id, (await buildStudent(t.db)).id);
      const refused = await b.delete(`/api/cohorts/${cohort.id}`);
      expect(refused.statusCode).toBe(409);
      expect(refused.json()).toMatchObject({ code: 'cohort.in_use' });
      const empty = await buildCohort(t.db);
      expect((await b.delete(`/api/cohorts/${empty.id}`)).statusCode).toBe(204);
      expect((await b.get(`/api/cohorts/${empty.id}`)).statusCode).toBe(404);
    });

    it('lists cohorts in the same number of queries for 1 and 100 cohorts, with filters', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const teacher = await buildInstructor(t.db);
      const first = await buildCohort(t.db, {
        programmeId: programme.id,
        name: 'Volée 000',
        instructorIds: [teacher.id],
      });
      await buildEnrolment(t.db, first.id, (await buildStudent(t.db)).id);
      t.queries.reset();
      const one = await b.get(`/api/cohorts?programmeId=${programme.id}&size=200`);
      const forOne = t.queries.count;
      for (let i = 1; i < 100; i++) {
        const c = await buildCohort(t.db, {
          programmeId: programme.id,
          name: `Volée ${String(i).padStart(3, '0')}`,
          status: i % 2 ? 'planned' : 'running',
          instructorIds: i % 5 ? [] : [teacher.id],
        });
        if (i % 10 === 0) await buildEnrolment(t.db, c.id, (await buildStudent(t.db)).id);
      }
      t.queries.reset();
      const many = await b.get(`/api/cohorts?programmeId=${programme.id}&size=200&sort=name`);
      expect(t.queries.count).toBe(forOne);
      expect(one.json().items[0]).toMatchObject({
        studentCount: 1,
        instructors: [{ id: teacher.id }],
      });
      expect(many.json().total).toBe(100);
      expect(many.json().items[0].name).toBe('Volée 000');
      expect(
        (await b.get(`/api/cohorts?programmeId=${programme.id}&status=planned`)).json().total,
      ).toBe(50);
      expect(
        (
          await b.get(
            `/api/cohorts?programmeId=${programme.id}&q=${encodeURIComponent('Volée 09')}`,
          )
        ).json().total,
      ).toBe(10);
    });
  });

  describe('who sees what', () => {
    it('shows an instructor only the cohorts they teach, read-only, and 404 elsewhere', async () => {
      const teacher = await buildInstructor(t.db);
      const mine = await buildCohort(t.db, { instructorIds: [teacher.id] });
      const other = await buildCohort(t.db);
      const b = await signedIn(teacher);
      expect(ids(await b.get('/api/cohorts?size=200'))).toEqual([mine.id]);
      expect((await b.get(`/api/cohorts/${mine.id}`)).statusCode).toBe(200);
      expect((await b.get(`/api/cohorts/${other.id}`)).statusCode).toBe(404);
      expect((await b.get(`/api/cohorts/${other.id}/enrolments`)).statusCode).toBe(404);
      expect((await b.get(`/api/cohorts/${other.id}/roster.csv`)).statusCode).toBe(404);
      expect((await b.get(`/api/cohorts/${mine.id}/enrolments`)).statusCode).toBe(200);
      expect((await b.patch(`/api/cohorts/${mine.id}`, { name: 'x' })).statusCode).toBe(403);
      const student = await buildStudent(t.db);
      expect(
        (await b.post(`/api/cohorts/${mine.id}/enrolments`, { studentId: student.id })).statusCode,
      ).toBe(403);
      const taught = await b.get('/api/me/cohorts');
      expect(taught.json().map((c: { id: string }) => c.id)).toEqual([mine.id]);
    });

    it('shows a student their own cohort only, never the roster', async () => {
      const student = await buildStudent(t.db);
      const mine = await buildCohort(t.db);
      await buildEnrolment(t.db, mine.id, student.id);
      const other = await buildCohort(t.db);
      const b = await signedIn(student);
      expect(ids(await b.get('/api/cohorts'))).toEqual([mine.id]);
      expect((await b.get(`/api/cohorts/${mine.id}`)).statusCode).toBe(200);
      expect((await b.get(`/api/cohorts/${other.id}`)).statusCode).toBe(404);
      expect((await b.get(`/api/cohorts/${mine.id}/enrolments`)).statusCode).toBe(403);
      expect((await b.get(`/api/cohorts/${mine.id}/roster.csv`)).statusCode).toBe(403);
      expect((await b.get('/api/me/cohorts')).statusCode).toBe(403);
    });

    it('answers 401 to anonymous calls on every cohort route', async () => {
      const cohort = await buildCohort(t.db);
      const anon = new Browser(t.app);
      for (const url of [
        '/api/cohorts',
        `/api/cohorts/${cohort.id}`,
        `/api/cohorts/${cohort.id}/enrolments`,
        `/api/cohorts/${cohort.id}/roster.csv`,
        '/api/me/programme',
        '/api/me/cohorts',
      ]) {
        expect([url, (await anon.get(url)).statusCode]).toEqual([url, 401]);
      }
      expect(
        (await anon.post(`/api/cohorts/${cohort.id}/enrolments/import/preview`, { csv: 'x' }))
          .statusCode,
      ).toBe(401);
    });
  });

  describe('enrolment', () => {
    it('enrols an existing student, with a work-study employer', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const student = await buildStudent(t.db);
      const employer = await buildPartner(t.db);
      const response = await b.post(`/api/cohorts/${cohort.id}/enrolments`, {
        studentId: student.id,
        employerId: employer.id,
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        createdUser: false,
        setPasswordUrl: null,
        enrolment: {
          status: 'active',
          student: { id: student.id, email: student.email },
          employer: { id: employer.id },
        },
      });
    });

    it('enrols a new student by e-mail: creates the account without password and returns its link', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const email = `new-${randomUUID().slice(0, 8)}@test.clique`;
      const response = await b.post(`/api/cohorts/${cohort.id}/enrolments`, {
        email,
        givenName: 'Élodie',
        familyName: 'Chappuis',
        preferredLanguage: 'en',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        createdUser: true,
        enrolment: {
          student: {
            email,
            displayName: 'Élodie Chappuis',
            preferredLanguage: 'en',
            hasPassword: false,
          },
        },
      });
      expect(response.json().setPasswordUrl).toMatch(/\/set-password\?token=/);
      const noNames = await b.post(`/api/cohorts/${cohort.id}/enrolments`, {
        email: `other-${email}`,
      });
      expect(noNames.statusCode).toBe(400);
      expect(noNames.json().errors.map((e: { field: string }) => e.field)).toEqual([
        'givenName',
        'familyName',
      ]);
    });

    it('enrols an existing student found by e-mail in another case, and refuses a non-student', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const student = await buildStudent(t.db);
      const found = await b.post(`/api/cohorts/${cohort.id}/enrolments`, {
        email: student.email.toUpperCase(),
      });
      expect(found.json()).toMatchObject({
        createdUser: false,
        enrolment: { student: { id: student.id } },
      });
      const teacher = await buildInstructor(t.db);
      expect(
        (await b.post(`/api/cohorts/${cohort.id}/enrolments`, { email: teacher.email })).json(),
      ).toMatchObject({ code: 'user.not_student' });
      expect(
        (await b.post(`/api/cohorts/${cohort.id}/enrolments`, { studentId: teacher.id }))
          .statusCode,
      ).toBe(400);
    });

    it('refuses a second enrolment of the same student (409), and enrolment in a closed cohort', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const student = await buildStudent(t.db);
      await buildEnrolment(t.db, cohort.id, student.id);
      const again = await b.post(`/api/cohorts/${cohort.id}/enrolments`, { studentId: student.id });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'enrolment.exists' });
      const closed = await buildCohort(t.db, { status: 'closed' });
      expect(
        (await b.post(`/api/cohorts/${closed.id}/enrolments`, { studentId: student.id })).json(),
      ).toMatchObject({ code: 'cohort.closed' });
    });

    it('keeps exactly one enrolment when the same student is enrolled concurrently', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const student = await buildStudent(t.db);
      const responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          b.post(`/api/cohorts/${cohort.id}/enrolments`, { studentId: student.id }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      const [{ count }] = await t.db.query(
        'SELECT count(*)::int AS count FROM enrolments WHERE cohort_id = $1',
        [cohort.id],
      );
      expect(count).toBe(1);
    });

    it('creates one account and one enrolment when the same new e-mail is enrolled concurrently', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const email = `race-${randomUUID().slice(0, 8)}@test.clique`;
      const responses = await Promise.all(
        Array.from({ length: 4 }, () =>
          b.post(`/api/cohorts/${cohort.id}/enrolments`, {
            email,
            givenName: 'Théo',
            familyName: 'Girard',
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
      const [{ count }] = await t.db.query(
        'SELECT count(*)::int AS count FROM users WHERE lower(email) = $1',
        [email],
      );
      expect(count).toBe(1);
    });

    it('withdraws a student with a date and reason, kept in the roster', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const enrolment = await buildEnrolment(t.db, cohort.id, (await buildStudent(t.db)).id);
      const response = await b.post(`/api/enrolments/${enrolment.id}/withdraw`, {
        reason: 'Reprise d’un emploi',
        withdrawnAt: '2027-01-15T09:00:00Z',
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        status: 'withdrawn',
        withdrawnAt: '2027-01-15T09:00:00.000Z',
        withdrawalReason: 'Reprise d’un emploi',
      });
      expect(
        (await b.post(`/api/enrolments/${enrolment.id}/withdraw`, { reason: 'encore' })).statusCode,
      ).toBe(409);
      expect(
        (await b.post(`/api/enrolments/${enrolment.id}/withdraw`, {})).json().errors[0],
      ).toMatchObject({ field: 'reason' });
      const roster = (await b.get(`/api/cohorts/${cohort.id}/enrolments?status=withdrawn`)).json();
      expect(roster.items).toEqual([
        expect.objectContaining({ id: enrolment.id, status: 'withdrawn' }),
      ]);
      expect((await b.get(`/api/cohorts/${cohort.id}`)).json().studentCount).toBe(0);
    });

    it('changes and clears the work-study employer', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const enrolment = await buildEnrolment(t.db, cohort.id, (await buildStudent(t.db)).id);
      const employer = await buildPartner(t.db);
      expect(
        (await b.patch(`/api/enrolments/${enrolment.id}`, { employerId: employer.id })).json()
          .employer,
      ).toEqual({ id: employer.id, name: employer.name });
      expect(
        (await b.patch(`/api/enrolments/${enrolment.id}`, { employerId: null })).json().employer,
      ).toBeNull();
      expect(
        (await b.patch(`/api/enrolments/${enrolment.id}`, { employerId: randomUUID() })).statusCode,
      ).toBe(400);
      expect(
        (await b.patch(`/api/enrolments/${randomUUID()}`, { employerId: null })).statusCode,
      ).toBe(404);
    });

    it('lists the roster in the same number of queries for 1 and 100 students, searchable', async () => {
      const b = await admin();
      const cohort = await buildCohort(t.db);
      const employer = await buildPartner(t.db);
      await buildEnrolment(
        t.db,
        cohort.id,
        (await buildUser(t.db, { displayName: 'Aaron Premier' })).id,
        { employerId: employer.id },
      );
      t.queries.reset();
      const one = await b.get(`/api/cohorts/${cohort.id}/enrolments?size=200`);
      const forOne = t.queries.count;
      for (let i = 1; i < 100; i++) {
        const s = await buildUser(t.db, { displayName: `Étudiant ${String(i).padStart(3, '0')}` });
        await buildEnrolment(t.db, cohort.id, s.id, { employerId: i % 7 ? null : employer.id });
      }
      t.queries.reset();
      const many = await b.get(`/api/cohorts/${cohort.id}/enrolments?size=200&sort=-displayName`);
      expect(t.queries.count).toBe(forOne);
      expect(one.json().items[0]).toMatchObject({
        student: { displayName: 'Aaron Premier' },
        employer: { id: employer.id },
      });
      expect(many.json().total).toBe(100);
      expect(many.json().items[0].student.displayName).toBe('Étudiant 099');
      expect(
        (
          await b.get(`/api/cohorts/${cohort.id}/enrolments?q=${encodeURIComponent('Étudiant 05')}`)
        ).json().total,
      ).toBe(10);
    });
  });

  describe('roster export', () => {
    it('exports the roster as CSV with a BOM, `;`, accents and the withdrawn kept', async () => {
      const teacher = await buildInstructor(t.db);
      const cohort = await buildCohort(t.db, {
        name: 'MCMS 2026–2027',
        instructorIds: [teacher.id],
      });
      const employer = await buildPartner(t.db, { name: 'Théâtre de Vidy' });
      await buildEnrolment(
        t.db,
        cohort.id,
        (await buildUser(t.db, { displayName: 'Léa Müller' })).id,
        { employerId: employer.id },
      );
      await buildEnrolment(
        t.db,
        cohort.id,
        (await buildUser(t.db, { displayName: 'Zoé Retirée' })).id,
        { status: 'withdrawn' },
      );
      const b = await signedIn(teacher);
      const response = await b.get(`/api/cohorts/${cohort.id}/roster.csv`);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe(
        'attachment; filename="roster-mcms-2026-2027.csv"',
      );
      const text = response.rawPayload.toString('utf8');
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trim().split('\r\n');
      expect(lines[0]).toBe(
        'E-mail;Nom complet;Langue;Statut;Employeur;Inscrit le;Retiré le;Motif du retrait',
      );
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(';Léa Müller;fr;actif;Théâtre de Vidy;');
      expect(lines[2]).toContain(';Zoé Retirée;fr;retiré;');
      const english = await b.get(`/api/cohorts/${cohort.id}/roster.csv?lang=en`);
      expect(english.rawPayload.toString('utf8')).toContain('Email;Full name;Language;Status');
    });
  });

  describe('my programme', () => {
    it('shows a student their programme, cohort, modules with outcomes, instructors and classmates by name only', async () => {
      const programme = await buildProgramme(t.db, { title: 'Management de communautés' });
      await buildModule(t.db, programme.id, {
        code: 'I',
        learningOutcomes: ['Situer les médias sociaux'],
      });
      await buildModule(t.db, programme.id, { code: 'II' });
      await buildModule(t.db, programme.id, { code: 'old', archivedAt: new Date() });
      const teacher = await buildInstructor(t.db);
      const cohort = await buildCohort(t.db, {
        programmeId: programme.id,
        instructorIds: [teacher.id],
      });
      const me = await buildStudent(t.db);
      const mate = await buildUser(t.db, { displayName: 'Camille Rochat' });
      const gone = await buildStudent(t.db);
      await buildEnrolment(t.db, cohort.id, me.id);
      await buildEnrolment(t.db, cohort.id, mate.id);
      await buildEnrolment(t.db, cohort.id, gone.id, { status: 'withdrawn' });
      const b = await signedIn(me);
      const response = await b.get('/api/me/programme');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({
        programme: {
          id: programme.id,
          title: 'Management de communautés',
          gradingScale: 'CH_6',
          passGrade: 4,
        },
        cohort: { id: cohort.id, name: cohort.name, status: 'running' },
        enrolment: { status: 'active', employer: null },
        instructors: [{ id: teacher.id, displayName: teacher.displayName }],
        classmates: [{ id: mate.id, displayName: 'Camille Rochat' }],
      });
      expect(body.modules.map((m: { code: string }) => m.code)).toEqual(['I', 'II']);
      expect(body.modules[0].learningOutcomes).toEqual(['Situer les médias sociaux']);
      expect(JSON.stringify(body.classmates)).not.toContain('@');
    });

    it('answers 404 to a student enrolled nowhere, and 403 to other roles', async () => {
      expect(
        (await (await signedIn(await buildStudent(t.db))).get('/api/me/programme')).statusCode,
      ).toBe(404);
      expect(
        (await (await signedIn(await buildInstructor(t.db))).get('/api/me/programme')).statusCode,
      ).toBe(403);
      expect((await (await admin()).get('/api/me/programme')).statusCode).toBe(403);
    });
  });
});
