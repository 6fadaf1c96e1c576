#!/usr/bin/env node
// `npm test`: every test. Lint and format, unit (backend and frontend), integration against a real
// PostgreSQL (a database created and dropped per run), the production build, and e2e journeys in
// Chromium. It prepares what it can (Chromium and PostgreSQL through apt when run as root), says
// exactly what is missing otherwise, and never skips a step silently: a missing prerequisite is a
// failure. Usage: npm test [-- --only=lint,unit,integration,build,e2e]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { sweepTestDatabases } from './test-databases.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const results = join(root, 'tmp', 'test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : null;
const wanted = (step) => !only || only.has(step);

const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_TUI: 'false',
};
if (!process.env.CI && !process.env.NO_COLOR) env.FORCE_COLOR = '1';
const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let aptUpdated = false;

function apt(...packages) {
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

// --- Prerequisites -------------------------------------------------------------------------
function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter(Boolean);
  return candidates.find((p) => existsSync(p));
}

async function canConnect(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function preparePostgres() {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await canConnect(url)) return url;
  if (process.env.TEST_DATABASE_URL)
    fail(
      `Cannot connect to TEST_DATABASE_URL (${url}). Start that server or unset the variable to use the local one.`,
    );
  const clusters =
    existsSync('/usr/bin/pg_ctlcluster') && existsSync('/etc/postgresql')
      ? readDirs('/etc/postgresql')
      : [];
  if (clusters.length === 0 && isRoot && hasApt) {
    console.log('PostgreSQL is not installed: installing it with apt…');
    apt('postgresql');
  }
  for (const version of readDirs('/etc/postgresql')) {
    console.log(`Starting the local PostgreSQL ${version} cluster…`);
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
      stdio: 'inherit',
    });
  }
  if (await canConnect(url)) return url;
  // A fresh Debian cluster asks for a password over TCP: give the postgres role one for the tests.
  const withPassword = 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
  if (isRoot && existsSync('/usr/bin/psql')) {
    spawnSync('su', ['postgres', '-c', `psql -qc "ALTER USER postgres PASSWORD 'postgres'"`], {
      stdio: 'inherit',
    });
    if (await canConnect(withPassword)) return withPassword;
  }
  fail(
    'The integration and e2e tests need PostgreSQL (15 or newer) on 127.0.0.1:5432 with user postgres.\n' +
      '  Install and start it: apt-get install -y postgresql && pg_ctlcluster --skip-systemctl-redirect 15 main start\n' +
      '  or point TEST_DATABASE_URL at a server where that user may create databases.',
  );
}

function readDirs(dir) {
  try {
    return execFileSync('ls', [dir]).toString().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
}

function prepareChromium() {
  let path = findChromium();
  if (!path && isRoot && hasApt) {
    console.log("Chromium is not installed: installing Debian's chromium with apt…");
    apt('chromium');
    path = findChromium();
  }
  if (!path) {
    fail(
      'The e2e tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)\n' +
        '  or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return path;
}

// --- Steps ---------------------------------------------------------------------------------
const steps = [];
// Ctrl-C or a CI timeout: the running step gets the signal (and drops what it created), no
// further step starts, and the summary below still sweeps and reports.
let current = null;
let interrupted = null;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = signal;
    console.error(`\n${signal}: stopping after the current step.`);
    // Each step runs in a process group of its own: npx and nx do not pass a signal on, so the
    // whole group gets it (Jest's global teardown, serve.mjs then drop their databases).
    try {
      if (current) process.kill(-current.pid, signal);
    } catch {
      // The step ended meanwhile.
    }
  });
}

async function run(name, command, args, extraEnv = {}) {
  if (interrupted) return false;
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  current = spawn(command, args, {
    stdio: 'inherit',
    env: { ...env, ...extraEnv },
    detached: true,
  });
  const status = await new Promise((done) => {
    current.once('exit', (code) => done(code ?? 1));
    current.once('error', () => done(1));
  });
  current = null;
  const seconds = (Date.now() - started) / 1000;
  steps.push({ name, ok: status === 0, seconds });
  return status === 0;
}

