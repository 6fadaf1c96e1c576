import { buildAdmin, buildInstructor, buildStudent, buildUser } from '../testing/factories';
import {
  buildCohort,
  buildEnrolment,
  buildModule,
  buildProgramme,
} from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('cohorts: my programme', () => {
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
