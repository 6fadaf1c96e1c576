import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { buildAdmin, TEST_PASSWORD } from '../testing/factories';
import { Browser } from '../testing/test-app';
import { typeormOptions } from './typeorm-options';

/**
 * The fault test: the API on a PostgreSQL cluster this test owns (created with initdb in a
 * temporary folder, on a free port; never the developer's server), under load while that cluster
 * stops and starts again, and while it refuses new connections.
 */

/** PostgreSQL's server binaries (initdb, pg_ctl): TEST_PG_BIN, or Debian's newest installed. */
function serverBinaries(): string {
  const given = process.env['TEST_PG_BIN'];
  if (given) return given;
  const installed = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((version) => /^\d+$/.test(version))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return join('/usr/lib/postgresql', installed[0] ?? '15', 'bin');
}
const BIN = serverBinaries();
const run = promisify(execFile);
const CONNECT_TIMEOUT_MS = 1_500;
const STATEMENT_TIMEOUT_MS = 2_000;
/**
 * No answer may take longer: a request waits for a connection and runs a few statements, each
 * bounded; twice the pair leaves room for a loaded machine, and is still far from a hang.
 */
const BOUND_MS = 2 * (CONNECT_TIMEOUT_MS + STATEMENT_TIMEOUT_MS);
/** Past this, a request counts as hung (and the test stops waiting for it). */
const HANG_MS = 15_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A throw-away PostgreSQL 15 cluster, run as the `postgres` user when the tests run as root. */
class OwnCluster {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly asPostgres: boolean,
  ) {}

  static async create(): Promise<OwnCluster> {
    const dir = await mkdtemp(join(tmpdir(), 'clique-outage-'));
    const asPostgres = process.getuid?.() === 0;
    const cluster = new OwnCluster(dir, await freePort(), asPostgres);
    try {
      if (asPostgres) {
        const { stdout } = await run('id', ['-u', 'postgres']);
        const { stdout: gid } = await run('id', ['-g', 'postgres']);
        await chown(dir, Number(stdout.trim()), Number(gid.trim()));
      }
      await cluster.pg('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    return cluster;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(settings: string[] = []): Promise<void> {
    const options = [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      ...settings.map((s) => `-c ${s}`),
    ].join(' ');
    await this.pg('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'server.log'),
      '-o',
      options,
      '-w',
      '-t',
      '30',
      'start',
    ]);
  }

  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    await this.pg('pg_ctl', ['-D', join(this.dir, 'data'), '-m', mode, '-w', 'stop']);
  }

  /** Stops the server if it runs and removes the folder: always, even after a failure. */
  async destroy(): Promise<void> {
    await this.stop('immediate').catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }

  private async pg(binary: string, args: string[]): Promise<void> {
    const command = join(BIN, binary);
    if (this.asPostgres) await run('runuser', ['-u', 'postgres', '--', command, ...args]);
    else await run(command, args);
  }
}

interface Answer {
  path: string;
  start: number;
  end: number;
  status: number;
  contentType: string;
  retryAfter?: string;
  code?: string;
}

