import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { describeDatabaseError } from './db-errors';

/** How often a database found out of reach is asked again, to notice its return. */
const PROBE_EVERY_MS = 250;

/** What a client is told to wait before trying again while the database is away. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * Knows whether the database is out of reach, so that an outage is logged once when it starts
 * and once when it ends (with its duration), not once per failed request. A failed request
 * reports here; a `SELECT 1` confirms (a single lost connection or a statement past its
 * timeout is no outage, only a warning) and, during the outage, is repeated every 250 ms until
 * the database answers again.
 */
@Injectable()
export class DatabaseOutage implements OnModuleDestroy {
  private readonly logger = new Logger('Database');
  /** When the outage started (its first failure); undefined while the database answers. */
  private since?: number;
  private confirming = false;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private lastError: unknown;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  get down(): boolean {
    return this.since !== undefined;
  }

  /** A request failed because the database was out of reach (`isDatabaseUnavailable`). */
  reportFailure(error: unknown): void {
    if (this.down || this.confirming || this.stopped) return;
    const failedAt = Date.now();
    this.confirming = true;
    void this.probe().then((answered) => {
      this.confirming = false;
      if (answered)
        this.logger.warn(
          `A database request failed, but the database answers: ${describeDatabaseError(error)}`,
        );
      else this.start(failedAt, error);
    });
  }

  /** Asks the database now (readiness): true when it answers; starts or ends the outage. */
  async check(): Promise<boolean> {
    const answered = await this.probe();
    if (!answered && !this.down) this.start(Date.now(), this.lastError);
    return answered;
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async probe(): Promise<boolean> {
    try {
      await this.db.query('SELECT 1');
      if (this.down) this.end();
      return true;
    } catch (error) {
      this.lastError = error;
      return false;
    }
  }

  private start(at: number, error: unknown): void {
    if (this.stopped || this.down) return;
    this.since = at;
    this.logger.error(
      { outage: 'started', reason: describeDatabaseError(error) },
      `Database outage started: ${describeDatabaseError(error)}. Requests that need it answer 503 until it is back.`,
    );
    this.schedule();
  }

  private end(): void {
    const ms = Date.now() - (this.since ?? Date.now());
    this.since = undefined;
    clearTimeout(this.timer);
    this.logger.warn(
      { outage: 'ended', durationMs: ms },
      `Database outage ended after ${(ms / 1000).toFixed(1)} s`,
    );
  }

  private schedule(): void {
    if (this.stopped || !this.down) return;
    this.timer = setTimeout(() => {
      void this.probe().then(() => this.schedule());
    }, PROBE_EVERY_MS);
    this.timer.unref();
  }
}
