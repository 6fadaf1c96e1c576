#!/usr/bin/env node
// Page weight: what a browser with an empty cache downloads for the sign-in page and for the
// demo student's home, measured in Chromium through the DevTools protocol. "Transferred" is what
// DevTools' Network panel calls so: the bytes that came over the wire (headers and the body as
// encoded, i.e. compressed when it was), the sum of Network.loadingFinished's encodedDataLength.
//
// Three loads, each until the page shows its content (the sign-in form, the student home's
// sections) and then nothing is in flight for a second:
//   1. the sign-in page, cold (a fresh browser profile);
//   2. signing in from it: the sign-in request and the student home (the cache warm from 1,
//      as a real sign-in is);
//   3. the student home, cold (a fresh profile that only has the session cookie).
//
// Serves the production build (dist/: `npx nx run-many -t build -p backend frontend`) on a
// database created for the run on TEST_DATABASE_URL's server (the local PostgreSQL), with the
// demo data, and drops it after. `--root <dir>` measures another checkout's build (its own
// dist/ and node_modules), `--port <n>` (3170) where it listens, `--all` lists every resource
// instead of the five biggest. Everything it starts is stopped however it ends (an error,
// Ctrl-C, the global timeout of PAGE_WEIGHT_TIMEOUT_MS, 240 s).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';

const usage = 'usage: page-weight.mjs [--root <dir>] [--port <n>] [--all]';
let root = process.cwd();
let port = 3170;
let listAll = false;
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  const value = process.argv[i + 1];
  if (arg === '--root' && value) {
    root = path.resolve(value);
    i++;
  } else if (arg === '--port' && value && /^\d+$/.test(value)) {
    port = Number(value);
    i++;
  } else if (arg === '--all') {
    listAll = true;
  } else {
    console.error(`Unknown argument ${arg}; ${usage}`);
    process.exit(2);
  }
}
const main = path.join(root, 'dist/backend/main.js');
if (!existsSync(main) || !existsSync(path.join(root, 'dist/frontend/browser/index.html'))) {
  console.error(`Build first (in ${root}): npx nx run-many -t build -p backend frontend`);
  process.exit(1);
}

const STUDENT = { email: 'camille.rochat@clique.test', password: 'demo-student-2026' };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.PAGE_WEIGHT_TIMEOUT_MS ?? 240_000);
const pgServer = new URL(
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
);
const base = `http://127.0.0.1:${port}`;
const dbName = `clique_weight_${Date.now()}_${process.pid}`;

let server = null;
let browser = null;
let dbCreated = false;
let serverLog = '';

// Last resort if the process leaves without the cleanup below (process.exit elsewhere): no
// server may outlive it. Playwright kills its browser on exit itself.
process.on('exit', () => {
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
});

/** Resolves after `ms`, or with `fallback` when `promise` takes longer. */
const within = (promise, ms, fallback) =>
  Promise.race([promise, new Promise((r) => setTimeout(() => r(fallback), ms).unref())]);

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  if ((await within(exited, 10_000, 'late')) === 'late') {
    server.kill('SIGKILL');
    await within(exited, 5_000);
  }
}

