#!/usr/bin/env node
// The server the e2e journeys run against: the production build (dist/), on a database created
// for this run on TEST_DATABASE_URL's server and dropped when Playwright stops it, with the demo
// programme loaded. Build first: `npx nx run-many -t build -p backend frontend`. The database is
// dropped however the server stops (Playwright's SIGTERM, Ctrl-C, the app crashing); what an
// earlier, killed run left behind is swept first. DEMO_TODAY=YYYY-MM-DD loads the demo as if that
// were today (to check the journeys on another day of the demo's year); the app's clock is not moved.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { sweepTestDatabases } from '../scripts/test-databases.mjs';

if (!existsSync('dist/backend/main.js') || !existsSync('dist/frontend/browser/index.html')) {
  console.error('e2e needs the production build: npx nx run-many -t build -p backend frontend');
  process.exit(1);
}
const server = new URL(
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const swept = await sweepTestDatabases(server.toString());
if (swept.length > 0)
  console.log(`Dropped ${swept.length} database(s) of earlier runs: ${swept.join(', ')}`);
const name = `clique_e2e_${Date.now()}_${process.pid}`;
const admin = new pg.Client({ connectionString: server.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
await admin.end();
const url = new URL(server);
url.pathname = `/${name}`;
const port = process.env.E2E_PORT ?? '3100';

const app = spawn(process.execPath, ['dist/backend/main.js'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    PORT: port,
    PUBLIC_URL: `http://localhost:${port}`,
    DEMO_DATA: 'true',
    // The veille journey serves the page it shares from a local server (tests only).
    VEILLE_PREVIEW_ALLOW_PRIVATE: 'true',
    ...(process.env.DEMO_TODAY ? { DEMO_TODAY: process.env.DEMO_TODAY } : {}),
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
  },
});

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  if (app.exitCode === null && app.signalCode === null) {
    app.kill('SIGTERM');
    await new Promise((done) => app.once('exit', done));
  }
  try {
    const cleanup = new pg.Client({ connectionString: server.toString() });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
  } catch (error) {
    console.error(`Could not drop the e2e database ${name}: ${error.message}`);
    code = code || 1;
  }
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
app.on('exit', (code) => void stop(code ?? 1));
