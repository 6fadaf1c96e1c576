import { createHash } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Response } from 'light-my-request';
import { CLASSES, type FuzzCase, type FuzzClass, fuzzCases } from './cases';
import { EXCLUSIONS } from './exclusions';
import type { Operation } from './openapi';
import { type Answer, type Check, judge } from './oracle';
import { ACTORS, type ActorName, type FuzzWorld } from './world';

export interface FuzzOptions {
  seed: number;
  /** Generated cases per operation and class. */
  runs: number;
  timeoutMs: number;
  only?: string;
  classes: FuzzClass[];
  /** A file to append every request and answer to (`FUZZ_TRACE`). */
  trace?: string;
}

/**
 * The run's settings from the environment: `FUZZ_SEED`, `FUZZ_RUNS`, `FUZZ_TIMEOUT_MS`,
 * `FUZZ_ONLY` (operations whose `METHOD /path` contains it), `FUZZ_CLASSES`, `FUZZ_TRACE`.
 */
export function fuzzOptions(env: NodeJS.ProcessEnv = process.env): FuzzOptions {
  const int = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number, not ${raw}`);
    return Number(raw);
  };
  const classes = env['FUZZ_CLASSES']
    ? (env['FUZZ_CLASSES'].split(',') as FuzzClass[])
    : [...CLASSES];
  const unknown = classes.filter((c) => !CLASSES.includes(c));
  if (unknown.length) throw new Error(`FUZZ_CLASSES: unknown ${unknown.join(', ')}`);
  // `FUZZ_SEED=random` explores: the seed drawn is printed, so a failure can still be replayed.
  const seed =
    env['FUZZ_SEED'] === 'random'
      ? Math.floor(Math.random() * 2 ** 31)
      : int('FUZZ_SEED', 20261201);
  return {
    seed,
    runs: int('FUZZ_RUNS', 3),
    timeoutMs: int('FUZZ_TIMEOUT_MS', 5000),
    only: env['FUZZ_ONLY'] || undefined,
    classes,
    trace: env['FUZZ_TRACE'] || undefined,
  };
}

export interface Finding {
  operation: string;
  cls: FuzzClass;
  check: Check;
  actor: ActorName;
  request: string;
  status: number | 'timeout';
  response: string;
  detail: string;
  note: string;
  count: number;
  /** Other checks the same operation and class failed, with one example each. */
  alsoSeen: Partial<Record<Check, string>>;
  /** How to run this operation and class again. */
  replay: string;
}

export interface FuzzStats {
  requests: number;
  byClass: Partial<Record<FuzzClass, number>>;
  byStatus: Record<string, number>;
  slowestMs: number;
  slowest: string;
  operations: number;
  /** Times the world was built anew because the fuzz had spoilt it. */
  repairs: number;
  startedAt: number;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…(${s.length} chars)` : s);

/** A printable, replayable line for a request: method, url and body excerpt. */
export function describeRequest(c: FuzzCase): string {
  const { method, url, headers, payload } = c.request;
  const body =
    payload === undefined
      ? ''
      : ` ${headers['content-type'] ?? '(no content type)'} ${cut(
          JSON.stringify(Buffer.isBuffer(payload) ? payload.toString('latin1') : payload),
          240,
        )}`;
  return `${method} ${cut(url, 240)}${body}`;
}

/** A seed of its own for each operation and class, so one can be replayed alone. */
export function seedFor(seed: number, operation: string, cls: FuzzClass): number {
  return createHash('sha256').update(`${seed}:${operation}:${cls}`).digest().readInt32LE(0);
}

export class FuzzRunner {
  readonly findings = new Map<string, Finding>();
  readonly stats: FuzzStats = {
    requests: 0,
    byClass: {},
    byStatus: {},
    slowestMs: 0,
    slowest: '',
    operations: 0,
    repairs: 0,
    startedAt: Date.now(),
  };

