import { randomUUID } from 'node:crypto';
import { buildAdmin, buildInstructor, buildStudent } from '../testing/factories';
import { buildCohort, buildEnrolment, buildPartner } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('partner organisations', () => {
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
  const name = (prefix: string) => `${prefix} ${randomUUID().slice(0, 8)}`;

  it('creates a partner with its contacts', async () => {
    const b = await admin();
    const response = await b.post('/api/partners', {
      name: name('Agence Pixel Léman'),
      sector: 'Agence de communication',
      website: 'https://pixel-leman.example.ch',
      address: 'Rue du Petit-Chêne 18, 1003 Lausanne',
      contacts: [
        {
          name: 'Claire Dufour',
          role: 'Directrice',
          email: 'claire@pixel-leman.example.ch',
          phone: '+41 21 555 12 34',
        },
      ],
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      sector: 'Agence de communication',
      employeeCount: 0,
      contacts: [{ name: 'Claire Dufour', role: 'Directrice', phone: '+41 21 555 12 34' }],
    });
  });

  it('refuses a second partner of the same name whatever its case (409), and bad fields (400)', async () => {
    const b = await admin();
    const partner = await buildPartner(t.db);
    const twin = await b.post('/api/partners', { name: partner.name.toUpperCase() });
    expect(twin.statusCode).toBe(409);
    expect(twin.json()).toMatchObject({ code: 'partner.name_taken' });
    const bad = await b.post('/api/partners', {
      name: name('X'),
      website: 'javascript:alert(1)',
      contacts: [{ name: 'A', email: 'nope' }],
      rating: 5,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['contacts.0.email', 'rating', 'website']);
  });

  it('edits a partner, and manages its contacts one by one', async () => {
    const b = await admin();
    const partner = await buildPartner(t.db);
    expect(
      (
        await b.patch(`/api/partners/${partner.id}`, {
          sector: '',
          address: 'Av. E.-H.-Jaques-Dalcroze 5, Lausanne',
        })
      ).json(),
    ).toMatchObject({
      sector: null,
      address: 'Av. E.-H.-Jaques-Dalcroze 5, Lausanne',
    });
    const contact = (
      await b.post(`/api/partners/${partner.id}/contacts`, { name: 'Marc Rey', role: 'RH' })
    ).json();
    expect(
      (
        await b.patch(`/api/partners/${partner.id}/contacts/${contact.id}`, {
          email: 'marc@example.ch',
        })
      ).json(),
    ).toMatchObject({
      name: 'Marc Rey',
      email: 'marc@example.ch',
    });
    const other = await buildPartner(t.db);
    expect(
      (await b.patch(`/api/partners/${other.id}/contacts/${contact.id}`, { name: 'X' })).statusCode,
    ).toBe(404);
    expect((await b.delete(`/api/partners/${partner.id}/contacts/${contact.id}`)).statusCode).toBe(
      204,
    );
    expect((await b.get(`/api/partners/${partner.id}`)).json().contacts).toEqual([]);
  });

  it('deletes an unused partner and refuses one that employs a student (409)', async () => {
    const b = await admin();
    const unused = await buildPartner(t.db);
    expect((await b.delete(`/api/partners/${unused.id}`)).statusCode).toBe(204);
    expect((await b.get(`/api/partners/${unused.id}`)).statusCode).toBe(404);
    const employer = await buildPartner(t.db);
    await buildEnrolment(t.db, (await buildCohort(t.db)).id, (await buildStudent(t.db)).id, {
      employerId: employer.id,
    });
    const refused = await b.delete(`/api/partners/${employer.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'partner.in_use' });
    expect((await b.get(`/api/partners/${employer.id}`)).json().employeeCount).toBe(1);
  });

  it('searches by name and lists in the same number of queries for 1 and 100 partners', async () => {
    const b = await admin();
    const tag = randomUUID().slice(0, 8);
    const first = await buildPartner(t.db, { name: `Recherche ${tag} 000` });
    await b.post(`/api/partners/${first.id}/contacts`, { name: 'Contact' });
    t.queries.reset();
    const one = await b.get(`/api/partners?q=${tag}&size=200`);
    const forOne = t.queries.count;
    for (let i = 1; i < 100; i++) {
      const p = await buildPartner(t.db, {
        name: `Recherche ${tag} ${String(i).padStart(3, '0')}`,
      });
      if (i % 4 === 0) await b.post(`/api/partners/${p.id}/contacts`, { name: `Contact ${i}` });
    }
    t.queries.reset();
    const many = await b.get(`/api/partners?q=${tag}&size=200&sort=-name`);
    expect(t.queries.count).toBe(forOne);
    expect(one.json().items[0].contacts).toHaveLength(1);
    expect(many.json().total).toBe(100);
    expect(many.json().items[0].name).toBe(`Recherche ${tag} 099`);
    expect(many.json().items[3].contacts).toHaveLength(1);
  });

  it('lets instructors read partners but not change them; students and anonymous get nothing', async () => {
    const partner = await buildPartner(t.db);
    const teacher = await signedIn(await buildInstructor(t.db));
    expect((await teacher.get('/api/partners')).statusCode).toBe(200);
    expect((await teacher.get(`/api/partners/${partner.id}`)).statusCode).toBe(200);
    expect((await teacher.patch(`/api/partners/${partner.id}`, { name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await teacher.post('/api/partners', { name: name('x') })).statusCode).toBe(403);
    const student = await signedIn(await buildStudent(t.db));
    expect((await student.get('/api/partners')).statusCode).toBe(403);
    expect((await student.get(`/api/partners/${partner.id}`)).statusCode).toBe(403);
    expect((await new Browser(t.app).get('/api/partners')).statusCode).toBe(401);
  });
});
