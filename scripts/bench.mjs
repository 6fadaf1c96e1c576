#!/usr/bin/env node
// `npm run bench`: measures the built API against the local PostgreSQL (TEST_DATABASE_URL's
// server), on a database created for the run and dropped after. Loopback only, bounded in
// requests and time. Build first: npx nx run backend:build.
//
// 1. API vs bare: four reads (the session lookup, the student's year calendar, the admin's users
//    list, the student home) against the API and against scripts/bench-bare.mjs, a node:http +
//    pg server running the SQL the API ran for the same URL (captured by
//    scripts/bench-capture.cjs, preloaded into the API). Rounds alternate the two at the same
//    concurrency and request count; prints req/s, p50 and p99 of each and API÷bare (the API's req/s over the bare one's): what the
//    framework, validation, mapping and serialisation cost over the database's own work.
// 2. The year calendar at 50 connections (10 pooled database connections): the API's p99.
// 3. Other scenarios, API only (health, search, the other home pages, sign-in).
//
// `--root <dir>` (repeatable) runs the same against another checkout's build (<dir>/dist/backend,
// its own node_modules), say `--root /tmp/clique-before --root .` for an older commit built
// there, so that before and after come from one run on one machine: every checkout gets its own
// database with the same data set, its own bare server replaying the SQL captured from it, and
// the rounds alternate across all of them; a before → after summary follows the tables.
// Default: this checkout. `--sql` also prints the statements captured for each read.
// Env: BENCH_ROUNDS (10 rounds), BENCH_PORT (3190; each further checkout takes 10 more).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const scripts = path.dirname(fileURLToPath(import.meta.url));
const roots = [];
let showSql = false;
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--root' && process.argv[i + 1])
    roots.push(path.resolve(process.argv[++i]));
  else if (process.argv[i] === '--sql') showSql = true;
  else {
    console.error(
      `Unknown argument ${process.argv[i]}; usage: bench.mjs [--root <dir>]... [--sql]`,
    );
    process.exit(2);
  }
}
if (roots.length === 0) roots.push(path.dirname(scripts)); // this checkout
for (const root of roots) {
  if (!existsSync(path.join(root, 'dist/backend/main.js'))) {
    console.error(`Build the backend first (in ${root}): npx nx run backend:build`);
    process.exit(1);
  }
}

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const POOL_SIZE = '10'; // the API's default DATABASE_POOL_SIZE; the bare server gets the same
const server = new URL(
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const firstPort = Number(process.env.BENCH_PORT ?? 3190);

/**
 * A keep-alive HTTP client, lighter than fetch so that the load generator takes less CPU.
 * Resolves the status; `sized` resolves the body's length too (uncompressed: no accept-encoding).
 */
function client(port, concurrency, sized = false) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  return (pathAndQuery, headers = {}) =>
    new Promise((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: pathAndQuery, headers, agent },
        (res) => {
          let bytes = 0;
          res.on('data', (chunk) => (bytes += chunk.length));
          res.on('end', () => resolve(sized ? { status: res.statusCode, bytes } : res.statusCode));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
    });
}

class Session {
  cookies = new Map();
  constructor(base) {
    this.base = base;
  }
  get cookie() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async request(method, pathAndQuery, body) {
    const headers = { cookie: this.cookie };
    if (method !== 'GET') {
      headers['x-xsrf-token'] = this.cookies.get('XSRF-TOKEN') ?? '';
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(this.base + pathAndQuery, {
      method,
      headers,
      body: body ? JSON.stringify(body) : undefined,
    });
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair.split('=');
      this.cookies.set(k, v);
    }
    await response.arrayBuffer();
    return response.status;
  }
}

/** `total` calls of `fn` over `concurrency` workers; the latencies (ms), seconds, errors. */
async function burst(total, concurrency, fn, expected = 200) {
  const latencies = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next += 1;
        const t = performance.now();
        const status = await fn();
        latencies.push(performance.now() - t);
        if (status !== expected) errors += 1;
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, errors };
}

function stats(runs) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const seconds = runs.reduce((s, r) => s + r.seconds, 0);
  const p = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    n: latencies.length,
    rps: latencies.length / seconds,
    p50: p(0.5),
    p95: p(0.95),
    p99: p(0.99),
    errors: runs.reduce((s, r) => s + r.errors, 0),
  };
}

