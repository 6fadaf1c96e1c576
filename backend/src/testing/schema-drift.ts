import type { DataSource } from 'typeorm';

/** One statement TypeORM would run to bring the schema in line with the entities. */
export interface SchemaChange {
  query: string;
}

/**
 * What TypeORM would change in a migrated database so that it matches the entities: empty when
 * entities and migrations agree. Read-only: it only asks the schema builder for its log.
 */
export async function schemaDrift(dataSource: DataSource): Promise<SchemaChange[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map(({ query }) => ({ query: query.trim() }));
}

/** A failure message that names every difference, or `null` when there is none. */
export function describeSchemaDrift(changes: SchemaChange[]): string | null {
  if (changes.length === 0) return null;
  return [
    `The entities and the migrations disagree: TypeORM would run ${changes.length} statement(s) on a freshly migrated database.`,
    'Add a migration (npm run migration:generate -- Name) or fix the entity:',
    ...changes.map(({ query }, i) => `  ${i + 1}. ${query.replace(/\s+/g, ' ')}`),
  ].join('\n');
}
