import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from './embedded-postgres';
import { typeormOptions } from './typeorm-options';

/**
 * The HouseInOrder migration (search folding, French-order and foreign-key indexes) goes up
 * and down on a fresh PostgreSQL database and on the embedded PGlite, which has no `unaccent`;
 * and every migration's `down` takes the schema back to empty.
 */
describe('HouseInOrder migration', () => {
  async function checkUpAndDown(db: DataSource) {
    await db.runMigrations({ transaction: 'each' });
    const [folded] = await db.query(
      `SELECT clique_fold('Élodie ŒUVRAY, Frédéric, Straße, façade') AS value`,
    );
    expect(folded.value).toBe('elodie oeuvray, frederic, strasse, facade');
    const sorted = await db.query(
      `SELECT name FROM unnest(ARRAY['Zoé', 'Lucas', 'Élodie', 'Léa', 'Chloé']) AS name
        ORDER BY name COLLATE "und-x-icu"`,
    );
    expect(sorted.map((r: { name: string }) => r.name)).toEqual([
      'Chloé',
      'Élodie',
      'Léa',
      'Lucas',
      'Zoé',
    ]);
    const indexes = async () =>
      (
        await db.query(
          `SELECT indexname FROM pg_indexes
            WHERE indexname IN ('ix_calendar_feeds_cohort', 'ix_projects_mentor_contact',
                                'ix_users_display_name_icu', 'ix_project_feedback_submission',
                                'ix_users_display_name_fold')
            ORDER BY indexname`,
        )
      ).map((r: { indexname: string }) => r.indexname);
    expect(await indexes()).toHaveLength(5);
    const plan = await db.transaction(async (m) => {
      await m.query(`SET LOCAL enable_seqscan = off`);
      return m.query(
        `EXPLAIN SELECT id FROM users WHERE clique_fold(display_name) LIKE clique_fold($1)`,
        ['%elodie%'],
      );
    });
    expect(JSON.stringify(plan)).toContain('ix_users_display_name_fold');

    // Every migration's `down` runs, newest first, back to an empty schema; then all go up again.
    const total = db.migrations.length;
    for (let i = 0; i < total; i++) await db.undoLastMigration({ transaction: 'each' });
    expect(await indexes()).toEqual([]);
    expect(await db.query(`SELECT 1 FROM pg_proc WHERE proname = 'clique_fold'`)).toEqual([]);
    expect(
      await db.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      ),
    ).toEqual([]);

    expect(await db.runMigrations({ transaction: 'each' })).toHaveLength(total);
  }

  it('runs up, every down and up again on a fresh PostgreSQL database', async () => {
    const server = new URL(process.env['CLIQUE_IT_SERVER_URL'] ?? '');
    const name = `${process.env['CLIQUE_IT_DATABASE_NAME']}_house`;
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    const db = new DataSource(typeormOptions({ url: url.toString(), poolSize: 1, logging: false }));
    try {
      await db.initialize();
      await checkUpAndDown(db);
    } finally {
      if (db.isInitialized) await db.destroy();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }, 60_000);

  it('runs up, every down and up again on the embedded PGlite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clique-pglite-house-'));
    const pg = await startEmbeddedPostgres(dir);
    const db = new DataSource(typeormOptions({ url: pg.url, poolSize: 1, logging: false }));
    try {
      await db.initialize();
      await checkUpAndDown(db);
    } finally {
      if (db.isInitialized) await db.destroy();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
