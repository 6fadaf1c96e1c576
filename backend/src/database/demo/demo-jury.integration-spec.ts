import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Browser, startTestApp, type TestApp } from '../../testing/test-app';
import { daysFromToday } from '../../testing/dates';
import { typeormOptions } from '../typeorm-options';
import { DemoCalendar } from './demo-calendar';
import { demoAccounts, loadDemoData } from './demo-data';
import { DEMO_JURY_STUDENTS, demoJuryCohortName } from './demo-jury';

/** On a database of its own: the demo's closed cohort can be deliberated today. */
describe('demo jury cohort', () => {
  const server =
    process.env['CLIQUE_IT_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `clique_demo_jury_${Date.now()}_${process.pid}`;
  const shared = process.env['CLIQUE_IT_DATABASE_URL'];
  let t: TestApp;

  beforeAll(async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    const db = new DataSource(typeormOptions({ url: url.toString(), poolSize: 2 }));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    expect(await loadDemoData(db)).toBe(true);
    await db.destroy();
    process.env['CLIQUE_IT_DATABASE_URL'] = url.toString();
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
    process.env['CLIQUE_IT_DATABASE_URL'] = shared;
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('offers a closed cohort where four students meet every rule and two do not, and why', async () => {
    const account = demoAccounts().find((a) => a.role === 'admin')!;
    const browser = new Browser(t.app);
    expect((await browser.signIn(account.email, account.password)).statusCode).toBe(200);
    const cohortName = demoJuryCohortName(new DemoCalendar(new Date()));
    const [cohort] = await t.db.query(`SELECT id, status FROM cohorts WHERE name = $1`, [
      cohortName,
    ]);
    expect(cohort.status).toBe('closed');
    expect(await t.db.query(`SELECT 1 FROM juries WHERE cohort_id = $1`, [cohort.id])).toEqual([]);

    const created = await browser.post('/api/juries', {
      cohortId: cohort.id,
      heldOn: daysFromToday(0),
      members: [{ name: 'Présidente du jury' }],
    });
    expect(created.statusCode).toBe(201);
    const students = created.json().students as {
      displayName: string;
      rulesMet: boolean;
      suggestedHonours: string | null;
      unmetRules: { reason: { code: string } }[];
    }[];
    const byName = new Map(students.map((s) => [s.displayName, s]));
    expect(students).toHaveLength(DEMO_JURY_STUDENTS.length);
    expect(
      ['Camille Roux', 'Hugo Martin', 'Sarah Benali', 'Julien Morel'].map((n) => [
        byName.get(n)?.rulesMet,
        byName.get(n)?.suggestedHonours,
      ]),
    ).toEqual([
      [true, 'tres_bien'],
      [true, 'bien'],
      [true, 'assez_bien'],
      [true, null],
    ]);
    expect(byName.get('Léa Fontaine')?.unmetRules.map((r) => r.reason.code)).toContain(
      'overall_average.not_met',
    );
    expect(byName.get('Antoine Perrin')?.unmetRules.map((r) => r.reason.code)).toEqual([
      'attendance.not_met',
    ]);
  });
});
