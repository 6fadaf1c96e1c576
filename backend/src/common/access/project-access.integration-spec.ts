import { buildUser } from '../../testing/factories';
import { buildPartner } from '../../testing/programme-factories';
import { buildContact, buildProject } from '../../testing/project-factories';
import { type Browser, startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, signedIn, statusMatrix } from './testing/access-world';

describe('access policy: projects', () => {
  let t: TestApp;
  let w: AccessWorld;
  let tutor: Browser;
  let projectId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
    const tutorUser = await buildUser(t.db, { role: 'instructor' });
    tutor = await signedIn(t, tutorUser);
    const partner = await buildPartner(t.db);
    const mentor = await buildContact(t.db, partner.id);
    const project = await buildProject(
      t.db,
      {
        cohortId: w.cohortId,
        tutor: tutorUser,
        students: [w.users.student],
        partnerId: partner.id,
        mentorId: mentor.id,
      },
      { memberIds: [w.users.student.id, w.users.withdrawn.id, w.users.graduated.id] },
    );
    projectId = project.id;
  });
  afterAll(() => t.close());

  /**
   * The project's team is `student`, `withdrawn` and `graduated`; its tutor does not teach
   * the cohort; `instructor` teaches it without tutoring.
   */
  const READ = {
    admin: 200,
    instructor: 200,
    tutor: 200,
    otherInstructor: 404,
    student: 200,
    classmate: 404,
    otherCohortStudent: 404,
    withdrawn: 404,
    graduated: 200,
    anonymous: 401,
  };

  const everyone = () => ({ ...w.browsers, tutor });

  it('shows a project to admins, its tutor, the cohort’s instructors and its team while they belong to the cohort', async () => {
    expect(
      await statusMatrix(everyone(), READ, (b) => b.get(`/api/projects/${projectId}`)),
    ).toEqual(READ);
  });

  it('applies the same rule to the project’s history and sheet', async () => {
    expect(
      await statusMatrix(everyone(), READ, (b) => b.get(`/api/projects/${projectId}/events`)),
    ).toEqual(READ);
    expect(
      await statusMatrix(everyone(), READ, (b) => b.get(`/api/projects/${projectId}/summary`)),
    ).toEqual(READ);
  });

  it('lists the project for exactly those who may read it', async () => {
    const listed: Record<string, boolean> = {};
    for (const [actor, browser] of Object.entries(everyone())) {
      if (actor === 'anonymous') continue;
      const page = (await browser.get(`/api/projects?cohortId=${w.cohortId}`)).json();
      listed[actor] = page.items.some((p: { id: string }) => p.id === projectId);
    }
    expect(listed).toEqual({
      admin: true,
      instructor: true,
      tutor: true,
      otherInstructor: false,
      student: true,
      classmate: false,
      otherCohortStudent: false,
      withdrawn: false,
      graduated: true,
    });
  });

  it('gives staff rights to admins and the tutor, team rights to active members only', async () => {
    const rights: Record<string, { canGrade: boolean; canUpload: boolean }> = {};
    for (const [actor, browser] of Object.entries(everyone())) {
      const response = await browser.get(`/api/projects/${projectId}`);
      if (response.statusCode !== 200) continue;
      const { canGrade, canUpload } = response.json().permissions;
      rights[actor] = { canGrade, canUpload };
    }
    expect(rights).toEqual({
      admin: { canGrade: true, canUpload: false },
      tutor: { canGrade: true, canUpload: false },
      instructor: { canGrade: false, canUpload: false },
      student: { canGrade: false, canUpload: true },
      graduated: { canGrade: false, canUpload: false },
    });
  });
});
