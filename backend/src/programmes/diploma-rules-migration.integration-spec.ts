import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { migrations } from '../database/migrations';
import { DiplomaRules1796200000000 } from '../database/migrations/1796200000000-DiplomaRules';
import { typeormOptions } from '../database/typeorm-options';

/**
 * The DiplomaRules migration turns the three fixed rule columns of existing programmes into
 * rules (and gives them a grade step), and its `down` turns the rules back into the columns;
 * on PostgreSQL and on the embedded PGlite.
 */
describe('DiplomaRules migration', () => {
  const before = migrations.slice(0, migrations.indexOf(DiplomaRules1796200000000));

  async function check(url: string) {
    // One connection (the embedded database has one): the migrations before this one, then
    // this one's up and down run by hand.
    const db = new DataSource({
      ...typeormOptions({ url, poolSize: 1, logging: false }),
      migrations: before,
    });
    await db.initialize();
    const migration = new DiplomaRules1796200000000();
    const run = async (step: 'up' | 'down') => {
      const runner = db.createQueryRunner();
      try {
        await runner.startTransaction();
        await migration[step](runner);
        await runner.commitTransaction();
      } finally {
        await runner.release();
      }
    };
    try {
      await db.runMigrations({ transaction: 'each' });
      await db.query(`
        INSERT INTO programmes (code, title, grading_scale, min_attendance_percent, min_module_grade, min_project_grade, compensation)
        VALUES ('CH', 'Diplôme suisse', 'CH_6', 75, 3.5, 4, true),
               ('FR', 'Licence', 'FR_20', 80, NULL, 10, false)`);
      await run('up');

      const programmes = await db.query(
        `SELECT code, grade_step::float8 AS step, compensation FROM programmes ORDER BY code`,
      );
      expect(programmes).toEqual([
        { code: 'CH', step: 0.5, compensation: true },
        { code: 'FR', step: 0.01, compensation: false },
      ]);
      const rules = await db.query(
        `SELECT p.code, r.position, r.kind, r.threshold::float8 AS threshold, r.excused_count_as_absent AS excused
           FROM diploma_rules r JOIN programmes p ON p.id = r.programme_id
          ORDER BY p.code, r.position`,
      );
      expect(rules).toEqual([
        { code: 'CH', position: 1, kind: 'overall_average', threshold: 4, excused: null },
        { code: 'CH', position: 2, kind: 'module_minimum', threshold: 3.5, excused: null },
        { code: 'CH', position: 3, kind: 'attendance', threshold: 75, excused: false },
        { code: 'CH', position: 4, kind: 'project_grade', threshold: 4, excused: null },
        { code: 'FR', position: 1, kind: 'overall_average', threshold: 10, excused: null },
        { code: 'FR', position: 2, kind: 'attendance', threshold: 80, excused: false },
        { code: 'FR', position: 3, kind: 'project_grade', threshold: 10, excused: null },
      ]);
      const columns = await db.query(
        `SELECT column_name FROM information_schema.columns
          WHERE table_name = 'programmes' AND column_name LIKE 'min\\_%'`,
      );
      expect(columns).toEqual([]);

      // An admin changes a rule; down carries it back to the column.
      await db.query(
        `UPDATE diploma_rules SET threshold = 90 WHERE kind = 'attendance'
            AND programme_id = (SELECT id FROM programmes WHERE code = 'FR')`,
      );
      await run('down');
      const restored = await db.query(
        `SELECT code, min_attendance_percent AS attendance, min_module_grade::float8 AS module,
                min_project_grade::float8 AS project
           FROM programmes ORDER BY code`,
      );
      expect(restored).toEqual([
        { code: 'CH', attendance: 75, module: 3.5, project: 4 },
        { code: 'FR', attendance: 90, module: null, project: 10 },
      ]);
      expect(await db.query(`SELECT to_regclass('diploma_rules') AS t`)).toEqual([{ t: null }]);
    } finally {
      await db.destroy();
    }
  }

  it('converts the rule columns into rules and back on PostgreSQL', async () => {
    const server = new URL(process.env['CLIQUE_IT_SERVER_URL'] ?? '');
    const name = `${process.env['CLIQUE_IT_DATABASE_NAME']}_rules`;
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    try {
      await check(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);

  it('converts the rule columns into rules and back on the embedded PGlite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clique-pglite-rules-'));
    const pg = await startEmbeddedPostgres(dir);
    try {
      await check(pg.url);
    } finally {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
