import type { EntityManager } from 'typeorm';

/** Runs SQL with named parameters (`:name`, `:...list`), as the query builder does. */
export function namedQuery<T>(
  manager: EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [query, parameters] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return manager.query(query, parameters);
}