const ms = (x) => x.toFixed(1).padStart(6);
const rps = (x) => x.toFixed(0).padStart(6);

async function waitReady(url, child) {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become ready`);
}

async function stop(child) {
  if (!child || child.exitCode !== null) return;
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

/** A realistic directory and a large year (unchanged from the original bench). */
async function seed(db) {
  // A realistic directory: 2,000 more users.
  await db.query(
    `INSERT INTO users (email, display_name, role) SELECT 'bench' || i || '@bench.test', 'Bench User ' || i, 'student' FROM generate_series(1, 2000) i`,
  );
  // A large year for the home pages: 500 of them in the demo student's cohort, 300 projects
  // tutored by the demo instructor (4 milestones each), a synthesis of every held talk by each.
  await db.query(`
    WITH c AS (SELECT e.cohort_id AS id FROM enrolments e JOIN users u ON u.id = e.student_id
                WHERE u.email = 'camille.rochat@clique.test' LIMIT 1),
         b AS (SELECT u.id, row_number() OVER (ORDER BY u.email) AS n FROM users u
                WHERE u.email LIKE 'bench%@bench.test')
    INSERT INTO enrolments (cohort_id, student_id) SELECT c.id, b.id FROM c, b WHERE b.n <= 500`);
  await db.query(`
    WITH tutor AS (SELECT id FROM users WHERE email = 'sophie.mercier@clique.test'),
         partner AS (SELECT id FROM partner_organisations ORDER BY name LIMIT 1),
         b AS (SELECT e.student_id, e.cohort_id, row_number() OVER (ORDER BY e.student_id) AS n
                 FROM enrolments e JOIN users u ON u.id = e.student_id
                WHERE u.email LIKE 'bench%@bench.test'),
         p AS (
           INSERT INTO projects (cohort_id, title, brief, partner_id, tutor_id, proposed_by_id, state, open)
           SELECT b.cohort_id, 'Bench project ' || b.n, 'Bench.', partner.id, tutor.id, b.student_id,
                  (ARRAY['proposed', 'approved', 'in_progress'])[1 + b.n % 3], TRUE
             FROM b, tutor, partner WHERE b.n <= 300
           RETURNING id, cohort_id, proposed_by_id),
         m AS (
           INSERT INTO project_members (project_id, cohort_id, project_open, student_id)
           SELECT p.id, p.cohort_id, TRUE, p.proposed_by_id FROM p RETURNING project_id)
    INSERT INTO project_milestones (project_id, position, kind, title, due_at, original_due_at)
    SELECT p.id, k.i, k.kind, k.kind, now() + (k.i * 30 - 45) * interval '1 day',
           now() + (k.i * 30 - 45) * interval '1 day'
      FROM p CROSS JOIN (VALUES (1, 'proposal'), (2, 'intermediate_report'), (3, 'final_report'),
                                (4, 'defence')) AS k(i, kind)`);
  await db.query(`
    INSERT INTO syntheses (session_id, student_id, body_html, submitted_at)
    SELECT s.id, e.student_id, '<p>Bench.</p>', s.ends_at + interval '1 day'
      FROM sessions s JOIN enrolments e ON e.cohort_id = s.cohort_id
      JOIN users u ON u.id = e.student_id
     WHERE s.kind = 'guest_talk' AND s.ends_at < now() AND u.email LIKE 'bench%@bench.test'`);
  // The demo student's year: their cohort's dates (bounded by the API's 400 days).
  const { rows } = await db.query(`
    SELECT c.starts_on::text AS "from", LEAST(c.ends_on + 1, c.starts_on + 399)::text AS "to",
           (SELECT count(*)::int FROM sessions s WHERE s.cohort_id = c.id) AS sessions
      FROM cohorts c JOIN enrolments e ON e.cohort_id = c.id JOIN users u ON u.id = e.student_id
     WHERE u.email = 'camille.rochat@clique.test' ORDER BY c.starts_on DESC LIMIT 1`);
  const users = (await db.query(`SELECT count(*)::int AS n FROM users`)).rows[0].n;
  // Plans on the statistics of the data above, not on whatever autovacuum reaches mid-run.
  await db.query('ANALYZE');
  return { year: rows[0], users };
}

/**
 * One checkout made ready: its API on a database of its own (demo data and the seed above), the
 * SQL of each read captured, and its bare server. Registers its clean-up in `cleanups`.
 */
async function prepare(root, index, cleanups) {
  const apiPort = firstPort + 10 * index;
  const barePort = apiPort + 2; // bench-progress.mjs takes firstPort + 1
  const name = `clique_bench${index}_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const captureFile = path.join(tmpdir(), `${name}.capture.jsonl`);
  const routesFile = path.join(tmpdir(), `${name}.routes.json`);
  writeFileSync(captureFile, '');
  const dbEnv = {
    DATABASE_URL: url.toString(),
    DATABASE_POOL_SIZE: POOL_SIZE,
    DATABASE_CONNECT_TIMEOUT_MS: '5000',
    DATABASE_STATEMENT_TIMEOUT_MS: '10000',
  };
  const ctx = { root, out: { root, rows: [], wide: null, other: [] } };
  cleanups.push(async () => {
    await stop(ctx.bare);
    await stop(ctx.api);
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    rmSync(captureFile, { force: true });
    rmSync(routesFile, { force: true });
  });
  ctx.api = spawn(
    process.execPath,
    ['--require', path.join(scripts, 'bench-capture.cjs'), 'dist/backend/main.js'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ...dbEnv,
        NODE_ENV: 'test',
        PORT: String(apiPort),
        HOST: '127.0.0.1',
        DEMO_DATA: 'true',
        LOG_LEVEL: 'error',
        STATIC_DIR: '/nonexistent',
        // No job workers polling the pool while we measure.
        JOBS_WORKER: 'false',
        BENCH_CAPTURE_FILE: captureFile,
      },
    },
  );
  const base = `http://127.0.0.1:${apiPort}`;
  ctx.base = base;
  await waitReady(`${base}/api/health/ready`, ctx.api);
  const signedIn = async (email, password) => {
    const session = new Session(base);
    await session.request('GET', '/api/health/live');
    if ((await session.request('POST', '/api/auth/sign-in', { email, password })) !== 200)
      throw new Error(`${email} could not sign in`);
    return session;
  };
  const s = await signedIn('admin@clique.test', 'demo-admin-2026');
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const { year, users } = await seed(db);
  await db.end();
  const student = await signedIn('camille.rochat@clique.test', 'demo-student-2026');
  const instructor = await signedIn('sophie.mercier@clique.test', 'demo-instructor-2026');
  ctx.who = { admin: s, student, instructor };
  ctx.out.title = `${users.toLocaleString('en')} users; student's year ${year.from}..${year.to} (${year.sessions} sessions in the cohort)`;

  const calendar = `/api/sessions?from=${year.from}T00:00:00Z&to=${year.to}T00:00:00Z`;
  ctx.calendar = calendar;
  // label, URL, session, requests per burst (at c=8)
  ctx.reads = [
    ['GET /api/me', '/api/me', s, 200],
    ['GET /api/sessions (student, year)', calendar, student, 50],
    ['GET /api/users?size=25&sort=displayName', '/api/users?size=25&sort=displayName', s, 100],
    ['GET /api/home/student', '/api/home/student', student, 100],
  ];
  ctx.apiGet = client(apiPort, 50);
  const sizedApiGet = client(apiPort, 1, true);
  // Warm up (connections, the JIT, prepared statements), then capture one request of each.
  for (const [, u, who] of ctx.reads)
    for (let i = 0; i < 20; i++) await ctx.apiGet(u, { cookie: who.cookie });
  const routes = {};
  for (const [label, u, who] of ctx.reads) {
    const { status, bytes } = await sizedApiGet(u, {
      cookie: who.cookie,
      'x-bench-capture': label,
    });
    await new Promise((r) => setTimeout(r, 100)); // statements not awaited by the handler
    const statements = readFileSync(captureFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((e) => e.label === label);
    if (status !== 200 || statements.length === 0)
      throw new Error(
        `${root} ${label}: status ${status}, ${statements.length} statements captured`,
      );
    routes[u] = { status, statements, bytes };
  }
  writeFileSync(routesFile, JSON.stringify(routes));
  ctx.out.routes = routes;

  ctx.bare = spawn(process.execPath, [path.join(scripts, 'bench-bare.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...dbEnv, PORT: String(barePort), BENCH_ROUTES: routesFile },
  });
  await waitReady(`http://127.0.0.1:${barePort}/api/me`, ctx.bare);
  ctx.bareGet = client(barePort, 50);
  for (const [, u] of ctx.reads) {
    routes[u].bareBytes = (await client(barePort, 1, true)(u)).bytes;
    for (let i = 0; i < 20; i++) await ctx.bareGet(u);
  }
  return ctx;
}

const cleanups = [];
const ctxs = [];
try {
  for (const [i, root] of roots.entries()) ctxs.push(await prepare(root, i, cleanups));

  // 1. Rounds at c=8 alternating every server (each checkout's API and bare), the order
  // reversed every other round, so that the machine's drift falls on all of them alike.
  for (let k = 0; k < ctxs[0].reads.length; k++) {
    const runs = ctxs.map(() => ({ a: [], b: [] }));
    for (let r = 0; r < ROUNDS; r++) {
      const sides = ctxs.flatMap((c, i) => {
        const [, u, who, n] = c.reads[k];
        const headers = { cookie: who.cookie };
        return [
          async () => runs[i].a.push(await burst(n, 8, () => c.apiGet(u, headers))),
          async () => runs[i].b.push(await burst(n, 8, () => c.bareGet(u))),
        ];
      });
      if (r % 2) sides.reverse();
      for (const side of sides) await side();
    }
    ctxs.forEach((c, i) => {
      const [label, u] = c.reads[k];
      const { a, b } = runs[i];
      const route = c.out.routes[u];
      const each = a.map((x, j) => x.seconds / b[j].seconds).sort((m, n) => m - n);
      c.out.rows.push({
        label,
        sql: route.statements.length,
        named: route.statements.filter((x) => x.name).length,
        bytes: route.bytes,
        bareBytes: route.bareBytes,
        spread: [each[0], each[each.length - 1]],
        api: stats(a),
        bare: stats(b),
      });
    });
  }

  // 2. The year calendar at 50 connections (the pool has 10): API, and bare for reference.
  {
    const runs = ctxs.map(() => ({ a: [], b: [] }));
    for (let r = 0; r < 4; r++) {
      const sides = ctxs.flatMap((c, i) => {
        const headers = { cookie: c.who.student.cookie };
        return [
          async () => runs[i].a.push(await burst(200, 50, () => c.apiGet(c.calendar, headers))),
          async () => runs[i].b.push(await burst(200, 50, () => c.bareGet(c.calendar))),
        ];
      });
      if (r % 2) sides.reverse();
      for (const side of sides) await side();
    }
    ctxs.forEach((c, i) => (c.out.wide = { api: stats(runs[i].a), bare: stats(runs[i].b) }));
  }

  // 3. The other scenarios, API only, each checkout in turn.
  const scenario = async (label, total, concurrency, who, u) => {
    for (const c of ctxs) {
      const headers = { cookie: c.who[who].cookie };
      c.out.other.push({
        label,
        c: concurrency,
        ...stats([await burst(total, concurrency, () => c.apiGet(u, headers))]),
      });
    }
  };
  await scenario('GET /api/health/ready', 1000, 8, 'admin', '/api/health/ready');
  await scenario(
    'GET /api/users?size=25&sort=email',
    500,
    8,
    'admin',
    '/api/users?size=25&sort=email',
  );
  await scenario('GET /api/users?q=user 19 (search)', 100, 8, 'admin', '/api/users?q=user%2019');
  await scenario(
    'GET /api/home/instructor (300 proj.)',
    300,
    8,
    'instructor',
    '/api/home/instructor',
  );
  await scenario('GET /api/home/admin (500 students)', 300, 8, 'admin', '/api/home/admin');
  for (const c of ctxs) {
    const signIn = await burst(20, 2, async () => {
      const fresh = new Session(c.base);
      await fresh.request('GET', '/api/health/live');
      return fresh.request('POST', '/api/auth/sign-in', {
        email: 'admin@clique.test',
        password: 'demo-admin-2026',
      });
    });
    c.out.other.push({ label: 'POST /api/auth/sign-in (argon2id)', c: 2, ...stats([signIn]) });
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
const results = ctxs.map((c) => c.out);

console.log(
  `Clique API vs bare node:http + pg (the same SQL), Node ${process.version}, pool ${POOL_SIZE}`,
);
for (const r of results) {
  console.log(`\n${r.root}: ${r.title}`);
  console.log(
    `1. Alternating rounds at c=8 (${ROUNDS} × the same requests each side); API÷bare: the API's throughput as a share of the bare server's (the rounds' spread), then p50 API/bare`,
  );
  console.log(
    `${'read'.padEnd(40)} ${'SQL (named)'.padEnd(11)} | ${'API req/s'.padStart(9)} ${'p50 ms'.padStart(6)} ${'p99 ms'.padStart(6)} | ${'bare req/s'.padStart(10)} ${'p50 ms'.padStart(6)} ${'p99 ms'.padStart(6)} | ${'API÷bare'.padStart(8)} ${'(rounds)'.padStart(11)} ${'p50'.padStart(6)} | err`,
  );
  for (const x of r.rows) {
    const sql = `${x.sql} (${x.named})`;
    const spread = `(${(1 / x.spread[1]).toFixed(2)}–${(1 / x.spread[0]).toFixed(2)})`;
    console.log(
      `${x.label.padEnd(40)} ${sql.padEnd(11)} | ${rps(x.api.rps).padStart(9)} ${ms(x.api.p50)} ${ms(x.api.p99)} | ${rps(x.bare.rps).padStart(10)} ${ms(x.bare.p50)} ${ms(x.bare.p99)} | ${(x.api.rps / x.bare.rps).toFixed(2).padStart(8)} ${spread.padStart(11)} ${(x.api.p50 / x.bare.p50).toFixed(2).padStart(5)}× | ${String(x.api.errors + x.bare.errors).padStart(3)}`,
    );
  }
  console.log(
    `   bodies, API / bare (bare: every row read, as JSON): ${r.rows.map((x) => `${x.label.split(' ')[1].split('?')[0]} ${x.bytes} / ${x.bareBytes} B`).join('; ')}`,
  );
  const w = r.wide;
  console.log(
    `2. GET /api/sessions (student, year) at c=50: API ${rps(w.api.rps)} req/s  p50 ${ms(w.api.p50)}  p99 ${ms(w.api.p99)} ms  (bare ${rps(w.bare.rps)} req/s  p99 ${ms(w.bare.p99)} ms)  errors ${w.api.errors + w.bare.errors}`,
  );
  console.log('3. API only');
  for (const x of r.other) {
    console.log(
      `${x.label.padEnd(40)} ${String(x.n).padStart(5)} req  c=${String(x.c).padStart(2)}  ${rps(x.rps)} req/s  p50 ${ms(x.p50)} ms  p95 ${ms(x.p95)} ms  p99 ${ms(x.p99)} ms  errors ${x.errors}`,
    );
  }
}

if (results.length > 1) {
  const [first, ...others] = results;
  for (const o of others) {
    console.log(`\n${first.root} → ${o.root}: API req/s at c=8 (after÷before), API÷bare, p99 ms`);
    first.rows.forEach((x, i) => {
      const y = o.rows[i];
      console.log(
        `${x.label.padEnd(40)} ${rps(x.api.rps)} → ${rps(y.api.rps)} (${(y.api.rps / x.api.rps).toFixed(2)}×)   API÷bare ${(x.api.rps / x.bare.rps).toFixed(2)} → ${(y.api.rps / y.bare.rps).toFixed(2)}   p99 ${ms(x.api.p99)} → ${ms(y.api.p99)}`,
      );
    });
    console.log(
      `${'GET /api/sessions (student, year) c=50'.padEnd(40)} ${rps(first.wide.api.rps)} → ${rps(o.wide.api.rps)} (${(o.wide.api.rps / first.wide.api.rps).toFixed(2)}×)   p99 ${ms(first.wide.api.p99)} → ${ms(o.wide.api.p99)}`,
    );
  }
}

if (showSql) {
  for (const r of results) {
    console.log(`\nSQL captured from ${r.root} (checkout, name, duration in the API, text):`);
    for (const [u, route] of Object.entries(r.routes)) {
      console.log(`${u}`);
      for (const st of route.statements) {
        const text = st.text.replace(/\s+/g, ' ').trim();
        console.log(
          `  #${st.checkout} ${st.name ?? '-'} ${(st.end - st.start).toFixed(1)} ms  ${text.length > 300 ? text.slice(0, 300) + '…' : text}`,
        );
      }
    }
  }
}
