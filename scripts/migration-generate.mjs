#!/usr/bin/env node
// Generates a TypeORM migration from the entities' difference with the migrated schema.
// Usage: npm run migration:generate -- AddCohorts
// It creates a scratch database on DATABASE_URL's server (default the local PostgreSQL),
// runs the existing migrations, diffs, writes backend/src/database/migrations/<ts>-<Name>.ts
// and drops the scratch database. Review the file, then add the class to migrations/index.ts.
import { execFileSync } from 'node:child_process';
import pg from 'pg';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Usage: npm run migration:generate -- PascalCaseName');
  process.exit(2);
}
const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const scratch = `clique_migrations_${Date.now()}`;
const admin = new pg.Client({ connectionString: server.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${scratch}`);
const url = new URL(server);
url.pathname = `/${scratch}`;
const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  TS_NODE_PROJECT: 'backend/tsconfig.spec.json',
  TS_NODE_TRANSPILE_ONLY: 'true',
};
const cli = ['node_modules/typeorm/cli-ts-node-commonjs.js'];
let status = 0;
try {
  execFileSync('node', [...cli, 'migration:run', '-d', 'backend/src/database/data-source.ts'], {
    env,
    stdio: 'inherit',
  });
  execFileSync(
    'node',
    [
      ...cli,
      'migration:generate',
      '--pretty',
      '-d',
      'backend/src/database/data-source.ts',
      `backend/src/database/migrations/${name}`,
    ],
    { env, stdio: 'inherit' },
  );
} catch {
  status = 1;
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
  await admin.end();
}
process.exit(status);