function jestCounts(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + report.numRuntimeErrorTestSuites,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    return null;
  }
}

function playwrightCounts(file) {
  try {
    const { stats } = JSON.parse(readFileSync(file, 'utf8'));
    return {
      passed: stats.expected + stats.flaky,
      failed: stats.unexpected,
      skipped: stats.skipped,
    };
  } catch {
    return null;
  }
}

const needsPostgres = wanted('integration') || wanted('e2e');
const databaseUrl = needsPostgres ? await preparePostgres() : undefined;
/** Databases that runs killed before their cleanup left behind (their process is gone). */
async function sweep(when) {
  const dropped = await sweepTestDatabases(databaseUrl);
  if (dropped.length > 0)
    console.log(`Dropped ${dropped.length} test database(s) left ${when}: ${dropped.join(', ')}`);
}
if (databaseUrl) await sweep('by earlier runs');
const chromium = wanted('e2e') ? prepareChromium() : undefined;
const nx = (...args) => ['nx', ...args, '--outputStyle=static'];

if (wanted('lint')) {
  await run('Format (prettier)', 'npx', ['prettier', '--check', '.', '--log-level', 'warn']);
  await run('Lint (eslint, type-aware)', 'npx', nx('run-many', '-t', 'lint', '--skip-nx-cache'));
}
if (wanted('unit')) {
  await run(
    'Unit tests: backend',
    'npx',
    nx(
      'run',
      'backend:test',
      '--skip-nx-cache',
      '--json',
      `--outputFile=${results}/unit-backend.json`,
    ),
  );
  await run(
    'Unit tests: frontend',
    'npx',
    nx(
      'run',
      'frontend:test',
      '--skip-nx-cache',
      '--json',
      `--outputFile=${results}/unit-frontend.json`,
    ),
  );
}
if (wanted('integration')) {
  await run(
    'Integration tests (PostgreSQL)',
    'npx',
    nx('run', 'backend:integration', '--json', `--outputFile=${results}/integration.json`),
    {
      TEST_DATABASE_URL: databaseUrl,
    },
  );
}
if (wanted('build') || wanted('e2e')) {
  await run('Production build', 'npx', nx('run-many', '-t', 'build', '-p', 'backend', 'frontend'));
  await run('Frontend API types match the OpenAPI document', 'node', [
    'scripts/api-types.mjs',
    '--check',
  ]);
}
if (wanted('e2e')) {
  await run(
    'End-to-end journeys (Chromium)',
    'npx',
    ['playwright', 'test', '-c', 'e2e/playwright.config.ts'],
    {
      TEST_DATABASE_URL: databaseUrl,
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/e2e.json`,
    },
  );
}

// --- Summary -------------------------------------------------------------------------------
// Each step drops what it created; a step that crashed may not have: leave the server as found.
if (databaseUrl) await sweep('by this run');
const counts = [
  jestCounts(`${results}/unit-backend.json`),
  jestCounts(`${results}/unit-frontend.json`),
  jestCounts(`${results}/integration.json`),
  playwrightCounts(`${results}/e2e.json`),
].filter(Boolean);
const total = counts.reduce(
  (a, c) => ({
    passed: a.passed + c.passed,
    failed: a.failed + c.failed,
    skipped: a.skipped + c.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\n━━ Summary ━━');
for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.name} (${s.seconds.toFixed(1)} s)`);
const failedSteps = steps.filter((s) => !s.ok).length;
if (total.skipped > 0)
  console.log(`${total.skipped} test(s) were skipped: that is a failure here.`);
console.log(`${total.passed} passed, ${total.failed + failedSteps} failed`);
if (interrupted) console.log(`Interrupted by ${interrupted}.`);
process.exit(interrupted ? 130 : failedSteps > 0 || total.failed > 0 || total.skipped > 0 ? 1 : 0);