async function dropDatabase() {
  if (!dbCreated) return;
  const client = new pg.Client({ connectionString: pgServer.toString() });
  try {
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    dbCreated = false;
  } catch (error) {
    console.error(`Could not drop the database ${dbName}: ${error.message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

let cleaning = null;
/** Closes the browser, stops the server, drops the database, then exits with `code`. */
function finish(code) {
  cleaning ??= (async () => {
    await within(browser?.close().catch(() => undefined) ?? Promise.resolve(), 10_000);
    await stopServer();
    await within(dropDatabase(), 15_000);
    process.exit(code);
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    if (cleaning) process.exit(130); // a second Ctrl-C: now
    console.error(`\n${signal}: stopping`);
    void finish(130);
  });
setTimeout(() => {
  console.error(`Gave up after ${TIMEOUT_MS / 1000} s (PAGE_WEIGHT_TIMEOUT_MS).`);
  void finish(1);
  // Each cleanup step is bounded; this bounds them all, should one still hang.
  setTimeout(() => process.exit(1), 45_000).unref();
}, TIMEOUT_MS);

async function startServer() {
  const admin = new pg.Client({ connectionString: pgServer.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${dbName}`);
    dbCreated = true;
  } finally {
    await admin.end();
  }
  const url = new URL(pgServer);
  url.pathname = `/${dbName}`;
  server = spawn(process.execPath, [main], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'test', // production refuses DEMO_DATA
      DATABASE_URL: url.toString(),
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: base,
      DEMO_DATA: 'true',
      JOBS_WORKER: 'false',
      LOG_LEVEL: 'error',
    },
  });
  server.stderr.on('data', (chunk) => {
    serverLog = (serverLog + chunk).slice(-4000);
  });
  for (const started = Date.now(); Date.now() - started < 150_000;) {
    if (server.exitCode !== null || server.signalCode !== null)
      throw new Error(`the server exited (${server.exitCode ?? server.signalCode}):\n${serverLog}`);
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within 150 s:\n${serverLog}`);
}

/** Records what a page downloads, from the DevTools protocol's Network domain. */
async function recorder(context, page) {
  const cdp = await context.newCDPSession(page);
  let requests = new Map();
  let lastEvent = Date.now();
  const entry = (id) => {
    lastEvent = Date.now();
    return requests.get(id);
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!/^https?:/.test(e.request.url)) return; // data: and blob: URLs cost nothing
    const previous = entry(e.requestId);
    // A redirect reuses the request id: the hop that answered it is a request of its own.
    const hops = previous ? previous.hops + 1 : 1;
    const redirectBytes =
      (previous?.redirectBytes ?? 0) + (e.redirectResponse?.encodedDataLength ?? 0);
    requests.set(e.requestId, {
      url: e.request.url,
      type: e.type ?? 'Other',
      status: null,
      bytes: 0,
      hops,
      redirectBytes,
      fromCache: false,
      done: false,
      failed: null,
    });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const r = entry(e.requestId);
    if (r) r.fromCache = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = entry(e.requestId);
    if (!r) return;
    r.status = e.response.status;
    if (e.response.fromDiskCache || e.response.fromPrefetchCache) r.fromCache = true;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = entry(e.requestId);
    if (!r) return;
    r.bytes = e.encodedDataLength + r.redirectBytes;
    r.done = true;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = entry(e.requestId);
    if (!r) return;
    r.failed = e.errorText || 'failed';
  });
  await cdp.send('Network.enable');
  return {
    /**
     * Resolves once nothing is in flight and nothing happened for `quietMs`. Playwright's
     * "networkidle" is a state of the document's load: after a client-side navigation (the
     * sign-in's redirect to the home) it is already reached while the home still fetches.
     */
    async idle(quietMs = 1000, timeoutMs = 60_000) {
      for (const since = Date.now(); Date.now() - since < timeoutMs;) {
        const busy = [...requests.values()].some((r) => !r.done && !r.failed && !r.fromCache);
        if (!busy && Date.now() - lastEvent >= quietMs) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`the network was not idle within ${timeoutMs / 1000} s`);
    },
    /** What was recorded since the last call. */
    take() {
      const all = [...requests.values()];
      requests = new Map();
      return all;
    },
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const shortUrl = (u) => {
  const { pathname, search } = new URL(u);
  const s = pathname + search;
  return s.length > 70 ? `${s.slice(0, 67)}…` : s;
};

function report(label, all) {
  const network = all.filter((r) => !r.fromCache);
  const cached = all.length - network.length;
  const count = network.reduce((s, r) => s + r.hops, 0);
  const bytes = network.reduce((s, r) => s + r.bytes, 0);
  const failed = network.filter((r) => !r.done);
  const unfinished = failed.length;
  console.log(`\n${label}`);
  console.log(
    `  ${count} requests, ${kb(bytes)} transferred` +
      (cached ? ` (and ${cached} from the cache)` : '') +
      (unfinished ? ` (${unfinished} unfinished or failed, not counted in bytes)` : ''),
  );
  const byType = new Map();
  for (const r of network) byType.set(r.type, (byType.get(r.type) ?? 0) + r.bytes);
  console.log(
    `  by type: ${[...byType]
      .sort((a, b) => b[1] - a[1])
      .map(([t, b]) => `${t} ${kb(b)}`)
      .join(', ')}`,
  );
  console.log(listAll ? '  all, biggest first:' : '  biggest:');
  const biggest = [...network].sort((a, b) => b.bytes - a.bytes);
  for (const r of listAll ? biggest : biggest.slice(0, 5))
    console.log(
      `    ${kb(r.bytes).padStart(10)}  ${String(r.status).padEnd(3)} ${r.type.padEnd(10)} ${shortUrl(r.url)}`,
    );
  for (const r of failed)
    console.log(
      `  not counted: ${r.type} ${shortUrl(r.url)} (${r.status ?? 'no answer'}, ${r.failed || 'unfinished'})`,
    );
}

async function newContext(storageState) {
  return browser.newContext({
    baseURL: base,
    locale: 'fr-CH',
    timezoneId: 'Europe/Zurich',
    viewport: { width: 1280, height: 800 },
    ...(storageState ? { storageState } : {}),
  });
}

async function run() {
  const started = Date.now();
  await startServer();
  console.error(`(server ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  console.log(`Page weight of ${root} (${base}, Chromium ${browser.version()}, empty cache)`);

  const context = await newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const net = await recorder(context, page);

  await page.goto('/sign-in', { waitUntil: 'networkidle' });
  await page.locator('button[type=submit]').waitFor();
  await net.idle();
  report('Sign-in page (cold)', net.take());

  await page.locator('input[type=email]').fill(STUDENT.email);
  await page.locator('input[type=password]').fill(STUDENT.password);
  await Promise.all([
    page.waitForURL((u) => u.pathname.startsWith('/student')),
    page.locator('button[type=submit]').click(),
  ]);
  await page.getByTestId('student-home').waitFor();
  await net.idle();
  report('Signing in → student home (cache warm from the sign-in page)', net.take());

  const signedIn = await context.storageState();
  await context.close();
  const cold = await newContext(signedIn);
  const home = await cold.newPage();
  home.setDefaultTimeout(60_000);
  const coldNet = await recorder(cold, home);
  await home.goto('/student', { waitUntil: 'networkidle' });
  if (!new URL(home.url()).pathname.startsWith('/student'))
    throw new Error(`the student home redirected to ${home.url()}`);
  await home.getByTestId('student-home').waitFor();
  await coldNet.idle();
  report('Student home (cold, signed in)', coldNet.take());
  await cold.close();
}

try {
  await run();
  await finish(0);
} catch (error) {
  console.error(`page-weight failed: ${error.stack ?? error}`);
  await finish(1);
}
