import { createHash } from 'node:crypto';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';

/**
 * Named prepared statements for the hot reads (the session lookup on every request, the
 * calendar, the homes, the lists, the gradebook). PostgreSQL plans an unnamed statement anew at
 * every call: for the calendar's query that planning costs twice its execution. A named one is
 * parsed and planned once per connection, then each call only binds and executes.
 *
 * The name is derived from the SQL text, so one text always has one name (the `pg` driver refuses
 * a name reused for another text) and the same read prepared on several connections shares it.
 * A connection keeps what it prepared until it closes, so a process prepares at most
 * MAX_STATEMENTS texts; beyond, a read runs unprepared (a query whose text varies without bound,
 * such as an IN list of any length, cannot fill the server's memory).
 */
const MAX_STATEMENTS = 500;
const prepared = new Set<string>();
const disabled = new WeakSet<DataSource>();

/** PGlite's socket serves one unnamed statement at a time: the embedded database turns this off. */
export function usePreparedStatements(db: DataSource, enabled: boolean): void {
  if (enabled) disabled.delete(db);
  else disabled.add(db);
}

export const statementName = (text: string): string =>
  `cq_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * `manager.query(text, values)` as a named prepared statement, inside the manager's transaction
 * when it has one. Logged, counted and failing (QueryFailedError) exactly like manager.query.
 */
export async function preparedQuery<T>(
  manager: EntityManager,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const db = manager.connection;
  const name = statementName(text);
  if (disabled.has(db) || (!prepared.has(name) && prepared.size >= MAX_STATEMENTS))
    return manager.query(text, values);
  prepared.add(name);
  const runner = manager.queryRunner ?? db.createQueryRunner();
  try {
    const client = (await runner.connect()) as PgClient;
    db.logger.logQuery(text, values, runner);
    try {
      return (await client.query({ name, text, values })).rows as T[];
    } catch (error) {
      db.logger.logQueryError(error as Error, text, values, runner);
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

/** namedQuery (`:name`, `:...list` parameters) as a prepared statement. */
export function preparedNamedQuery<T>(
  manager: EntityManager,
  sql: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return preparedQuery<T>(manager, text, values);
}
