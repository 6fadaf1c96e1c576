import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { managerExecutor, poolExecutor, poolTransaction, type SqlExecutor } from './sql-executor';

/** Tests: the queues of this module instance (one per spec file under Jest), see `prefix`. */
const TEST_FILE_QUEUES = randomBytes(4).toString('hex');

/** pg-boss's tables live in this schema, created by the Mail migration (1796300000000). */
export const JOBS_SCHEMA = 'pgboss';

export interface SendOptions {
  /** Not before this moment (a reminder, a retry). */
  startAfter?: Date;
  /** At most one job with this key waits in the queue (a second send answers null). */
  singletonKey?: string;
  /** Attempts after the first before the job is failed (the dead-letter state); queue default. */
  retryLimit?: number;
}

export interface WorkOptions {
  /** Jobs fetched per poll; they run one after the other. Default 5. */
  batchSize?: number;
  /** At most this many jobs a minute on this instance (paced bulk mail). Unset: no pacing. */
  perMinute?: number;
  /** Queue defaults, set when the queue is created. */
  retryLimit?: number;
  /** Seconds before the first retry; doubled each time when retryBackoff (default true). */
  retryDelay?: number;
  retryBackoff?: boolean;
  /** Longest a job may run before pg-boss counts it as failed. Default 5 minutes. */
  expireInSeconds?: number;
}

/**
 * A queue's handler. Each queue's data has its own shape, known to the code that sends it: the
 * handler declares it (method syntax keeps the parameter bivariant, so a handler typed for its
 * own data fits).
 */
export interface JobHandlerOf {
  handle(data: Record<string, unknown>, job: { id: string; queue: string }): Promise<void>;
}
export type JobHandler = JobHandlerOf['handle'];

interface Registration {
  handler: JobHandler;
  options: WorkOptions;
}

interface FetchedJob {
  id: string;
  name: string;
  data: Record<string, unknown>;
}

/** Polling interval of an idle worker; a busy one fetches the next batch at once. */
const POLL_MS = 2_000;
/** How long app shutdown waits for the job in progress (e.g. one SMTP send) to end. */
const STOP_TIMEOUT_MS = 20_000;
const QUEUE_NAME = /^[\w.-]{1,100}$/;

