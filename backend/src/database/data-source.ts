import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options';

/**
 * For the TypeORM CLI only (`npm run migration:generate -- Name`). The app builds its own
 * DataSource through TypeOrmModule with the same options.
 */
export default new DataSource(
  typeormOptions({
    url: process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/clique_migrations',
    poolSize: 1,
  }),
);