  constructor(
    private readonly world: FuzzWorld,
    private readonly options: FuzzOptions,
    /**
     * What the server and the database were doing when an answer ran out of time (the
     * database's busy sessions, the pool, the event loop's stalls): a timeout says why.
     */
    private readonly diagnose?: () => Promise<string>,
  ) {}

  /** Sends one case as its actor, bounded in time, and judges the answer. */
  async send(op: Operation, c: FuzzCase): Promise<Answer | 'timeout'> {
    const browser = this.world.actors[c.actor];
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), this.options.timeoutMs);
    });
    const sent = browser
      .request(c.request.method, c.request.url, c.request.payload, {
        headers: c.request.headers,
      })
      .then((r: Response): Answer => ({
        status: r.statusCode,
        headers: r.headers,
        body: r.body,
        ms: Date.now() - started,
      }));
    const answer = await Promise.race([sent, timeout]);
    clearTimeout(timer);
    const firedLate = Date.now() - started - this.options.timeoutMs;
    this.count(c, answer, Date.now() - started);
    const verdict = judge(c, answer, this.options.timeoutMs);
    if (answer === 'timeout' && verdict)
      verdict.detail += await this.whyLate(sent, started, firedLate);
    if (this.options.trace) {
      const status = answer === 'timeout' ? 'timeout' : answer.status;
      const body = answer === 'timeout' ? '' : cut(answer.body, 200);
      appendFileSync(
        this.options.trace,
        `${verdict ? `✗ ${verdict.check} ` : ''}${c.cls} ${c.actor} ${describeRequest(c)}\n  ${c.note} → ${status} in ${Date.now() - started} ms ${body}\n`,
      );
    }
    if (verdict) this.record(op, c, answer, verdict.check, verdict.detail);
    const signedOut = answer !== 'timeout' && answer.status === 401;
    if (signedOut || op.path.startsWith('/api/auth/')) await this.world.ensureSignedIn(c.actor);
    return answer;
  }

  /** The state at the timeout, then how late the answer came (waiting a minute at most). */
  private async whyLate(
    sent: Promise<Answer>,
    started: number,
    firedLate: number,
  ): Promise<string> {
    const state = this.diagnose
      ? await this.diagnose().catch((e: Error) => `no diagnosis: ${e.message}`)
      : '';
    let timer: NodeJS.Timeout | undefined;
    const late = await Promise.race([
      sent.then(
        (a) => `answered ${a.status} after ${Date.now() - started} ms`,
        (e: Error) => `failed after ${Date.now() - started} ms: ${e.message}`,
      ),
      new Promise<string>((resolve) => {
        timer = setTimeout(() => resolve('no answer within a minute'), 60_000);
      }),
    ]);
    clearTimeout(timer);
    // A timer that fires late means the event loop itself was held up.
    return `; the timer fired ${firedLate} ms late; ${late}${state ? `\n      at the timeout: ${state}` : ''}`;
  }

  private count(c: FuzzCase, answer: Answer | 'timeout', ms: number): void {
    const s = this.stats;
    s.requests += 1;
    s.byClass[c.cls] = (s.byClass[c.cls] ?? 0) + 1;
    const bucket = answer === 'timeout' ? 'timeout' : String(answer.status);
    s.byStatus[bucket] = (s.byStatus[bucket] ?? 0) + 1;
    if (ms > s.slowestMs) {
      s.slowestMs = ms;
      s.slowest = `${c.actor} ${describeRequest(c).slice(0, 160)}`;
    }
  }

  private record(
    op: Operation,
    c: FuzzCase,
    answer: Answer | 'timeout',
    check: Check,
    detail: string,
  ): void {
    const key = `${op.key} ${c.cls}`;
    const known = this.findings.get(key);
    if (known) {
      known.count += 1;
      if (check !== known.check)
        known.alsoSeen[check] = `${c.note} → ${answer === 'timeout' ? 'timeout' : answer.status}`;
      return;
    }
    this.findings.set(key, {
      operation: op.key,
      cls: c.cls,
      check,
      actor: c.actor,
      request: describeRequest(c),
      status: answer === 'timeout' ? 'timeout' : answer.status,
      response: answer === 'timeout' ? '' : cut(answer.body, 300),
      detail,
      note: c.note,
      count: 1,
      alsoSeen: {},
      replay: `FUZZ_SEED=${this.options.seed} FUZZ_ONLY='${op.key}' FUZZ_CLASSES=${c.cls}`,
    });
  }

  /**
   * Who gets past the route's access rule, from one valid-looking request per actor: actors the
   * rule refuses still take part, less often (their answers are mostly a 401 or 403).
   */
  async actorWeights(op: Operation): Promise<Record<ActorName, number>> {
    const weights = {} as Record<ActorName, number>;
    const probe = fuzzCases(
      'valid',
      op,
      this.world.pools,
      { anonymous: 1, admin: 0, instructor: 0, student: 0 },
      true,
    )!;
    const [sample] = fc.sample(probe, {
      seed: seedFor(this.options.seed, op.key, 'valid'),
      numRuns: 1,
    });
    for (const actor of ACTORS) {
      const answer = await this.send(op, { ...sample, actor });
      const refused = answer !== 'timeout' && (answer.status === 401 || answer.status === 403);
      weights[actor] = refused ? 1 : 6;
    }
    return weights;
  }

  /** Every class of input against one operation, `runs` cases each. */
  async fuzzOperation(op: Operation): Promise<FuzzClass[]> {
    this.stats.operations += 1;
    if (await this.world.repair()) this.stats.repairs += 1;
    const weights = await this.actorWeights(op);
    const covered: FuzzClass[] = [];
    for (const cls of this.options.classes) {
      const cases = fuzzCases(cls, op, this.world.pools, weights);
      if (!cases) continue;
      covered.push(cls);
      await fc.assert(
        fc.asyncProperty(cases, async (c) => {
          await this.send(op, c);
        }),
        {
          seed: seedFor(this.options.seed, op.key, cls),
          numRuns: this.options.runs,
          endOnFailure: true,
        },
      );
    }
    return covered;
  }

  /** Findings not excused by a written exclusion. */
  failures(): Finding[] {
    return [...this.findings.values()].filter(
      (f) =>
        !EXCLUSIONS.some(
          (e) => e.operation === f.operation && e.cls === f.cls && e.check === f.check,
        ),
    );
  }

  summary(): string {
    const s = this.stats;
    const seconds = ((Date.now() - s.startedAt) / 1000).toFixed(1);
    const classes = Object.entries(s.byClass)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const statuses = Object.entries(s.byStatus)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ');
    return [
      `fuzz: ${s.requests} requests to ${s.operations} operations in ${seconds} s (seed ${this.options.seed}, ${this.options.runs} runs per operation and class)`,
      `fuzz: by class: ${classes}`,
      `fuzz: by status: ${statuses}`,
      `fuzz: slowest ${s.slowestMs} ms: ${s.slowest}`,
      `fuzz: world built anew ${s.repairs} times (the fuzz had withdrawn, removed or closed what the actors need)`,
      `fuzz: ${this.findings.size} distinct findings (operation, class), ${this.failures().length} not excluded`,
    ].join('\n');
  }
}

/** The findings as a readable list: what to route and how to replay each. */
export function formatFindings(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `- ${f.operation} [${f.cls}] ${f.check}: ${f.detail} (×${f.count})\n` +
        `    as ${f.actor}: ${f.request}\n` +
        `    input: ${f.note}\n` +
        `    answer ${f.status}: ${f.response}\n` +
        Object.entries(f.alsoSeen)
          .map(([check, example]) => `    also ${check}: ${example}\n`)
          .join('') +
        `    replay: ${f.replay}`,
    )
    .join('\n');
}
