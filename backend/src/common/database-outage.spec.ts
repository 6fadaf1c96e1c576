import { Logger } from '@nestjs/common';
import { QueryFailedError, type DataSource } from 'typeorm';
import { DatabaseOutage } from './database-outage';
import { ProblemFilter } from './problem.filter';

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

/** A DataSource whose `SELECT 1` fails while `up` is false. */
function fakeDatabase() {
  const state = { up: true, probes: 0 };
  const db = {
    query: () => {
      state.probes += 1;
      return state.up ? Promise.resolve([{ '?column?': 1 }]) : Promise.reject(refused());
    },
  } as unknown as DataSource;
  return { db, state };
}

/** The message of a Nest logger call, `(message)` or `(fields, message)`. */
const text = (first: unknown, second?: unknown) =>
  String(typeof first === 'string' ? first : second);

/** Flushes the probe's promise chain. */
const settle = async () => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

describe('ProblemFilter and a database out of reach', () => {
  it('answers 503 with Retry-After and the `unavailable` code, for a lost connection as for a refused one', () => {
    const filter = new ProblemFilter();
    const answers = [
      refused(),
      new QueryFailedError(
        'SELECT 1',
        [],
        Object.assign(new Error('terminating connection due to administrator command'), {
          code: '57P01',
        }),
      ),
      new Error('timeout exceeded when trying to connect'),
    ].map((error) => filter.toProblem(error));
    for (const { body, headers } of answers) {
      expect(body).toMatchObject({ status: 503, code: 'unavailable' });
      expect(Number(headers['retry-after'])).toBeGreaterThan(0);
    }
  });
});

describe('DatabaseOutage', () => {
  let errors: string[];
  let warnings: string[];

  beforeEach(() => {
    jest.useFakeTimers();
    errors = [];
    warnings = [];
    jest
      .spyOn(Logger.prototype, 'error')
      .mockImplementation(
        (first: unknown, second?: unknown) => void errors.push(text(first, second)),
      );
    jest
      .spyOn(Logger.prototype, 'warn')
      .mockImplementation(
        (first: unknown, second?: unknown) => void warnings.push(text(first, second)),
      );
  });

  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('logs an outage once when it starts and once when it ends, however many requests fail', async () => {
    const { db, state } = fakeDatabase();
    const outage = new DatabaseOutage(db);
    state.up = false;
    for (let i = 0; i < 50; i += 1) outage.reportFailure(refused());
    await settle();
    for (let i = 0; i < 50; i += 1) outage.reportFailure(refused());
    await jest.advanceTimersByTimeAsync(2_000);
    expect(outage.down).toBe(true);
    state.up = true;
    await jest.advanceTimersByTimeAsync(300);
    expect(outage.down).toBe(false);
    expect(errors).toEqual([expect.stringMatching(/^Database outage started: ECONNREFUSED/)]);
    expect(warnings).toEqual([expect.stringMatching(/^Database outage ended after \d+\.\d s$/)]);
    const probes = state.probes;
    await jest.advanceTimersByTimeAsync(5_000);
    expect(state.probes).toBe(probes); // no probing once the database answers
    outage.onModuleDestroy();
  });

  it('does not call one lost connection an outage when the database still answers', async () => {
    const { db } = fakeDatabase();
    const outage = new DatabaseOutage(db);
    outage.reportFailure(refused());
    await settle();
    expect(outage.down).toBe(false);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/request failed, but the database answers/)]);
  });

  it('reports not ready while the database is away, and ready as soon as it is back', async () => {
    const { db, state } = fakeDatabase();
    const outage = new DatabaseOutage(db);
    state.up = false;
    expect(await outage.check()).toBe(false);
    expect(outage.down).toBe(true);
    state.up = true;
    expect(await outage.check()).toBe(true);
    expect(outage.down).toBe(false);
    expect(errors).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    outage.onModuleDestroy();
  });
});
