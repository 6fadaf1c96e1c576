#!/usr/bin/env node
// The floor `npm run bench` compares the API with: node:http and a pg.Pool configured as the
// API's (same size, timeouts, keep-alive), answering each captured URL by running the SQL the
// API ran for it (scripts/bench-capture.cjs): the same statements with the same values, named
// where the API named them (so prepared on both sides or on neither), on the same pool
// checkouts (a transaction stays on one client), statements the API overlapped overlapped here
// too. The answer is the recorded status and the JSON of every row read. No routing, no
// validation, no auth beyond that SQL (the session lookup is one of the statements).
// Started by scripts/bench.mjs: BENCH_ROUTES (a JSON file { "<url>": { status, statements } }),
// DATABASE_URL, PORT, DATABASE_POOL_SIZE, DATABASE_CONNECT_TIMEOUT_MS,
// DATABASE_STATEMENT_TIMEOUT_MS.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';

const env = process.env;
const statementTimeout = Number(env.DATABASE_STATEMENT_TIMEOUT_MS ?? 10_000);
const pool = new pg.Pool({
  connectionString: env.DATABASE_URL,
  max: Number(env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'clique-bare',
  connectionTimeoutMillis: Number(env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000),
  statement_timeout: statementTimeout,
  query_timeout: statementTimeout + 2_000,
  keepAlive: true,
});
pool.on('error', () => {
  /* an idle client lost: the pool drops it */
});

/**
 * A route's plan: statements in the order the API issued them, each with the earlier ones it
 * waited for (those that had finished before it started), and its checkout.
 */
function plan(statements) {
  const list = [...statements].sort((a, b) => a.seq - b.seq);
  const sequential = list.every((s, i) => i === 0 || list[i - 1].end <= s.start);
  const steps = list.map((s, i) => ({
    query: {
      text: s.text,
      values: s.values.map((v) =>
        v && typeof v === 'object' && 'base64' in v ? Buffer.from(v.base64, 'base64') : v,
      ),
      ...(s.name ? { name: s.name } : {}),
    },
    checkout: s.checkout,
    after: sequential ? [] : list.slice(0, i).flatMap((p, j) => (p.end <= s.start ? [j] : [])),
  }));
  const last = new Map();
  steps.forEach((s, i) => last.set(s.checkout, i));
  return { sequential, steps, lastOfCheckout: last };
}

async function run({ sequential, steps, lastOfCheckout }) {
  const clients = new Map();
  const client = (checkout) => {
    if (!clients.has(checkout)) clients.set(checkout, pool.connect());
    return clients.get(checkout);
  };
  const one = async (step, i) => {
    // A statement outside any checkout (none in the API today) takes one for itself.
    if (!step.checkout) return pool.query(step.query);
    const c = await client(step.checkout);
    try {
      return await c.query(step.query);
    } finally {
      if (lastOfCheckout.get(step.checkout) === i) c.release();
    }
  };
  const results = [];
  if (sequential) {
    for (let i = 0; i < steps.length; i++) results.push(await one(steps[i], i));
    return results;
  }
  const done = [];
  steps.forEach((step, i) => {
    done[i] = Promise.all(step.after.map((j) => done[j])).then(() => one(step, i));
  });
  return Promise.all(done);
}

const routes = new Map(
  Object.entries(JSON.parse(readFileSync(env.BENCH_ROUTES, 'utf8'))).map(([url, r]) => [
    url,
    { status: r.status, plan: plan(r.statements) },
  ]),
);

http
  .createServer((req, res) => {
    const route = routes.get(req.url);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    run(route.plan).then(
      (results) => {
        // A text of several statements answers an array of results.
        const rows = results.flat().flatMap((r) => (r && r.rows ? r.rows : []));
        const body = JSON.stringify(rows);
        res.writeHead(route.status, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      },
      (err) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err?.message ?? err));
      },
    );
  })
  .listen(Number(env.PORT), '127.0.0.1', () => process.send?.('ready'));

process.on('SIGTERM', () => pool.end().finally(() => process.exit(0)));
