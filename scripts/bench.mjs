#!/usr/bin/env node
// `npm run bench`: measures the built API against the local PostgreSQL (TEST_DATABASE_URL's
// server), on a database created for the run and dropped after. Loopback only, bounded in
// requests and time. Build first: npx nx run backend:build.
// Prints, per scenario: requests, concurrency, throughput and latency percentiles.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';

if (!existsSync('dist/backend/main.js')) {
  console.error('Build the backend first: npx nx run backend:build');
  process.exit(1);
}
const server = new URL(
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const name = `clique_bench_${Date.now()}`;
const admin = new pg.Client({ connectionString: server.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const port = process.env.BENCH_PORT ?? '3190';
const base = `http://127.0.0.1:${port}`;

const app = spawn(process.execPath, ['dist/backend/main.js'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: url.toString(),
    PORT: port,
    DEMO_DATA: 'true',
    LOG_LEVEL: 'error',
    STATIC_DIR: '/nonexistent',
  },
});

async function waitReady() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the API did not become ready');
}

class Session {
  cookies = new Map();
  async request(method, path, body) {
    const headers = { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (method !== 'GET') {
      headers['x-xsrf-token'] = this.cookies.get('XSRF-TOKEN') ?? '';
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(base + path, {
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

async function scenario(label, total, concurrency, fn) {
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
        if (status >= 400) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const p = (q) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  console.log(
    `${label.padEnd(34)} ${String(total).padStart(5)} req  c=${String(concurrency).padStart(2)}  ${(total / seconds).toFixed(0).padStart(6)} req/s  p50 ${p(0.5)} ms  p95 ${p(0.95)} ms  p99 ${p(0.99)} ms  errors ${errors}`,
  );
}

try {
  await waitReady();
  const s = new Session();
  await s.request('GET', '/api/health/live');
  if (
    (await s.request('POST', '/api/auth/sign-in', {
      email: 'admin@clique.test',
      password: 'demo-admin-2026',
    })) !== 200
  ) {
    throw new Error('demo admin could not sign in');
  }
  // A realistic directory: 2,000 more users.
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
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
  await db.end();
  const signedIn = async (email, password) => {
    const session = new Session();
    await session.request('GET', '/api/health/live');
    if ((await session.request('POST', '/api/auth/sign-in', { email, password })) !== 200)
      throw new Error(`${email} could not sign in`);
    return session;
  };
  const student = await signedIn('camille.rochat@clique.test', 'demo-student-2026');
  const instructor = await signedIn('sophie.mercier@clique.test', 'demo-instructor-2026');

  console.log(`Clique API on ${base} (PostgreSQL ${name}); Node ${process.version}`);
  await scenario('GET /api/health/ready', 2000, 8, () => s.request('GET', '/api/health/ready'));
  await scenario('GET /api/me (session lookup)', 2000, 8, () => s.request('GET', '/api/me'));
  await scenario('GET /api/users?size=25 (2,015 users)', 1000, 8, () =>
    s.request('GET', '/api/users?size=25&sort=email'),
  );
  await scenario('GET /api/users?q=user 19 (search)', 1000, 8, () =>
    s.request('GET', '/api/users?q=user%2019'),
  );
  // The first page after sign-in, on the large year above (a fixed number of statements each).
  await scenario('GET /api/home/student', 1000, 8, () =>
    student.request('GET', '/api/home/student'),
  );
  await scenario('GET /api/home/instructor (300 proj.)', 1000, 8, () =>
    instructor.request('GET', '/api/home/instructor'),
  );
  await scenario('GET /api/home/admin (500 students)', 1000, 8, () =>
    s.request('GET', '/api/home/admin'),
  );
  await scenario('POST /api/auth/sign-in (argon2id)', 40, 2, async () => {
    const fresh = new Session();
    await fresh.request('GET', '/api/health/live');
    return fresh.request('POST', '/api/auth/sign-in', {
      email: 'admin@clique.test',
      password: 'demo-admin-2026',
    });
  });
} finally {
  app.kill('SIGTERM');
  await new Promise((r) => app.once('exit', r));
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
