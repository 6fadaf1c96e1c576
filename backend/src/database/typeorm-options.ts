import { Logger as NestLogger } from '@nestjs/common';
import type { DataSourceOptions, LoggerOptions, Logger } from 'typeorm';
import { describeDatabaseError } from '../common/db-errors';
import { DatabaseLogger } from './database-logger';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  logging?: LoggerOptions;
  logger?: Logger;
  /** Longest wait for a connection (a free one in the pool, or a new one). Unset: no bound. */
  connectTimeoutMs?: number;
  /** PostgreSQL's statement_timeout for every connection. Unset: the server's (none). */
  statementTimeoutMs?: number;
}

/** Past the statement timeout, how long the driver still waits for a silent server. */
const READ_TIMEOUT_MARGIN_MS = 2_000;

const poolLogger = new NestLogger('Database');

/** One definition of the connection, for the app, the migration CLI and the tests. */
export function typeormOptions(options: DatabaseOptions): DataSourceOptions {
  const { connectTimeoutMs, statementTimeoutMs } = options;
  return {
    type: 'postgres',
    url: options.url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? ['error', 'migration'],
    logger: options.logger ?? new DatabaseLogger(options.logging ?? ['error', 'migration']),
    // An idle pooled connection the server closed (a restart, a terminated backend) is simply
    // dropped by the pool; the next request opens a new one. Not worth more than a debug line.
    poolErrorHandler: (error: unknown) =>
      poolLogger.debug(`An idle connection was lost: ${describeDatabaseError(error)}`),
    extra: {
      max: options.poolSize,
      application_name: 'clique',
      // node-postgres: the pool's wait for a client and the connection's own set-up.
      ...(connectTimeoutMs ? { connectionTimeoutMillis: connectTimeoutMs } : {}),
      ...(statementTimeoutMs
        ? {
            statement_timeout: statementTimeoutMs,
            // A server that vanished without closing the socket never answers: stop waiting.
            query_timeout: statementTimeoutMs + READ_TIMEOUT_MARGIN_MS,
          }
        : {}),
      keepAlive: true,
    },
  };
}