/**
 * The one job queue (pg-boss 10): mail, reminders, digests. Its SQL runs through the app's own
 * pool (the embedded database has one connection), each poll holding a connection for one short
 * statement only, so a request waits at most that long. Enqueuing with an EntityManager writes
 * the job in the caller's transaction. Workers are this service's own loops over
 * `fetch`/`complete`/`fail` (awaited, stoppable): pg-boss keeps the state, the retries with
 * backoff and the failed (dead-letter) state; its maintenance and cron run only where
 * JOBS_WORKER is true.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly registrations = new Map<string, Registration>();
  private readonly declared = new Set<string>();
  private readonly created = new Set<string>();
  private starting: Promise<void> | null = null;
  private stopping = false;
  private readonly loops: Promise<void>[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly sleepers = new Set<() => void>();
  private readonly lastRun = new Map<string, number>();
  /**
   * Tests share one database across the spec files: each spec file has its own queues
   * (`t<random>.mail.send`; Jest loads this module afresh for every file, also when one worker
   * process runs several), so one file's apps never take another's jobs (say the 5,000 mails
   * an earlier import left). Apps of one file (a restart test) share them. Empty outside tests.
   */
  private readonly prefix: string;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.prefix = config.NODE_ENV === 'test' ? `t${TEST_FILE_QUEUES}.` : '';
    const worker = config.JOBS_WORKER;
    this.boss = new PgBoss({
      db: poolExecutor(dataSource),
      schema: JOBS_SCHEMA,
      migrate: false,
      supervise: worker,
      schedule: worker,
      maintenanceIntervalSeconds: 300,
    } as ConstructorParameters<typeof PgBoss>[0]);
    this.boss.on('error', (error: unknown) =>
      this.logger.warn(`Job queue: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** Declares a queue this instance sends to but does not work (created at start). */
  declare(queue: string, options: WorkOptions = {}): void {
    if (!QUEUE_NAME.test(queue)) throw new Error(`Invalid queue name: ${queue}`);
    if (!this.registrations.has(queue))
      this.registrations.set(queue, { handler: noHandler, options });
    this.declared.add(queue);
  }

  /** Registers a worker (call from onModuleInit); nothing runs when JOBS_WORKER=false. */
  work(queue: string, handler: JobHandler, options: WorkOptions = {}): void {
    if (!QUEUE_NAME.test(queue)) throw new Error(`Invalid queue name: ${queue}`);
    this.registrations.set(queue, { handler, options });
    this.declared.delete(queue);
  }

  /** In the caller's transaction when `manager` is given (a rollback enqueues nothing). */
  async send(
    manager: EntityManager | SqlExecutor | null,
    queue: string,
    data: Record<string, unknown>,
    options: SendOptions = {},
  ): Promise<string | null> {
    await this.ready();
    const db = this.executorOf(manager);
    const name = await this.ensureQueue(queue, db);
    return this.boss.send(name, data, { ...options, db } as never);
  }

  /** Many jobs of one queue in one statement (in the caller's transaction). */
  async sendMany(
    manager: EntityManager | null,
    queue: string,
    jobs: Array<{ data: Record<string, unknown>; startAfter?: Date }>,
  ): Promise<void> {
    if (jobs.length === 0) return;
    await this.ready();
    const db = this.executorOf(manager);
    const name = await this.ensureQueue(queue, db);
    await this.boss.insert(
      jobs.map((j) => ({ name, data: j.data, startAfter: j.startAfter })) as never,
      { db } as never,
    );
  }

  /**
   * A transaction on one pooled connection that TypeORM's logger does not see (a worker's own
   * writes, which must not count in a request's queries). Pass its `db` to `send`.
   */
  transaction<T>(fn: (db: SqlExecutor) => Promise<T>): Promise<T> {
    return poolTransaction(this.dataSource, fn);
  }

  /** One statement outside TypeORM's logger (a worker's reads and writes); answers its rows. */
  async query<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]> {
    return (await poolExecutor(this.dataSource).executeSql(text, values)).rows as T[];
  }

  /** A recurring job (cron, in a time zone), e.g. the daily digest, milestone reminders. */
  async schedule(queue: string, cron: string, tz = 'UTC'): Promise<void> {
    await this.ready();
    const name = await this.ensureQueue(queue, poolExecutor(this.dataSource));
    await this.boss.schedule(name, cron, {}, { tz });
  }

  /**
   * Tests: runs every due job of every registered queue (also where JOBS_WORKER=false) until
   * none is left, after the jobs in progress on this instance have ended. `includeDelayed`
   * first makes the jobs waiting for a later start (retries with backoff) due at once.
   */
  async drain(options: { includeDelayed?: boolean; maxRounds?: number } = {}): Promise<void> {
    await this.ready();
    const maxRounds = options.maxRounds ?? 1_000;
    for (let round = 0; round < maxRounds; round++) {
      await Promise.allSettled([...this.inFlight]);
      if (options.includeDelayed) await this.makeDelayedDue();
      let ran = 0;
      for (const queue of this.registrations.keys()) {
        if (this.declared.has(queue)) continue;
        ran += await this.track(this.runBatch(queue, false));
      }
      if (ran === 0 && this.inFlight.size === 0) return;
    }
    throw new Error(`The job queue did not drain in ${maxRounds} rounds`);
  }

  /** The queue's name in pg-boss's tables (prefixed in tests), for a handler's own SQL. */
  queueName(queue: string): string {
    return this.prefix + queue;
  }

  /** Jobs of a queue by state (tests, admin): created, retry, active, completed, failed… */
  async counts(queue: string): Promise<Record<string, number>> {
    await this.ready();
    const rows = await this.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM ${JOBS_SCHEMA}.job WHERE name = $1 GROUP BY state`,
      [this.prefix + queue],
    );
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
    if (!this.config.JOBS_WORKER) return;
    for (const queue of this.registrations.keys()) {
      if (!this.declared.has(queue)) this.loops.push(this.loop(queue));
    }
  }

  /** App shutdown: the loops finish the job in hand, then pg-boss stops (before the pool closes). */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    for (const wake of this.sleepers) wake();
    const loops = Promise.allSettled([...this.loops, ...this.inFlight]);
    await Promise.race([loops, delay(STOP_TIMEOUT_MS)]);
    if (this.starting) {
      await this.starting.catch(() => undefined);
      await this.boss.stop({ graceful: false, close: false }).catch(() => undefined);
    }
  }

  private ready(): Promise<void> {
    if (this.stopping) return Promise.reject(new Error('The job queue is stopping'));
    this.starting ??= (async () => {
      await this.boss.start();
      for (const [queue, { options }] of this.registrations) await this.createQueue(queue, options);
    })();
    return this.starting;
  }

  /**
   * Creates the queue (pg-boss adds a partition of its job table). Instances (or test files)
   * creating queues at the same moment can deadlock on that table: PostgreSQL then aborts one
   * side, which changed nothing, and it tries again a little later.
   */
  private async createQueue(queue: string, options: WorkOptions): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.boss.createQueue(this.prefix + queue, {
          retryLimit: options.retryLimit ?? 3,
          retryDelay: options.retryDelay ?? 30,
          retryBackoff: options.retryBackoff ?? true,
          expireInSeconds: options.expireInSeconds ?? 300,
        } as never);
        break;
      } catch (error) {
        const deadlock = (error as { code?: string }).code === '40P01';
        if (!deadlock || attempt >= 5) throw error;
        await delay(50 + Math.floor(Math.random() * 200) * attempt);
      }
    }
    this.created.add(queue);
  }

  private executorOf(manager: EntityManager | SqlExecutor | null): SqlExecutor {
    if (!manager) return poolExecutor(this.dataSource);
    return 'executeSql' in manager ? manager : managerExecutor(manager);
  }

  /**
   * The queue's name in pg-boss (prefixed in tests, see `prefix`). A queue nobody declared is
   * created on first use, through the caller's transaction.
   */
  private async ensureQueue(queue: string, db: SqlExecutor): Promise<string> {
    const name = this.prefix + queue;
    if (this.created.has(queue)) return name;
    if (!QUEUE_NAME.test(queue)) throw new Error(`Invalid queue name: ${queue}`);
    const { rows } = await db.executeSql(`SELECT 1 FROM ${JOBS_SCHEMA}.queue WHERE name = $1`, [
      name,
    ]);
    if (rows.length) {
      this.created.add(queue);
      return name;
    }
    await db.executeSql(`SELECT ${JOBS_SCHEMA}.create_queue($1, $2)`, [
      name,
      JSON.stringify({ policy: 'standard', retryLimit: 3, retryDelay: 30, retryBackoff: true }),
    ]);
    return name;
  }

  private async loop(queue: string): Promise<void> {
    while (!this.stopping) {
      let ran = 0;
      try {
        ran = await this.track(this.runBatch(queue, true));
      } catch (error) {
        this.logger.warn(`Queue ${queue}: ${error instanceof Error ? error.message : error}`);
      }
      if (!ran && !this.stopping) await this.sleep(POLL_MS);
    }
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    return promise.finally(() => this.inFlight.delete(promise));
  }

  /** Fetches one batch and runs it job by job; answers how many jobs it ran. */
  private async runBatch(queue: string, paced: boolean): Promise<number> {
    const registration = this.registrations.get(queue);
    if (!registration) return 0;
    const { handler, options } = registration;
    const name = this.prefix + queue;
    const jobs = (await this.boss.fetch(name, {
      batchSize: options.batchSize ?? 5,
    } as never)) as unknown as FetchedJob[];
    for (const [index, job] of jobs.entries()) {
      if (this.stopping && paced) {
        // Shutting down: hand the rest of the batch back to the queue at once.
        await this.handBack(
          name,
          jobs.slice(index).map((j) => j.id),
        );
        return index;
      }
      if (paced && options.perMinute) await this.pace(queue, options.perMinute);
      try {
        await handler(job.data, { id: job.id, queue });
        await this.boss.complete(name, job.id);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.logger.warn(`Job ${queue} ${job.id} failed: ${message}`);
        await this.boss.fail(name, job.id, { message }).catch(() => undefined);
      }
    }
    return jobs.length;
  }

  private async pace(queue: string, perMinute: number): Promise<void> {
    const gap = 60_000 / perMinute;
    const wait = (this.lastRun.get(queue) ?? 0) + gap - Date.now();
    if (wait > 0) await this.sleep(wait);
    this.lastRun.set(queue, Date.now());
  }

  /** Jobs fetched but not started (shutdown): due again at once, no retry spent. */
  private async handBack(queue: string, ids: string[]): Promise<void> {
    await poolExecutor(this.dataSource)
      .executeSql(
        `UPDATE ${JOBS_SCHEMA}.job SET state = 'retry', start_after = now(), started_on = NULL
          WHERE name = $1 AND id = ANY($2::uuid[]) AND state = 'active'`,
        [queue, ids],
      )
      .catch(() => undefined);
  }

  private async makeDelayedDue(): Promise<void> {
    await this.query(
      `UPDATE ${JOBS_SCHEMA}.job SET start_after = now()
        WHERE state IN ('created', 'retry') AND start_after > now() AND starts_with(name, $1)`,
      [this.prefix],
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }
}

const noHandler: JobHandler = async () => undefined;

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(() => resolve(), ms).unref());
}
