import { buildModule } from '../../testing/programme-factories';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

describe('access policy: programmes', () => {
  let t: TestApp;
  let w: AccessWorld;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
  });
  afterAll(() => t.close());

  /** Through one of its cohorts: who may read cohort A may read its programme. */
  const READ = {
    admin: 200,
    instructor: 200,
    otherInstructor: 404,
    student: 200,
    classmate: 200,
    otherCohortStudent: 404,
    withdrawn: 404,
    graduated: 200,
    anonymous: 401,
  };

  it('shows a programme to whoever may read one of its cohorts, and hides it from the rest', async () => {
    expect(
      await statusMatrix(w.browsers, READ, (b) => b.get(`/api/programmes/${w.programmeId}`)),
    ).toEqual(READ);
  });

  it('shows the programme’s modules to the same people', async () => {
    await buildModule(t.db, w.programmeId);
    expect(
      await statusMatrix(w.browsers, READ, (b) =>
        b.get(`/api/programmes/${w.programmeId}/modules`),
      ),
    ).toEqual(READ);
  });

  it('shows the programme’s diploma rules, periods and groups to the same people', async () => {
    for (const what of ['rules', 'periods', 'groups']) {
      expect(
        await statusMatrix(w.browsers, READ, (b) =>
          b.get(`/api/programmes/${w.programmeId}/${what}`),
        ),
      ).toEqual(READ);
    }
  });

  it('lets only an admin change the rules or apply a preset (403 to every other role)', async () => {
    const WRITE = {
      admin: 200,
      instructor: 403,
      otherInstructor: 403,
      student: 403,
      classmate: 403,
      otherCohortStudent: 403,
      withdrawn: 403,
      graduated: 403,
      anonymous: 401,
    };
    const [{ grading_scale }] = await t.db.query(
      'SELECT grading_scale FROM programmes WHERE id = $1',
      [w.programmeId],
    );
    const preset = grading_scale === 'CH_6' ? 'ch_diploma' : 'fr_licence_pro';
    expect(
      await statusMatrix(w.browsers, WRITE, (b) =>
        b.post(`/api/programmes/${w.programmeId}/presets/${preset}`),
      ),
    ).toEqual(WRITE);
    expect(
      await statusMatrix(w.browsers, WRITE, (b) =>
        b.request('PUT', `/api/programmes/${w.programmeId}/rules`, {
          rules: [{ kind: 'attendance', threshold: 80, excusedCountAsAbsent: false }],
        }),
      ),
    ).toEqual(WRITE);
  });

  it('lists the programme for exactly those who may read it', async () => {
    const listed: Record<string, boolean> = {};
    for (const actor of Object.keys(READ) as (keyof typeof READ)[]) {
      if (actor === 'anonymous') continue;
      const page = (await w.browsers[actor].get(`/api/programmes?q=${w.programmeCode}`)).json();
      listed[actor] = page.items.some((p: { id: string }) => p.id === w.programmeId);
    }
    expect(listed).toEqual({
      admin: true,
      instructor: true,
      otherInstructor: false,
      student: true,
      classmate: true,
      otherCohortStudent: false,
      withdrawn: false,
      graduated: true,
    });
  });
});
