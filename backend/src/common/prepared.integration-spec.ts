import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { QueryFailedError } from 'typeorm';
import { SESSION_LOOKUP_SQL } from '../identity/sessions.service';
import { buildAdmin, buildStudent } from '../testing/factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import {
  preparedNamedQuery,
  preparedQuery,
  statementName,
  usePreparedStatements,
} from './prepared';

/** What the `pg` driver was asked to run, with the statement's name when it had one. */
function recordStatements() {
  const seen: { name?: string; text: string }[] = [];
  const original = Client.prototype.query;
  const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (
    this: Client,
    ...args: unknown[]
  ) {
    const [first] = args;
    if (typeof first === 'string') seen.push({ text: first });
    else if (first && typeof first === 'object' && 'text' in first)
      seen.push(first as { name?: string; text: string });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  return { seen, restore: () => spy.mockRestore() };
}

describe('named prepared statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('gives one text one stable name, and different texts different names', () => {
    expect(statementName('SELECT 1')).toBe(statementName('SELECT 1'));
    expect(statementName('SELECT 1')).not.toBe(statementName('SELECT 2'));
    expect(statementName('SELECT 1')).toMatch(/^cq_[A-Za-z0-9_-]{24}$/);
  });

  it('returns the rows an unprepared query returns, call after call on every connection', async () => {
    const users = await Promise.all([buildStudent(t.db), buildStudent(t.db), buildAdmin(t.db)]);
    const ids = users.map((u) => u.id);
    const sql = `SELECT id, email, role, created_at FROM users WHERE id = ANY($1::uuid[]) ORDER BY email`;
    const plain = await t.db.query(sql, [ids]);
    // More calls than connections, at once: each connection prepares it once, then reuses it.
    const runs = await Promise.all(
      Array.from({ length: 25 }, () => preparedQuery(t.db.manager, sql, [ids])),
    );
    for (const rows of runs) expect(rows).toEqual(plain);
    expect(plain).toHaveLength(3);
  });

  it('runs the session lookup of every request as a named statement', async () => {
    const student = await buildStudent(t.db);
    const browser = new Browser(t.app);
    expect((await browser.signIn(student.email, student.password)).statusCode).toBe(200);
    const recorder = recordStatements();
    try {
      const me = await browser.get('/api/me');
      expect(me.statusCode).toBe(200);
      expect(me.json()).toMatchObject({ id: student.id, email: student.email });
    } finally {
      recorder.restore();
    }
    expect(recorder.seen).toContainEqual(
      expect.objectContaining({
        name: statementName(SESSION_LOOKUP_SQL),
        text: SESSION_LOOKUP_SQL,
      }),
    );
  });

  it('counts as a query, runs inside the caller transaction and fails like manager.query', async () => {
    const email = `prepared-${randomUUID().slice(0, 8)}@test.clique`;
    t.queries.reset();
    await expect(
      t.db.transaction(async (m) => {
        await m.query(
          `INSERT INTO users (email, display_name, role) VALUES ($1, 'Prepared', 'student')`,
          [email],
        );
        // Sees the transaction's own uncommitted row: it ran on the transaction's connection.
        const [row] = await preparedNamedQuery<{ n: number }>(
          m,
          'SELECT count(*)::int AS n FROM users WHERE email = :email',
          { email },
        );
        expect(row?.n).toBe(1);
        // A second insert of the same e-mail: the unique violation, as TypeORM reports it.
        await preparedQuery(
          m,
          `INSERT INTO users (email, display_name, role) VALUES ($1, 'Twin', 'student')`,
          [email],
        );
      }),
    ).rejects.toMatchObject({
      constructor: QueryFailedError,
      driverError: { code: '23505', constraint: 'uq_users_email' },
    });
    expect(t.queries.statements.some((s) => s.includes('SELECT count(*)::int AS n'))).toBe(true);
    // Rolled back: nothing was written.
    expect(await t.db.query('SELECT 1 FROM users WHERE email = $1', [email])).toHaveLength(0);
  });

  it('runs unnamed when the database cannot keep statements (the embedded one)', async () => {
    const sql = `SELECT 'off' AS v, $1::int AS n`;
    usePreparedStatements(t.db, false);
    const recorder = recordStatements();
    try {
      expect(await preparedQuery(t.db.manager, sql, [7])).toEqual([{ v: 'off', n: 7 }]);
    } finally {
      recorder.restore();
      usePreparedStatements(t.db, true);
    }
    const mine = recorder.seen.filter((s) => s.text === sql);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.name).toBeUndefined();
  });
});
