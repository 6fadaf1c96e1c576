import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DemoCalendar, on } from '../database/demo/demo-calendar';
import { loadDemoData } from '../database/demo/demo-data';
import { typeormOptions } from '../database/typeorm-options';

/**
 * On a database of its own: the demo's study projects load with the rest of the demo, here as
 * they stand in early December of the current academic year (day 90 of the demo's story).
 */
describe('demo projects', () => {
  const server =
    process.env['CLIQUE_IT_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `clique_demo_projects_${Date.now()}_${process.pid}`;
  let db: DataSource;

  beforeAll(async () => {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(server);
    url.pathname = `/${name}`;
    db = new DataSource(typeormOptions({ url: url.toString(), poolSize: 2 }));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  });

  afterAll(async () => {
    await db.destroy();
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('puts four projects with partners in the MCMS cohort, in various states, with milestones and history', async () => {
    const early = new DemoCalendar(new Date()).at(on(90, '10:00'));
    expect(await loadDemoData(db, early)).toBe(true);
    const projects = await db.query(
      `SELECT p.state, po.name AS partner, mc.name AS mentor,
              (SELECT count(*)::int FROM project_members m WHERE m.project_id = p.id) AS team,
              (SELECT count(*)::int FROM project_milestones ms WHERE ms.project_id = p.id) AS milestones,
              (SELECT count(*)::int FROM project_events e WHERE e.project_id = p.id) AS events
         FROM projects p
         JOIN partner_organisations po ON po.id = p.partner_id
         JOIN partner_contacts mc ON mc.id = p.mentor_contact_id
        ORDER BY p.created_at`,
    );
    expect(projects.map((p: { state: string }) => p.state)).toEqual([
      'in_progress',
      'approved',
      'sent_back',
      'proposed',
    ]);
    expect(projects.every((p: { milestones: number }) => p.milestones === 4)).toBe(true);
    expect(projects[0]).toMatchObject({ partner: 'Théâtre des Arches', team: 2, events: 3 });
    const [{ feedback }] = await db.query(`SELECT count(*)::int AS feedback FROM project_feedback`);
    expect(feedback).toBe(2);
  });
});
