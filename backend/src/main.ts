import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/config';
import { demoAccounts, hasDemoData, loadDemoData } from './database/demo/demo-data';
import { type EmbeddedPostgres, startEmbeddedPostgres } from './database/embedded-postgres';
import { join } from 'node:path';

/** Several instances may start at once on one server: an advisory lock lets one migrate. */
async function migrate(db: DataSource, lock: boolean): Promise<string[]> {
  if (!lock) return (await db.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', ['clique:migrations']);
    return (await db.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(hashtext($1))', ['clique:migrations']);
    await runner.release();
  }
}

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(join(config.DATA_DIR, 'pg'));
    databaseUrl = embedded.url;
  }

  const app = await createApp({
    config,
    databaseUrl,
    // PGlite has one backend: more connections would only queue behind each other.
    poolSize: embedded ? 1 : config.DATABASE_POOL_SIZE,
    preparedStatements: !embedded,
  });
  const logger = new Logger('Clique');
  const db = app.get(DataSource);
  const ran = await migrate(db, !embedded);
  if (ran.length) logger.log(`Applied ${ran.length} migration(s): ${ran.join(', ')}`);

  const demoToday = config.DEMO_TODAY
    ? new Date(
        config.DEMO_TODAY.length === 10 ? `${config.DEMO_TODAY}T12:00:00Z` : config.DEMO_TODAY,
      )
    : new Date();
  const demoLoaded = config.DEMO_DATA && (await loadDemoData(db, demoToday));
  if (demoLoaded) logger.log('Loaded the demo programme');
  const showDemo = config.DEMO_DATA && (await hasDemoData(db));

  if (embedded) {
    const stopEmbedded = embedded.stop;
    app
      .getHttpAdapter()
      .getInstance()
      .addHook('onClose', async () => stopEmbedded());
  }
  await app.listen({ port: config.PORT, host: config.HOST });

  const lines = [
    '',
    `Clique is ready on ${config.PUBLIC_URL}`,
    `  API docs: ${new URL('/api/docs', config.PUBLIC_URL).toString()}`,
    `  Database: ${embedded ? `embedded PostgreSQL (PGlite) in ${join(config.DATA_DIR, 'pg')}` : 'DATABASE_URL'}`,
  ];
  if (ran.length) lines.push(`  Migrations applied: ${ran.length}`);
  if (demoLoaded) lines.push('  Demo programme loaded (first start on an empty database)');
  if (showDemo) {
    lines.push('  Demo accounts (e-mail / password):');
    for (const a of demoAccounts())
      lines.push(`    ${a.role.padEnd(10)} ${a.email.padEnd(32)} ${a.password}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
