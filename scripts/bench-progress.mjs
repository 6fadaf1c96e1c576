#!/usr/bin/env node
// The progress computation for a big cohort: 2,000 students × 30 assessments (60,000 grades)
// in 10 modules, 20 held sessions with attendance (40,000 records), on the local PostgreSQL
// (TEST_DATABASE_URL's server), in a database created for the run and dropped after. Times the
// cohort computation of the built service (its fixed SQL statements and the rules, in this
// process) and, for information, `GET /api/cohorts/:id/progress` over HTTP (the same plus the
// guard and about 5 MB of JSON); prints the median and p95 of each. Goal: the computation
// ≤ 300 ms. Build first: npx nx run backend:build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 2000);
const MODULES = 10;
const PER_MODULE = 3;
const SESSIONS = 20;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const GOAL_MS = 300;

if (!existsSync('dist/backend/main.js')) {
  console.error('Build the backend first: npx nx run backend:build');
  process.exit(1);
}
const server = new URL(
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const name = `clique_bench_progress_${Date.now()}`;
const admin = new pg.Client({ connectionString: server.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
const url = new URL(server);
url.pathname = `/${name}`;
const port = process.env.BENCH_PORT ?? '3191';
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
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the API did not become ready');
}

const cookies = new Map();
async function request(method, path, body) {
  const headers = { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
  if (method !== 'GET') {
    headers['x-xsrf-token'] = cookies.get('XSRF-TOKEN') ?? '';
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
    cookies.set(k, v);
  }
  return { status: response.status, body: await response.text() };
}

/** Runs `fn` twice to warm up, then RUNS times; the sorted durations in ms. */
async function measure(fn) {
  for (let i = 0; i < 2; i++) await fn();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

function report(label, times, goal) {
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)];
  const verdict = goal ? `  (goal ≤ ${GOAL_MS} ms: ${p95 <= GOAL_MS ? 'met' : 'NOT met'})` : '';
  console.log(
    `${label.padEnd(52)} ${RUNS} runs  median ${median.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms${verdict}`,
  );
}

/** The cohort, written straight to the tables; returns its id and the demo admin's. */
async function seed(db) {
  const one = async (sql, params = []) => (await db.query(sql, params)).rows[0];
  const { id: adminId } = await one(`SELECT id FROM users WHERE email = 'admin@clique.test'`);
  const { id: programmeId } = await one(
    `INSERT INTO programmes (code, title, grading_scale, grade_step, ects_total, time_zone,
                             average_weighting, final_rounding, compensation)
     VALUES ('BENCHP', 'Bench progress', 'CH_6', 0.5, 60, 'Europe/Zurich', 'coefficient', 0.5, true)
     RETURNING id`,
  );
  await db.query(
    `INSERT INTO diploma_rules (programme_id, scale, position, kind, threshold, max_count, excused_count_as_absent)
     VALUES ($1, 'CH_6', 1, 'overall_average', 4, NULL, NULL),
            ($1, 'CH_6', 2, 'max_below_pass', NULL, 2, NULL),
            ($1, 'CH_6', 3, 'module_minimum', 3, NULL, NULL),
            ($1, 'CH_6', 4, 'attendance', 80, NULL, false),
            ($1, 'CH_6', 5, 'project_grade', 4, NULL, NULL)`,
    [programmeId],
  );
  await db.query(
    `INSERT INTO course_modules (programme_id, position, code, title, ects, coefficient, kind)
     SELECT $1, i, 'M' || i, 'Module ' || i, 6, 1 + (i % 2),
            CASE WHEN i = $2 THEN 'project' ELSE 'course' END
       FROM generate_series(1, $2) i`,
    [programmeId, MODULES],
  );
  const { id: cohortId } = await one(
    `INSERT INTO cohorts (programme_id, name, starts_on, ends_on, status)
     VALUES ($1, 'Bench 2,000', current_date - 200, current_date + 165, 'running') RETURNING id`,
    [programmeId],
  );
  await db.query(
    `INSERT INTO cohort_instructors (cohort_id, instructor_id)
                  SELECT $1, id FROM users WHERE email = 'sophie.mercier@clique.test'`,
    [cohortId],
  );
  await db.query(
    `INSERT INTO users (email, display_name, role)
     SELECT 'progress' || i || '@bench.test', 'Bench Student ' || lpad(i::text, 4, '0'), 'student'
       FROM generate_series(1, $1) i`,
    [STUDENTS],
  );
  await db.query(
    `INSERT INTO enrolments (cohort_id, student_id, status)
     SELECT $1, id, 'active' FROM users WHERE email LIKE 'progress%@bench.test'`,
    [cohortId],
  );
  await db.query(
    `INSERT INTO assessments (cohort_id, module_id, programme_id, scale, grade_step, title, kind,
                              coefficient, released_at, released_by_id, created_by_id)
     SELECT $1, m.id, $2, 'CH_6', 0.5, 'Évaluation ' || m.position || '.' || k, 'exam', k,
            CASE WHEN k < 3 THEN now() END, CASE WHEN k < 3 THEN $3::uuid END, $3
       FROM course_modules m CROSS JOIN generate_series(1, $4) k WHERE m.programme_id = $2`,
    [cohortId, programmeId, adminId, PER_MODULE],
  );
  await db.query(
    `INSERT INTO grades (assessment_id, student_id, attempt, cohort_id, scale, grade_step, score, graded_by_id)
     SELECT a.id, e.student_id, 1, $1, 'CH_6', 0.5, 2.5 + floor(random() * 8) * 0.5, $2
       FROM assessments a JOIN enrolments e ON e.cohort_id = a.cohort_id WHERE a.cohort_id = $1`,
    [cohortId, adminId],
  );
  await db.query(
    `INSERT INTO sessions (cohort_id, title, kind, starts_at, ends_at)
     SELECT $1, 'Séance ' || i, 'lecture',
            date_trunc('day', now()) - make_interval(days => i) + interval '13 hours',
            date_trunc('day', now()) - make_interval(days => i) + interval '15 hours'
       FROM generate_series(1, $2) i`,
    [cohortId, SESSIONS],
  );
  await db.query(
    `INSERT INTO attendance_records (session_id, student_id, part, status, excuse_reason)
     SELECT x.session_id, x.student_id, 0, x.status,
            CASE WHEN x.status = 'excused' THEN 'Maladie' END
       FROM (SELECT s.id AS session_id, e.student_id,
                    (ARRAY['present', 'present', 'present', 'late', 'absent', 'excused'])
                      [1 + floor(random() * 6)::int] AS status
               FROM sessions s JOIN enrolments e ON e.cohort_id = s.cohort_id
              WHERE s.cohort_id = $1) x`,
    [cohortId],
  );
  await db.query('ANALYZE');
  return { cohortId, adminId };
}

try {
  await waitReady();
  await request('GET', '/api/health/live');
  const signIn = await request('POST', '/api/auth/sign-in', {
    email: 'admin@clique.test',
    password: 'demo-admin-2026',
  });
  if (signIn.status !== 200) throw new Error('demo admin could not sign in');
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const seeding = performance.now();
  const { cohortId, adminId } = await seed(db);
  const counts = (
    await db.query(
      `SELECT (SELECT count(*) FROM grades WHERE cohort_id = $1) AS grades,
              (SELECT count(*) FROM attendance_records r JOIN sessions s ON s.id = r.session_id
                WHERE s.cohort_id = $1) AS records`,
      [cohortId],
    )
  ).rows[0];
  await db.end();
  console.log(
    `Seeded ${STUDENTS} students × ${MODULES * PER_MODULE} assessments (${counts.grades} grades), ` +
      `${SESSIONS} sessions (${counts.records} attendance records) in ${((performance.now() - seeding) / 1000).toFixed(1)} s`,
  );

  const path = `/api/cohorts/${cohortId}/progress`;
  if (process.env.BENCH_KEEP) console.log(`cohort ${cohortId}`);
  const first = await request('GET', path);
  if (first.status !== 200) throw new Error(`progress answered ${first.status}: ${first.body}`);
  const students = JSON.parse(first.body).students.length;

  // The computation itself, through the built service, in this process.
  require('reflect-metadata');
  const { createApp } = require('../dist/backend/app.factory.js');
  const { loadConfig } = require('../dist/backend/config/config.js');
  const { ProgressService } = require('../dist/backend/progress/progress.service.js');
  const nest = await createApp({
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATIC_DIR: '/nonexistent' }),
    databaseUrl: url.toString(),
    poolSize: 10,
    bufferLogs: false,
  });
  await nest.init();
  try {
    const service = nest.get(ProgressService);
    const viewer = { id: adminId, role: 'admin' };
    const computed = await measure(() => service.cohort(viewer, cohortId));
    report(`computation (service): ${students} students`, computed, true);
  } finally {
    await nest.close();
  }
  const http = await measure(async () => {
    const { status } = await request('GET', path);
    if (status !== 200) throw new Error(`progress answered ${status}`);
  });
  report(
    `GET /api/cohorts/:id/progress (${(first.body.length / 1e6).toFixed(1)} MB JSON)`,
    http,
    false,
  );
} finally {
  app.kill('SIGTERM');
  await new Promise((r) => app.once('exit', r));
  if (process.env.BENCH_KEEP) console.log(`kept ${name}`);
  else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
