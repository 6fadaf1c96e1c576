import { buildInstructor } from '../testing/factories';
import { daysFromToday } from '../testing/dates';
import {
  buildCohort,
  buildEnrolment,
  buildPartner,
  buildProgramme,
} from '../testing/programme-factories';
import {
  buildContact,
  buildProject,
  buildProjectWorld,
  proposalBody,
  type ProjectWorld,
} from '../testing/project-factories';
import { buildStudent } from '../testing/factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

const DAY = 86_400_000;

describe('milestones: states that agree with the project', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function as(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  /** A cohort that began months before it was entered in Clique (created mid-year). */
  async function midYearWorld(): Promise<ProjectWorld> {
    const tutor = await buildInstructor(t.db);
    const programme = await buildProgramme(t.db);
    const cohort = await buildCohort(t.db, {
      programmeId: programme.id,
      startsOn: daysFromToday(-120),
      endsOn: daysFromToday(200),
      instructorIds: [tutor.id],
    });
    const student = await buildStudent(t.db);
    await buildEnrolment(t.db, cohort.id, student.id);
    const partner = await buildPartner(t.db);
    const mentor = await buildContact(t.db, partner.id);
    return {
      cohortId: cohort.id,
      tutor,
      students: [student],
      partnerId: partner.id,
      mentorId: mentor.id,
    };
  }

  it('shows the proposal of a project under way as done, not late, and a missed report as overdue', async () => {
    const world = await buildProjectWorld(t.db, { students: 1 });
    const project = await buildProject(t.db, world, {
      state: 'in_progress',
      milestones: [
        { kind: 'proposal', dueAt: new Date(Date.now() - 48 * DAY) },
        { kind: 'intermediate_report', dueAt: new Date(Date.now() - 2 * DAY) },
      ],
    });
    const body = (await (await as(world.students[0])).get(`/api/projects/${project.id}`)).json();
    expect(
      body.milestones.map((m: { kind: string; status: string }) => [m.kind, m.status]),
    ).toEqual([
      ['proposal', 'done'],
      ['intermediate_report', 'overdue'],
    ]);
  });

  it('counts the proposal of a sent-back project as done: its state says what to rework', async () => {
    const world = await buildProjectWorld(t.db, { students: 1 });
    const project = await buildProject(t.db, world, {
      state: 'sent_back',
      milestones: [{ kind: 'proposal', dueAt: new Date(Date.now() - 48 * DAY) }],
    });
    const body = (await (await as(world.students[0])).get(`/api/projects/${project.id}`)).json();
    expect(body.state).toBe('sent_back');
    expect(body.milestones[0].status).toBe('done');
  });

  it('gives a project of a cohort created mid-year milestones counted from that day, none born late', async () => {
    const world = await midYearWorld();
    const created = await (await as(world.students[0])).post('/api/projects', proposalBody(world));
    expect(created.statusCode).toBe(201);
    const milestones = created.json().milestones as {
      kind: string;
      dueAt: string;
      status: string;
    }[];
    expect(milestones.filter((m) => m.status === 'overdue')).toEqual([]);
    expect(milestones.every((m) => m.dueAt > new Date().toISOString())).toBe(true);
    expect(milestones[0]).toMatchObject({ kind: 'proposal', status: 'done' });
  });

  it('lets the cohort’s tutor adjust its milestone template, and no other instructor', async () => {
    const world = await midYearWorld();
    const items = [{ kind: 'proposal', title: 'Note de cadrage', dueOn: daysFromToday(30) }];
    const tutor = await as(world.tutor);
    const put = await tutor.request('PUT', `/api/cohorts/${world.cohortId}/milestone-template`, {
      items,
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ isDefault: false, items: [{ title: 'Note de cadrage' }] });
    const stranger = await as(await buildInstructor(t.db));
    const refused = await stranger.request(
      'PUT',
      `/api/cohorts/${world.cohortId}/milestone-template`,
      { items },
    );
    expect(refused.statusCode).toBe(404);
    const student = await as(world.students[0]);
    expect(
      (await student.request('PUT', `/api/cohorts/${world.cohortId}/milestone-template`, { items }))
        .statusCode,
    ).toBe(403);
  });
});
