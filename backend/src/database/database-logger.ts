import { Logger as NestLogger } from '@nestjs/common';
import type { Logger, LoggerOptions } from 'typeorm';
import { describeDatabaseError, isDatabaseUnavailable } from '../common/db-errors';

type Kind = 'error' | 'warn' | 'info' | 'log' | 'migration' | 'schema';

/**
 * TypeORM's messages through the app's logger (JSON lines with pino) instead of TypeORM's own
 * console output, for the kinds `logging` enables. A failed query is a debug line: the exception
 * filter logs the ones that end in a 500, services map the expected ones (23505…), and a
 * database out of reach is logged once per outage by `DatabaseOutage`, not once per query.
 */
export class DatabaseLogger implements Logger {
  private readonly logger = new NestLogger('TypeORM');

  constructor(private readonly logging: LoggerOptions = ['error', 'migration']) {}

  logQuery(): void {
    /* queries are not logged */
  }

  logQueryError(error: string | Error, query: string): void {
    if (!this.enabled('error') || isDatabaseUnavailable(error)) return;
    this.logger.debug(`Query failed (${describeDatabaseError(error)}): ${query.slice(0, 500)}`);
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn(`Slow query (${time} ms): ${query.slice(0, 500)}`);
  }

  logSchemaBuild(message: string): void {
    if (this.enabled('schema')) this.logger.debug(message);
  }

  logMigration(message: string): void {
    if (this.enabled('migration')) this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (!this.enabled(level)) return;
    if (level === 'warn') this.logger.warn(String(message));
    else this.logger.debug(String(message));
  }

  private enabled(kind: Kind): boolean {
    const { logging } = this;
    return (
      logging === true || logging === 'all' || (Array.isArray(logging) && logging.includes(kind))
    );
  }
}
