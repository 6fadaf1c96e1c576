import type { DataSource, EntityManager } from 'typeorm';

/** What pg-boss calls to run its SQL (its `db` option): text and values in, rows out. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * pg-boss's SQL through the app's own pool (no second pool: the embedded database has ONE
 * connection). It borrows a pooled client for one statement and gives it back at once, and it
 * bypasses TypeORM's logger so that the queue's polling never counts in a request's queries.
 * A statement without values goes out as a simple query (pg-boss sends a few multi-statement
 * scripts: maintenance under an advisory lock).
 */
export function poolExecutor(dataSource: DataSource): SqlExecutor {
  return {
    async executeSql(text, values) {
      const { client, release } = await borrow(dataSource);
      try {
        const result = await client.query(text, values?.length ? values : undefined);
        return { rows: rowsOf(result) };
      } finally {
        release();
      }
    },
  };
}

/**
 * A transaction on one pooled connection, outside TypeORM's logger: the workers' own writes
 * (they never count in a request's queries).
 */
export async function poolTransaction<T>(
  dataSource: DataSource,
  fn: (db: SqlExecutor) => Promise<T>,
): Promise<T> {
  const { client, release } = await borrow(dataSource);
  const db: SqlExecutor = {
    async executeSql(text, values) {
      return { rows: rowsOf(await client.query(text, values?.length ? values : undefined)) };
    },
  };
  let broken: unknown;
  try {
    await client.query('BEGIN');
    const result = await fn(db);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((e: unknown) => (broken = e));
    throw error;
  } finally {
    release(broken);
  }
}

/** pg-boss's SQL inside the caller's transaction (its query runner): a rollback undoes it. */
export function managerExecutor(manager: EntityManager): SqlExecutor {
  return {
    async executeSql(text, values) {
      const params = values?.length ? values : undefined;
      const runner = manager.queryRunner;
      if (runner) {
        const result = await runner.query(text, params, true);
        return { rows: result.records ?? [] };
      }
      const result: unknown = await manager.query(text, params);
      return { rows: Array.isArray(result) ? result : [] };
    },
  };
}

interface PgClient {
  query(text: string, values?: unknown[]): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * A pooled client, listened to while borrowed. The pool listens to idle clients only: a
 * connection that PostgreSQL terminates (a restart, a fast shutdown) while borrowed, between
 * two statements, emits 'error' with nobody listening, and Node ends the process. Here the
 * error is kept, and given back with the client, so that the pool discards it.
 */
export async function borrow(
  dataSource: DataSource,
): Promise<{ client: PgClient; release: (err?: unknown) => void }> {
  const driver = dataSource.driver as unknown as {
    obtainMasterConnection(): Promise<[PgClient, (err?: unknown) => void]>;
  };
  const [client, giveBack] = await driver.obtainMasterConnection();
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost ??= error;
  };
  client.on('error', onError);
  return {
    client,
    release: (err?: unknown) => {
      client.removeListener('error', onError);
      giveBack(err ?? lost);
    },
  };
}

/** A multi-statement script answers an array of results: pg-boss reads the last one's rows. */
function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return rowsOf(result[result.length - 1]);
  return (result as { rows?: unknown[] } | undefined)?.rows ?? [];
}
