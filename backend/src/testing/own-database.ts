import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../database/typeorm-options';

export interface OwnDatabase {
  url: string;
  /** The database, opened and migrated (closed by `drop`). */
  db: DataSource;
  drop(): Promise<void>;
}

/**
 * A database of its own on the integration server, migrated as production does: for a spec
 * whose rows must all be its own. The shared database holds every spec's rows side by side, and
 * some rows are a deployment's, not a cohort's: the credentials' status lists are re-signed by
 * whichever app revokes, with that app's key.
 */
export async function ownDatabase(label: string): Promise<OwnDatabase> {
  const server =
    process.env['CLIQUE_IT_SERVER_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `clique_${label}_${Date.now()}_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = new DataSource(typeormOptions({ url: url.toString(), poolSize: 2 }));
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (db.isInitialized) await db.destroy();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
  return {
    url: url.toString(),
    db,
    drop: async () => {
      if (db.isInitialized) await db.destroy();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * `fn` on a database of its own, dropped after: for a statement that locks shared tables (a
 * TRUNCATE takes the table and those referring to it before its trigger refuses).
 */
export async function onOwnDatabase<T>(label: string, fn: (db: DataSource) => Promise<T>) {
  const own = await ownDatabase(label);
  try {
    return await fn(own.db);
  } finally {
    await own.drop();
  }
}