/** The API on the cluster, its pino lines captured, reached through Fastify's inject. */
async function startApp(databaseUrl: string, logs: Record<string, unknown>[]) {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DEMO_DATA: 'false',
    STATIC_DIR: '/nonexistent',
    SIGN_IN_MAX_FAILURES_PER_IP: '100000',
    SIGN_IN_MAX_FAILURES_PER_ACCOUNT: '100000',
    DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
    DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
  });
  const logStream = {
    write(line: string) {
      logs.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
  const app = await createApp({ config, databaseUrl, poolSize: 10, logStream, bufferLogs: true });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  app.flushLogs(); // what listen() does in main.ts: Nest's own lines go to pino from here on
  return app;
}

/** Requests from `clients` loops until `stop()`; every answer is kept with its timing. */
function load(app: NestFastifyApplication, admin: Browser, email: string, clients: number) {
  const answers: Answer[] = [];
  let running = true;
  const anonymous = new Browser(app, '10.0.0.9');
  const one = async (i: number): Promise<void> => {
    const signIn = i % 10 === 9; // argon2 is costly: 2 of 20 clients sign in
    const path = signIn ? '/api/auth/sign-in' : '/api/users?size=5';
    const start = Date.now();
    const request = signIn
      ? anonymous.post(path, { email, password: 'not the password' })
      : admin.get(path);
    let timer: NodeJS.Timeout | undefined;
    const response = await Promise.race([
      request,
      new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), HANG_MS))),
    ]);
    clearTimeout(timer);
    const end = Date.now();
    if (!response) {
      answers.push({ path, start, end, status: 0, contentType: '' });
      return;
    }
    const contentType = String(response.headers['content-type'] ?? '');
    const body = contentType.includes('json')
      ? (JSON.parse(response.body) as { code?: string })
      : {};
    answers.push({
      path,
      start,
      end,
      status: response.statusCode,
      contentType,
      retryAfter: response.headers['retry-after'] as string | undefined,
      code: body.code,
    });
  };
  const loops = Array.from({ length: clients }, async (_, i) => {
    while (running) {
      await one(i);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  return {
    answers,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/** Readiness asked every 100 ms, like a load balancer would. */
function pollReadiness(app: NestFastifyApplication) {
  const samples: { at: number; status: number }[] = [];
  let running = true;
  const loop = (async () => {
    const fastify = app.getHttpAdapter().getInstance();
    while (running) {
      const response = await fastify.inject({ method: 'GET', url: '/api/health/ready' });
      samples.push({ at: Date.now(), status: response.statusCode });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    samples,
    async stop() {
      running = false;
      await loop;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const problemOf = (answers: Answer[]) =>
  answers.filter(
    (a) =>
      a.status !== 503 ||
      !a.contentType.startsWith('application/problem+json') ||
      !a.retryAfter ||
      a.code !== 'unavailable',
  );

describe('the API when its database goes away', () => {
  jest.setTimeout(90_000);
  let cluster: OwnCluster | undefined;
  let app: NestFastifyApplication | undefined;
  let admin: Browser;
  let adminEmail: string;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    if (!existsSync(join(BIN, 'initdb')) || !existsSync(join(BIN, 'pg_ctl')))
      throw new Error(
        `The fault test needs PostgreSQL's initdb and pg_ctl in ${BIN} (TEST_PG_BIN)`,
      );
    cluster = await OwnCluster.create();
    await cluster.start();
    const server = new Client({ connectionString: cluster.url('postgres') });
    await server.connect();
    await server.query('CREATE DATABASE clique');
    await server.end();
    const db = new DataSource(typeormOptions({ url: cluster.url('clique'), poolSize: 1 }));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });
    adminEmail = (await buildAdmin(db)).email;
    await db.destroy();
    app = await startApp(cluster.url('clique'), logs);
    admin = new Browser(app);
    expect((await admin.signIn(adminEmail, TEST_PASSWORD)).statusCode).toBe(200);
  });

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await cluster?.destroy();
  });

  it('answers 503 with Retry-After while PostgreSQL is stopped, is not ready, logs the outage once and serves again within a second or two', async () => {
    const target = cluster as OwnCluster;
    const traffic = load(app as NestFastifyApplication, admin, adminEmail, 20);
    const readiness = pollReadiness(app as NestFastifyApplication);
    await sleep(1_000);
    const stopping = Date.now();
    await target.stop('fast');
    const stopped = Date.now();
    await sleep(5_000);
    const starting = Date.now();
    await target.start();
    const back = Date.now();
    await sleep(3_000);
    await Promise.all([traffic.stop(), readiness.stop()]);
    const { answers } = traffic;

    const summary = {
      requests: answers.length,
      byStatus: answers.reduce<Record<number, number>>(
        (count, a) => ({ ...count, [a.status]: (count[a.status] ?? 0) + 1 }),
        {},
      ),
      slowestMs: Math.max(...answers.map((a) => a.end - a.start)),
      stopMs: stopped - stopping,
      // pg_ctl reports the server up a little after it accepts connections: from then on.
      firstOkAfterBackMs: Math.max(
        0,
        Math.min(...answers.filter((a) => a.status === 200 && a.end > stopped).map((a) => a.end)) -
          back,
      ),
      readyAfterBackMs:
        Math.min(
          ...readiness.samples.filter((s) => s.status === 200 && s.at >= back).map((s) => s.at),
        ) - back,
    };
    const errorRecords = logs.filter((l) => Number(l['level']) >= 50).length;
    console.log(`outage: ${JSON.stringify({ ...summary, logRecords: logs.length, errorRecords })}`);
    console.log(
      `slowest: ${[...answers]
        .sort((x, y) => y.end - y.start - (x.end - x.start))
        .slice(0, 5)
        .map((a) => `${a.start - back} ${a.end - a.start} ms ${a.status} ${a.path}`)
        .join('; ')}`,
    );

    // Never a 500, never a hang: 200 (or 401, a wrong password) when up, 503 problem+json when not.
    expect(answers.filter((a) => ![200, 401, 503].includes(a.status))).toEqual([]);
    expect(problemOf(answers.filter((a) => a.status === 503))).toEqual([]);
    expect(answers.filter((a) => a.end - a.start > BOUND_MS)).toEqual([]);
    // Every request made while the server was down answered 503.
    const during = answers.filter((a) => a.start >= stopped && a.end <= starting);
    expect(during.length).toBeGreaterThan(50);
    expect(during.filter((a) => a.status !== 503)).toEqual([]);
    // A load balancer sees it: not ready while down, ready again after.
    const readyDuring = readiness.samples.filter((s) => s.at >= stopped && s.at <= starting);
    expect(readyDuring.length).toBeGreaterThan(10);
    expect(readyDuring.filter((s) => s.status !== 503)).toEqual([]);
    expect(readiness.samples[readiness.samples.length - 1]?.status).toBe(200);
    // Service resumes within about a second of the database's return.
    expect(summary.firstOkAfterBackMs).toBeLessThanOrEqual(2_000);
    expect(summary.readyAfterBackMs).toBeLessThanOrEqual(2_000);
    // The log: the outage once when it starts, once when it ends; no error record per request.
    const started = logs.filter((l) => l['outage'] === 'started');
    const ended = logs.filter((l) => l['outage'] === 'ended');
    expect(started).toHaveLength(1);
    expect(ended).toHaveLength(1);
    expect(Number(ended[0]?.['durationMs'])).toBeGreaterThan(4_000);
    expect(logs.filter((l) => Number(l['level']) >= 50 && l['outage'] !== 'started')).toEqual([]);
    expect(logs.filter((l) => l['err'] !== undefined)).toEqual([]);
  });

  it('answers 503 within the bound, not a hang, while a lock holds every pooled connection', async () => {
    const target = cluster as OwnCluster;
    logs.length = 0;
    // Another client holds the sessions table: every request's session lookup waits on it, the
    // pool of 10 fills with waiting statements, and the rest wait for a pooled connection.
    const locker = new Client({ connectionString: target.url('clique') });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE auth_sessions IN ACCESS EXCLUSIVE MODE');
    const traffic = load(app as NestFastifyApplication, admin, adminEmail, 20);
    await sleep(4_000);
    // Stamped before the ROLLBACK is sent: an answer that ends earlier was given while the lock
    // held. (Stamped after it, a request the ROLLBACK set free could finish, with a 200, before
    // the stamp, and count as answered while locked.)
    const released = Date.now();
    await locker.query('ROLLBACK');
    await locker.end();
    await sleep(2_000);
    await traffic.stop();
    const { answers } = traffic;
    const whileLocked = answers.filter((a) => a.end < released && a.path.startsWith('/api/users'));
    console.log(
      `locked: ${whileLocked.length} answers while locked, slowest ${Math.max(...answers.map((a) => a.end - a.start))} ms`,
    );

    expect(whileLocked.length).toBeGreaterThan(10);
    expect(problemOf(whileLocked)).toEqual([]);
    expect(answers.filter((a) => ![200, 401, 503].includes(a.status))).toEqual([]);
    expect(answers.filter((a) => a.end - a.start > BOUND_MS)).toEqual([]);
    expect(
      answers.filter((a) => a.start >= released + 500 && a.status === 200).length,
    ).toBeGreaterThan(0);
    expect(logs.filter((l) => Number(l['level']) >= 50 && l['outage'] !== 'started')).toEqual([]);
  });

  it('answers 503, not 500 nor a hang, when PostgreSQL refuses new connections', async () => {
    const target = cluster as OwnCluster;
    logs.length = 0;
    await target.stop('fast');
    await target.start(['max_connections=12', 'superuser_reserved_connections=0']);
    // Take every connection the server allows, so that the app's pool cannot open one.
    const hogs: Client[] = [];
    for (;;) {
      const hog = new Client({ connectionString: target.url('clique') });
      try {
        await hog.connect();
        hogs.push(hog);
      } catch (error) {
        expect((error as { code?: string }).code).toBe('53300');
        break;
      }
    }
    const traffic = load(app as NestFastifyApplication, admin, adminEmail, 20);
    await sleep(3_000);
    await Promise.all(hogs.map((hog) => hog.end()));
    const freed = Date.now();
    await sleep(1_500);
    await traffic.stop();
    const { answers } = traffic;
    const whileFull = answers.filter((a) => a.end < freed);
    console.log(
      `too many connections: ${whileFull.length} answers while full, slowest ${Math.max(...answers.map((a) => a.end - a.start))} ms`,
    );

    expect(whileFull.length).toBeGreaterThan(20);
    expect(problemOf(whileFull)).toEqual([]);
    expect(answers.filter((a) => a.end - a.start > BOUND_MS)).toEqual([]);
    expect(
      answers.filter((a) => a.start >= freed + 500 && a.status === 200).length,
    ).toBeGreaterThan(0);
    expect(logs.filter((l) => l['outage'] === 'started')).toHaveLength(1);
    expect(logs.filter((l) => Number(l['level']) >= 50 && l['outage'] !== 'started')).toEqual([]);
  });
});
