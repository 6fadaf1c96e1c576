import { randomUUID } from 'node:crypto';
import { buildAdmin } from '../testing/factories';
import { buildModule, buildProgramme } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('programmes: modules', () => {
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

  describe('modules', () => {
    it('appends modules in order with their outcomes', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const first = await b.post(`/api/programmes/${programme.id}/modules`, {
        code: 'I',
        title: 'Culture et stratégie des médias sociaux',
        learningOutcomes: ['  Situer les médias sociaux  ', '', 'Définir une stratégie'],
        ects: 5,
        coefficient: 1.5,
      });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        position: 1,
        learningOutcomes: ['Situer les médias sociaux', 'Définir une stratégie'],
        ects: 5,
        coefficient: 1.5,
      });
      const second = await b.post(`/api/programmes/${programme.id}/modules`, {
        code: 'II',
        title: 'Outils et pratiques',
      });
      expect(second.json()).toMatchObject({
        position: 2,
        coefficient: 1,
        ects: 0,
        learningOutcomes: [],
      });
      const modules = (await b.get(`/api/programmes/${programme.id}/modules`)).json();
      expect(modules.map((m: { code: string }) => m.code)).toEqual(['I', 'II']);
    });

    it('refuses a module code already used in the programme, whatever its case (409)', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      await buildModule(t.db, programme.id, { code: 'UE1' });
      const response = await b.post(`/api/programmes/${programme.id}/modules`, {
        code: 'ue1',
        title: 'Doublon',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'module.code_taken' });
      const elsewhere = await buildProgramme(t.db);
      expect(
        (
          await b.post(`/api/programmes/${elsewhere.id}/modules`, {
            code: 'UE1',
            title: 'Ailleurs',
          })
        ).statusCode,
      ).toBe(201);
    });

    it('reorders the modules in one request, swapping positions', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const [m1, m2, m3] = [
        await buildModule(t.db, programme.id, { code: 'A' }),
        await buildModule(t.db, programme.id, { code: 'B' }),
        await buildModule(t.db, programme.id, { code: 'C' }),
      ];
      const response = await b.request('PUT', `/api/programmes/${programme.id}/modules/order`, {
        moduleIds: [m3.id, m1.id, m2.id],
      });
      expect(response.statusCode).toBe(200);
      expect(
        response.json().map((m: { code: string; position: number }) => [m.code, m.position]),
      ).toEqual([
        ['C', 1],
        ['A', 2],
        ['B', 3],
      ]);
    });

    it('refuses an order that leaves out a module or names a foreign one', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const m1 = await buildModule(t.db, programme.id);
      const m2 = await buildModule(t.db, programme.id);
      const foreign = await buildModule(t.db, (await buildProgramme(t.db)).id);
      const url = `/api/programmes/${programme.id}/modules/order`;
      expect((await b.request('PUT', url, { moduleIds: [m2.id] })).json()).toMatchObject({
        code: 'module.order_mismatch',
      });
      expect((await b.request('PUT', url, { moduleIds: [m2.id, foreign.id] })).statusCode).toBe(
        400,
      );
      expect((await b.request('PUT', url, { moduleIds: [m2.id, m2.id] })).statusCode).toBe(400);
      const order = (await b.get(`/api/programmes/${programme.id}/modules`))
        .json()
        .map((m: { id: string }) => m.id);
      expect(order).toEqual([m1.id, m2.id]);
    });

    it('edits, archives and restores a module', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const module = await buildModule(t.db, programme.id);
      const edited = await b.patch(`/api/modules/${module.id}`, {
        title: 'Communautés, droit et e-réputation',
        learningOutcomes: ['Connaître le droit'],
      });
      expect(edited.json()).toMatchObject({
        title: 'Communautés, droit et e-réputation',
        learningOutcomes: ['Connaître le droit'],
      });
      expect((await b.post(`/api/modules/${module.id}/archive`)).json().archivedAt).not.toBeNull();
      expect((await b.post(`/api/modules/${module.id}/restore`)).json().archivedAt).toBeNull();
      expect((await b.patch(`/api/modules/${module.id}`, { position: 9 })).statusCode).toBe(400);
    });

    it('deletes an unused module and closes the gap in the order', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const m1 = await buildModule(t.db, programme.id, { code: 'A' });
      const m2 = await buildModule(t.db, programme.id, { code: 'B' });
      await buildModule(t.db, programme.id, { code: 'C' });
      expect((await b.delete(`/api/modules/${m2.id}`)).statusCode).toBe(204);
      const modules = (await b.get(`/api/programmes/${programme.id}/modules`)).json();
      expect(modules.map((m: { code: string; position: number }) => [m.code, m.position])).toEqual([
        ['A', 1],
        ['C', 2],
      ]);
      expect((await b.get(`/api/modules/${m2.id}`)).statusCode).toBe(404);
      expect(m1.position).toBe(1);
    });

    it('refuses to delete a module that something refers to, and says to archive it (409)', async () => {
      const b = await admin();
      const programme = await buildProgramme(t.db);
      const module = await buildModule(t.db, programme.id);
      // Stands for sessions/assessments, which reference course_modules the same way.
      const table = `it_module_refs_${randomUUID().slice(0, 8)}`;
      await t.db.query(
        `CREATE TABLE ${table} (module_id uuid NOT NULL REFERENCES course_modules(id))`,
      );
      try {
        await t.db.query(`INSERT INTO ${table} VALUES ($1)`, [module.id]);
        const response = await b.delete(`/api/modules/${module.id}`);
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({ code: 'module.in_use' });
        expect((await b.get(`/api/modules/${module.id}`)).statusCode).toBe(200);
      } finally {
        await t.db.query(`DROP TABLE ${table}`);
      }
    });
  });

  it('describes its routes in the OpenAPI document, for the frontend’s generated types', async () => {
    const paths = Object.keys((await new Browser(t.app).get('/api/docs-json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/programmes/{id}/modules/order',
        '/api/modules/{id}',
        '/api/cohorts/{id}/enrolments/import/preview',
        '/api/cohorts/{id}/roster.csv',
        '/api/enrolments/{id}/withdraw',
        '/api/partners/{id}/contacts/{contactId}',
        '/api/me/programme',
        '/api/me/cohorts',
      ]),
    );
  });
});
