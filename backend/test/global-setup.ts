import 'reflect-metadata';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { dropDatabase } from './global-teardown';

/**
 * Creates a database of its own for this run on TEST_DATABASE_URL's server (default: the local
 * PostgreSQL) and migrates it, exactly as production does. Teardown drops it.
 */
export default async function globalSetup(): Promise<void> {
  const server = new URL(
    process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  );
  const name = `clique_it_${Date.now()}_${process.pid}`;
  const admin = new Client({ connectionString: server.toString() });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Integration tests need PostgreSQL at ${server.host} (TEST_DATABASE_URL): ${(error as Error).message}`,
    );
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = new DataSource(typeormOptions({ url: url.toString(), poolSize: 1 }));
  try {
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
  } catch (error) {
    if (db.isInitialized) await db.destroy();
    await dropDatabase(server.toString(), name);
    throw error;
  }
  await db.destroy();
  // Interrupted (Ctrl-C, a CI timeout), Jest never reaches the global teardown: drop it here.
  let dropping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (dropping) return;
      dropping = true;
      void dropDatabase(server.toString(), name).finally(() => process.exit(130));
    });
  }
  process.env['CLIQUE_IT_DATABASE_URL'] = url.toString();
  process.env['CLIQUE_IT_SERVER_URL'] = server.toString();
  process.env['CLIQUE_IT_DATABASE_NAME'] = name;
}
