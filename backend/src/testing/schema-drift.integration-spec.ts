import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../database/typeorm-options';
import { describeSchemaDrift, schemaDrift } from './schema-drift';

describe('schema', () => {
  it('needs no change after the migrations: the entities and the migrations agree', async () => {
    const url = process.env['CLIQUE_IT_DATABASE_URL'];
    if (!url)
      throw new Error('CLIQUE_IT_DATABASE_URL is unset: run through jest.integration.config.ts');
    // The run's database was created empty and migrated by the global setup, as production is.
    const db = new DataSource({ ...typeormOptions({ url, poolSize: 1 }), logging: false });
    await db.initialize();
    try {
      const changes = await schemaDrift(db);
      expect(describeSchemaDrift(changes)).toBeNull();
    } finally {
      await db.destroy();
    }
  });
});
