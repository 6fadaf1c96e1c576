import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'pg';
import { ownDatabase, type OwnDatabase } from '../own-database';
import { startTestApp, type TestApp } from '../test-app';
import { EXCLUSIONS } from './exclusions';
import { type OpenApiDocument, type Operation, operationsOf } from './openapi';
import { formatFindings, FuzzRunner, fuzzOptions } from './runner';
import { buildFuzzWorld, type FuzzWorld } from './world';

/**
 * Property-based fuzzing of every operation of the OpenAPI document, as every actor, with the
 * hostile input of issue 14 (NUL, lone surrogates, deep JSON, numbers and dates that do not
 * exist, nulls, empty and unknown bodies, wrong types and content types, long ids). Every answer
 * must be a 4xx problem+json, or a 2xx where the input was valid, within the time bound.
 * Replay: FUZZ_SEED=… FUZZ_ONLY='<operation>' FUZZ_CLASSES=<class> (FUZZ_LOG=error for the server's
 * log, FUZZ_TRACE=<file> for every request and answer); a longer run: `npm run fuzz`.
 */
describe('the API under hostile input (OpenAPI fuzz)', () => {
  const options = fuzzOptions();
  const dataDir = mkdtempSync(join(tmpdir(), 'clique-fuzz-'));
  let own: OwnDatabase;
  let t: TestApp;
  let world: FuzzWorld;
  let operations: Operation[];

  beforeAll(async () => {
    process.stdout.write(
      `\nfuzz: seed ${options.seed} (FUZZ_SEED), ${options.runs} runs per operation and class (FUZZ_RUNS), ` +
        `${options.timeoutMs} ms per request (FUZZ_TIMEOUT_MS)${options.only ? `, only ${options.only}` : ''}\n`,
    );
    // FUZZ_LOG=error shows the server's own record (and stack) of each 5xx while replaying.
    // A database of its own: no other spec's lock holds up an answer, and the fuzz's hostile
    // writes spoil no other spec's rows.
    own = await ownDatabase('fuzz');
    t = await startTestApp(
      { DATA_DIR: dataDir, LOG_LEVEL: process.env['FUZZ_LOG'] ?? 'silent' },
      { databaseUrl: own.url },
    );
    world = await buildFuzzWorld(t);
    const doc = (await world.actors.anonymous.get('/api/docs-json')).json() as OpenApiDocument;
    operations = operationsOf(doc);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await own?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  // The event loop's longest stall and the database's busy sessions, for a timeout's report.
  const loop = monitorEventLoopDelay({ resolution: 20 });
  loop.enable();
  afterAll(() => loop.disable());
  async function diagnose(): Promise<string> {
    const stall = `event loop's longest stall since the last report ${Math.round(loop.max / 1e6)} ms`;
    loop.reset();
    const driver = t.db.driver as unknown as {
      master?: { totalCount: number; idleCount: number; waitingCount: number };
    };
    const p = driver.master;
    const pool = p
      ? `pool ${p.totalCount} open, ${p.idleCount} idle, ${p.waitingCount} waiting`
      : '';
    const client = new Client({
      connectionString: own.url,
      connectionTimeoutMillis: 5000,
    });
    try {
      await client.connect();
      const { rows } = await client.query<{ line: string }>(
        `SELECT format('%s %s %s/%s %s ms: %s', pid, state, wait_event_type, wait_event,
                       (extract(epoch FROM clock_timestamp() - query_start) * 1000)::int,
                       left(regexp_replace(query, '\\s+', ' ', 'g'), 160)) AS line
           FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'`,
      );
      const host = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid()`,
      );
      const busy = rows.map((r) => `\n        ${r.line}`).join('') || ' none';
      return `${stall}; ${pool}; ${host.rows[0].n} active on the server; busy here:${busy}`;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  it('excludes no 5xx and no timeout, and gives every exclusion a reason', () => {
    for (const e of EXCLUSIONS) {
      expect(['5xx', 'timeout']).not.toContain(e.check);
      expect(e.reason.trim().length).toBeGreaterThan(10);
    }
  });

  it(
    'answers every operation, for every actor and class of bad input, with a 4xx problem+json or a 2xx for valid input, in bounded time',
    async () => {
      expect(operations.length).toBeGreaterThanOrEqual(100);
      const runner = new FuzzRunner(world, options, diagnose);
      const selected = operations.filter((op) => !options.only || op.key.includes(options.only));
      const thin: string[] = [];
      for (const op of selected) {
        const covered = await runner.fuzzOperation(op);
        // Every operation meets valid input and at least one hostile class (an unknown parameter
        // where it takes nothing else).
        if (covered.length < Math.min(2, options.classes.length))
          thin.push(`${op.key}: ${covered.join(', ')}`);
      }
      const failures = runner.failures();
      const report = `${runner.summary()}\n${formatFindings(failures)}\n`;
      process.stdout.write(`\n${report}`);
      if (process.env['FUZZ_REPORT']) writeFileSync(process.env['FUZZ_REPORT'], report);
      expect(thin).toEqual([]);
      // A generator that silently stopped producing a class would make the test pass for nothing.
      if (!options.only)
        expect(options.classes.filter((cls) => !runner.stats.byClass[cls])).toEqual([]);
      if (failures.length)
        throw new Error(`${failures.length} findings:\n${formatFindings(failures)}`);
    },
    30 * 60_000,
  );
});
