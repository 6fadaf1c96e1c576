import { randomUUID } from 'node:crypto';
import { buildAdmin, buildUser } from '../testing/factories';
import { buildCohort, buildEnrolment } from '../testing/programme-factories';
import { buildRoom, buildSpeaker } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

/** Every list: sorts published as enums, refused when unknown, French order, stable pages. */
describe('paged lists', () => {
  let t: TestApp;
  let admin: Browser;
  beforeAll(async () => {
    t = await startTestApp();
    const user = await buildAdmin(t.db);
    admin = new Browser(t.app);
    expect((await admin.signIn(user.email, user.password)).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  const tag = () => randomUUID().slice(0, 8);
  const FIRST_NAMES = ['Yann', 'Lucas', 'Élodie', 'Léa', 'Chloé', 'Zoé', 'Émile'];
  const FRENCH_ORDER = ['Chloé', 'Élodie', 'Émile', 'Léa', 'Lucas', 'Yann', 'Zoé'];

  async function items<T>(url: string): Promise<T[]> {
    const response = await admin.get(url);
    expect(response.statusCode).toBe(200);
    return response.json().items as T[];
  }

  it('publishes each list’s sorts as a named enum of field and -field', async () => {
    const doc = (await admin.get('/api/docs-json')).json();
    const schemas = doc.components.schemas as Record<string, { enum?: string[] }>;
    for (const name of [
      'UserSort',
      'SpeakerSort',
      'InvitationSort',
      'RoomSort',
      'PartnerSort',
      'ProgrammeSort',
      'CohortSort',
      'EnrolmentSort',
      'ProjectSort',
    ]) {
      expect(schemas[name]?.enum).toEqual(expect.arrayContaining([expect.any(String)]));
    }
    expect(schemas['UserSort']?.enum).toEqual([
      'displayName',
      '-displayName',
      'email',
      '-email',
      'role',
      '-role',
      'createdAt',
      '-createdAt',
    ]);
    const userList = doc.paths['/api/users'].get.parameters as { name: string; schema: unknown }[];
    expect(userList.find((p) => p.name === 'sort')?.schema).toEqual({
      $ref: '#/components/schemas/UserSort',
    });
    expect(doc.components.schemas.UserPageDto.properties.items).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/UserSummaryDto' },
    });
  });

  it.each(['/api/users', '/api/speakers', '/api/rooms', '/api/invitations', '/api/projects'])(
    'refuses an unknown sort on %s with a 400 naming sort',
    async (url) => {
      const response = await admin.get(`${url}?sort=password`);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toEqual([expect.objectContaining({ field: 'sort' })]);
    },
  );

  it('sorts users by name in French order, both ways', async () => {
    const t8 = tag();
    for (const first of FIRST_NAMES) {
      await buildUser(t.db, {
        displayName: `${first} ${t8}`,
        email: `${t8}-${randomUUID().slice(0, 4)}@test.clique`,
      });
    }
    const names = (await items<{ displayName: string }>(`/api/users?q=${t8}&sort=displayName`)).map(
      (u) => u.displayName.split(' ')[0],
    );
    expect(names).toEqual(FRENCH_ORDER);
    const reversed = await items<{ displayName: string }>(`/api/users?q=${t8}&sort=-displayName`);
    expect(reversed.map((u) => u.displayName.split(' ')[0])).toEqual([...FRENCH_ORDER].reverse());
  });

  it('sorts speakers by name in French order by default', async () => {
    const t8 = tag();
    for (const first of FIRST_NAMES) await buildSpeaker(t.db, { fullName: `${first} ${t8}` });
    const names = (await items<{ fullName: string }>(`/api/speakers?q=${t8}`)).map(
      (s) => s.fullName.split(' ')[0],
    );
    expect(names).toEqual(FRENCH_ORDER);
  });

  it('sorts a roster by student name in French order', async () => {
    const cohort = await buildCohort(t.db);
    for (const first of FIRST_NAMES) {
      const student = await buildUser(t.db, { displayName: `${first} Rochat` });
      await buildEnrolment(t.db, cohort.id, student.id);
    }
    const names = (
      await items<{ student: { displayName: string } }>(
        `/api/cohorts/${cohort.id}/enrolments?sort=displayName`,
      )
    ).map((e) => e.student.displayName.split(' ')[0]);
    expect(names).toEqual(FRENCH_ORDER);
  });

  it('pages through equal sort keys without repeating or skipping a row', async () => {
    const t8 = tag();
    const built = [];
    for (let i = 0; i < 7; i++)
      built.push(await buildRoom(t.db, { name: `Salle ${t8} ${i}`, capacity: 12 }));
    const seen: string[] = [];
    for (const page of [1, 2, 3, 4]) {
      const rows = await items<{ id: string }>(
        `/api/rooms?q=${t8}&sort=-capacity&size=2&page=${page}`,
      );
      seen.push(...rows.map((r) => r.id));
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(built.map((r) => r.id)));
  });

  it('lists speakers and users in the same number of queries for 1 and 20 matches', async () => {
    for (const [url, build] of [
      ['/api/speakers', (t8: string) => buildSpeaker(t.db, { fullName: `Élodie ${t8}` })],
      ['/api/users', (t8: string) => buildUser(t.db, { displayName: `Élodie ${t8}` })],
    ] as const) {
      const t8 = tag();
      await build(t8);
      t.queries.reset();
      expect(await items(`${url}?q=${t8}`)).toHaveLength(1);
      const forOne = t.queries.count;
      for (let i = 0; i < 19; i++) await build(t8);
      t.queries.reset();
      expect(await items(`${url}?q=${t8}&size=50`)).toHaveLength(20);
      expect(t.queries.count).toBe(forOne);
    }
  });
});
