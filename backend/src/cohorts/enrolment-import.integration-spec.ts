import { randomUUID } from 'node:crypto';
import { buildAdmin, buildInstructor, buildStudent, buildUser } from '../testing/factories';
import { buildCohort, buildEnrolment, buildPartner } from '../testing/programme-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('enrolment CSV import', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function admin() {
    const user = await buildAdmin(t.db);
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }
  const count = async (sql: string, params: unknown[]) =>
    ((await t.db.query(sql, params)) as { n: number }[])[0].n;
  const enrolmentsOf = (cohortId: string) =>
    count('SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1', [cohortId]);

  /** A file like an admin's export from Excel: BOM, `;`, CRLF, accents, quotes, and mistakes. */
  async function mixedFile() {
    const tag = randomUUID().slice(0, 8);
    const employer = await buildPartner(t.db, { name: `Banque Cantonale ${tag}` });
    const known = await buildStudent(t.db);
    const alreadyIn = await buildStudent(t.db);
    const teacher = await buildInstructor(t.db);
    const cohort = await buildCohort(t.db);
    await buildEnrolment(t.db, cohort.id, alreadyIn.id);
    const lines = [
      'E-mail;Prénom;Nom;Langue;Employeur',
      `lea.muller.${tag}@example.ch;Léa;Müller;fr;`, // 2 new
      `"chloe.jaccard.${tag}@example.ch";"Chloé";"Jaccard; de Vevey";EN;banque cantonale ${tag}`, // 3 new, quoted, employer any case
      `${known.email.toUpperCase()};;;fr;`, // 4 known student: names not needed
      `not-an-email;Théo;Girard;fr;`, // 5 bad e-mail
      `LEA.MULLER.${tag}@example.ch;Léa;Müller;fr;`, // 6 duplicate of line 2
      `yann.${tag}@example.ch;Yann;;fr;`, // 7 missing family name
      `ines.${tag}@example.ch;Inès;Dubois;de;`, // 8 bad language
      `hugo.${tag}@example.ch;Hugo;Blanc;en;Nulle Part SA`, // 9 unknown employer
      `${alreadyIn.email};A;B;fr;`, // 10 already enrolled
      `${teacher.email};A;B;fr;`, // 11 not a student
    ];
    return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, cohort, known, employer, tag };
  }

  it('previews every row with its errors and writes nothing', async () => {
    const b = await admin();
    const { csv, cohort, tag } = await mixedFile();
    const response = await b.post(`/api/cohorts/${cohort.id}/enrolments/import/preview`, { csv });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      separator: ';',
      ignoredColumns: [],
      counts: { total: 10, create: 2, enrol: 1, skip: 1, error: 6 },
    });
    const byLine = Object.fromEntries(
      body.rows.map((r: { line: number; action: string; errors: { code: string }[] }) => [
        r.line,
        [r.action, ...r.errors.map((e) => e.code)],
      ]),
    );
    expect(byLine).toEqual({
      2: ['create'],
      3: ['create'],
      4: ['enrol'],
      5: ['error', 'invalid'],
      6: ['error', 'duplicateInFile'],
      7: ['error', 'required'],
      8: ['error', 'invalid'],
      9: ['error', 'unknownEmployer'],
      10: ['skip', 'alreadyEnrolled'],
      11: ['error', 'notStudent'],
    });
    expect(body.rows[1]).toMatchObject({
      givenName: 'Chloé',
      familyName: 'Jaccard; de Vevey',
      preferredLanguage: 'en',
    });
    expect(
      await count('SELECT count(*)::int AS n FROM users WHERE email LIKE $1', [`%${tag}%`]),
    ).toBe(0);
    expect(await enrolmentsOf(cohort.id)).toBe(1);
  });

  it('imports the valid rows in one go, reports counts and the new students’ links', async () => {
    const b = await admin();
    const { csv, cohort, known, employer, tag } = await mixedFile();
    const response = await b.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ created: 2, enrolled: 1, skipped: 1, errors: 6 });
    expect(body.errorRows.map((r: { line: number }) => r.line)).toEqual([5, 6, 7, 8, 9, 11]);
    expect(body.links.map((l: { displayName: string }) => l.displayName)).toEqual([
      'Léa Müller',
      'Chloé Jaccard; de Vevey',
    ]);
    expect(await enrolmentsOf(cohort.id)).toBe(4);

    const roster = (await b.get(`/api/cohorts/${cohort.id}/enrolments?size=50`)).json();
    const chloe = roster.items.find(
      (e: { student: { email: string } }) => e.student.email === `chloe.jaccard.${tag}@example.ch`,
    );
    expect(chloe).toMatchObject({
      student: { hasPassword: false, preferredLanguage: 'en' },
      employer: { id: employer.id },
    });
    expect(roster.items.some((e: { student: { id: string } }) => e.student.id === known.id)).toBe(
      true,
    );

    // The link lets the new student in.
    const token = new URL(body.links[0].setPasswordUrl as string).searchParams.get('token');
    const anon = new Browser(t.app);
    expect(
      (await anon.post('/api/auth/password', { token, password: 'une phrase assez longue' }))
        .statusCode,
    ).toBe(204);
    expect(
      (await anon.signIn(`lea.muller.${tag}@example.ch`, 'une phrase assez longue')).statusCode,
    ).toBe(200);
    expect((await anon.get('/api/me/programme')).json().cohort.id).toBe(cohort.id);

    // Importing the same file again changes nothing: every valid row is now skipped.
    const again = (await b.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv })).json();
    expect(again).toMatchObject({ created: 0, enrolled: 0, skipped: 4, errors: 6, links: [] });
  });

  it('writes nothing when the import fails midway (one transaction)', async () => {
    const b = await admin();
    const cohort = await buildCohort(t.db);
    const tag = randomUUID().slice(0, 8);
    // A trigger that fails on the enrolment insert, after the users were inserted.
    const fn = `it_fail_${tag}`;
    await t.db.query(
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.cohort_id = '${cohort.id}' THEN RAISE EXCEPTION 'boom'; END IF; RETURN NEW; END $$`,
    );
    await t.db.query(
      `CREATE TRIGGER ${fn} BEFORE INSERT ON enrolments FOR EACH ROW EXECUTE FUNCTION ${fn}()`,
    );
    try {
      const csv = `email,given name,family name\nfail-${tag}-1@example.ch,A,B\nfail-${tag}-2@example.ch,C,D\n`;
      const response = await b.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv });
      expect(response.statusCode).toBe(500);
      expect(
        await count(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [`fail-${tag}-%`]),
      ).toBe(0);
      expect(
        await count(
          `SELECT count(*)::int AS n FROM password_tokens pt JOIN users u ON u.id = pt.user_id WHERE u.email LIKE $1`,
          [`fail-${tag}-%`],
        ),
      ).toBe(0);
    } finally {
      await t.db.query(`DROP TRIGGER ${fn} ON enrolments`);
      await t.db.query(`DROP FUNCTION ${fn}()`);
    }
  });

  it('refuses a file without the required columns as a whole (400), and an unknown field', async () => {
    const b = await admin();
    const cohort = await buildCohort(t.db);
    const response = await b.post(`/api/cohorts/${cohort.id}/enrolments/import/preview`, {
      csv: 'email;langue\na@b.ch;fr\n',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'import.invalid_file',
      errors: [{ field: 'csv', code: 'invalidFile' }],
    });
    const unknown = await b.post(`/api/cohorts/${cohort.id}/enrolments/import`, {
      csv: 'email\n',
      dryRun: true,
    });
    expect(unknown.json().errors).toEqual([
      expect.objectContaining({ field: 'dryRun', code: 'whitelistValidation' }),
    ]);
    expect(
      (await b.post(`/api/cohorts/${cohort.id}/enrolments/import`, {})).json().errors[0],
    ).toMatchObject({ field: 'csv' });
  });

  it('answers 404 for an unknown cohort, 409 for a closed one, 403 to instructors', async () => {
    const b = await admin();
    const csv = 'email;prénom;nom\na@example.ch;A;B\n';
    expect(
      (await b.post(`/api/cohorts/${randomUUID()}/enrolments/import/preview`, { csv })).statusCode,
    ).toBe(404);
    const closed = await buildCohort(t.db, { status: 'closed' });
    expect(
      (await b.post(`/api/cohorts/${closed.id}/enrolments/import`, { csv })).json(),
    ).toMatchObject({ code: 'cohort.closed' });
    const teacher = await buildInstructor(t.db);
    const cohort = await buildCohort(t.db, { instructorIds: [teacher.id] });
    const tb = new Browser(t.app);
    await tb.signIn(teacher.email, teacher.password);
    expect(
      (await tb.post(`/api/cohorts/${cohort.id}/enrolments/import/preview`, { csv })).statusCode,
    ).toBe(403);
  });

  it('imports 5,000 rows (new and existing students) in one request', async () => {
    const b = await admin();
    const cohort = await buildCohort(t.db);
    const tag = randomUUID().slice(0, 8);
    const existing = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        buildUser(t.db, { email: `bulk-${tag}-${i}@example.ch` }),
      ),
    );
    const lines = ['email,first name,last name,language'];
    for (let i = 0; i < 5000; i++)
      lines.push(`bulk-${tag}-${i}@example.ch,Prénom${i},Nom-${i},${i % 3 ? 'fr' : 'en'}`);
    const csv = lines.join('\n');
    const startedPreview = Date.now();
    const preview = await b.post(`/api/cohorts/${cohort.id}/enrolments/import/preview`, { csv });
    const previewMs = Date.now() - startedPreview;
    expect(preview.json().counts).toEqual({
      total: 5000,
      create: 4980,
      enrol: 20,
      skip: 0,
      error: 0,
    });
    const started = Date.now();
    const response = await b.post(`/api/cohorts/${cohort.id}/enrolments/import`, { csv });
    const ms = Date.now() - started;
    console.log(
      `5,000-row CSV: preview ${previewMs} ms, import ${ms} ms (${csv.length} characters)`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ created: 4980, enrolled: 20, skipped: 0, errors: 0 });
    expect(response.json().links).toHaveLength(4980);
    expect(await enrolmentsOf(cohort.id)).toBe(5000);
    expect(existing).toHaveLength(20);
  });

  it('accepts a file larger than the global body limit (2 MB) on the import routes', async () => {
    const b = await admin();
    const cohort = await buildCohort(t.db);
    const filler = 'x'.repeat(90);
    const lines = ['email;prénom;nom;notes'];
    for (let i = 0; i < 30000; i++) lines.push(`big-${i}@example.ch;A;B;${filler}`);
    const csv = lines.join('\n');
    expect(csv.length).toBeGreaterThan(3 * 1024 * 1024);
    const response = await b.post(`/api/cohorts/${cohort.id}/enrolments/import/preview`, { csv });
    // Parsed (then refused for its row count), not cut off by the body limit.
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('At most 10000 rows');
  });
});
