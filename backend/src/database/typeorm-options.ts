import type { DataSourceOptions, LoggerOptions, Logger } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  logging?: LoggerOptions;
  logger?: Logger;
}

/** One definition of the connection, for the app, the migration CLI and the tests. */
export function typeormOptions(options: DatabaseOptions): DataSourceOptions {
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
    logger: options.logger,
    extra: { max: options.poolSize, application_name: 'clique' },
  };
}
