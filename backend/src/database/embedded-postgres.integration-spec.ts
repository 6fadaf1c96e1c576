import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from './embedded-postgres';
import { typeormOptions } from './typeorm-options';

/** `npm start` without DATABASE_URL: PGlite over the wire protocol, same migrations, data kept. */
describe('embedded PostgreSQL (PGlite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clique-pglite-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function open() {
    const pg = await startEmbeddedPostgres(dir);
    const db = new DataSource(typeormOptions({ url: pg.url, poolSize: 1, logging: false }));
    await db.initialize();
    return {
      db,
      async close() {
        await db.destroy();
        await pg.stop();
      },
    };
  }

  it('runs every migration, and keeps the data and the migration history across a restart', async () => {
    const first = await open();
    const applied = await first.db.runMigrations({ transaction: 'each' });
    expect(applied.length).toBeGreaterThan(0);
    await first.db.query(
      `INSERT INTO users (email, display_name, role) VALUES ('kept@test.clique', 'Kept', 'admin')`,
    );
    await first.close();

    const second = await open();
    expect(await second.db.runMigrations({ transaction: 'each' })).toHaveLength(0);
    const rows = await second.db.query(
      `SELECT display_name FROM users WHERE email = 'kept@test.clique'`,
    );
    expect(rows).toEqual([{ display_name: 'Kept' }]);
    await second.close();
  }, 120_000);

  it('has btree_gist, so exclusion constraints refuse overlaps with 23P01', async () => {
    const { db, close } = await open();
    try {
      await db.query(
        `CREATE TEMP TABLE booking (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&))`,
      );
      await db.query(
        `INSERT INTO booking VALUES (1, tstzrange('2026-01-01 10:00+00', '2026-01-01 12:00+00'))`,
      );
      await db.query(
        `INSERT INTO booking VALUES (1, tstzrange('2026-01-01 12:00+00', '2026-01-01 14:00+00'))`,
      );
      await expect(
        db.query(
          `INSERT INTO booking VALUES (1, tstzrange('2026-01-01 11:00+00', '2026-01-01 13:00+00'))`,
        ),
      ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23P01' }) });
    } finally {
      await close();
    }
  }, 120_000);
});
