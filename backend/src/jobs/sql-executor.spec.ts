import { EventEmitter } from 'node:events';
import type { DataSource } from 'typeorm';
import { poolExecutor, poolTransaction } from './sql-executor';

/** A pooled client whose connection PostgreSQL terminates between two statements. */
function terminatedBetweenStatements() {
  const client = Object.assign(new EventEmitter(), {
    statements: [] as string[],
    async query(text: string) {
      client.statements.push(text);
      // The server's FATAL arrives after the answer, while the client is still borrowed.
      if (text === 'BEGIN' || text === 'SELECT 1')
        setImmediate(() =>
          client.emit('error', new Error('terminating connection due to administrator command')),
        );
      await new Promise((resolve) => setImmediate(resolve));
      return { rows: [{ one: 1 }] };
    },
  });
  const released: unknown[] = [];
  const dataSource = {
    driver: {
      obtainMasterConnection: async () => [client, (err?: unknown) => released.push(err)],
    },
  } as unknown as DataSource;
  return { client, released, dataSource };
}

describe('pg-boss SQL on the app pool', () => {
  it('keeps a connection error raised while a client is borrowed, and gives the client back broken', async () => {
    const { client, released, dataSource } = terminatedBetweenStatements();
    // With nobody listening, EventEmitter throws the error: the process would end.
    await expect(poolExecutor(dataSource).executeSql('SELECT 1')).resolves.toEqual({
      rows: [{ one: 1 }],
    });
    expect(released).toHaveLength(1);
    expect(String(released[0])).toMatch(/terminating connection/);
    expect(client.listenerCount('error')).toBe(0);
  });

  it('does the same for a transaction, whose client is borrowed across several statements', async () => {
    const { client, released, dataSource } = terminatedBetweenStatements();
    await poolTransaction(dataSource, (db) => db.executeSql('UPDATE x SET y = 1'));
    expect(client.statements).toEqual(['BEGIN', 'UPDATE x SET y = 1', 'COMMIT']);
    expect(String(released[0])).toMatch(/terminating connection/);
    expect(client.listenerCount('error')).toBe(0);
  });
});
