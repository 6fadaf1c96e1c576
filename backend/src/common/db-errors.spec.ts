import { QueryFailedError } from 'typeorm';
import {
  describeDatabaseError,
  FOREIGN_KEY_VIOLATION,
  isDatabaseUnavailable,
  pgError,
  UNIQUE_VIOLATION,
} from './db-errors';

const failure = (code: string, constraint: string) =>
  new QueryFailedError('DELETE …', [], Object.assign(new Error('violation'), { code, constraint }));

describe('pgError', () => {
  it('matches a reference still in use whether PostgreSQL says 23503 or (17+, PGlite) 23001', () => {
    expect(
      pgError(
        failure('23503', 'fk_cohorts_programme'),
        FOREIGN_KEY_VIOLATION,
        'fk_cohorts_programme',
      ),
    ).toBeDefined();
    expect(
      pgError(
        failure('23001', 'fk_cohorts_programme'),
        FOREIGN_KEY_VIOLATION,
        'fk_cohorts_programme',
      ),
    ).toBeDefined();
  });

  it('does not match another SQLSTATE or another constraint', () => {
    expect(pgError(failure('23505', 'uq_x'), FOREIGN_KEY_VIOLATION)).toBeUndefined();
    expect(pgError(failure('23505', 'uq_x'), UNIQUE_VIOLATION, 'uq_y')).toBeUndefined();
    expect(pgError(new Error('not a query'), UNIQUE_VIOLATION)).toBeUndefined();
  });
});

describe('isDatabaseUnavailable', () => {
  const coded = (code: string, message = 'pg') => Object.assign(new Error(message), { code });
  const query = (driverError: Error) => new QueryFailedError('SELECT 1', [], driverError);

  it('recognises a server that is down, restarting, full or cut off, however the driver says it', () => {
    const failures = [
      coded('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      coded('ECONNRESET', 'read ECONNRESET'),
      query(coded('57P01', 'terminating connection due to administrator command')),
      coded('57P03', 'the database system is starting up'),
      coded('53300', 'sorry, too many clients already'),
      query(coded('57014', 'canceling statement due to statement timeout')),
      query(coded('08006', 'connection failure')),
      query(new Error('Connection terminated unexpectedly')),
      new Error('timeout exceeded when trying to connect'),
      new Error('Connection terminated due to connection timeout'),
      query(new Error('Query read timeout')),
      Object.assign(new AggregateError([coded('ECONNREFUSED')], ''), {}),
      new Error('wrapped', { cause: coded('ECONNREFUSED') }),
    ];
    expect(failures.filter((failure) => !isDatabaseUnavailable(failure))).toEqual([]);
  });

  it('leaves errors that are about the request or a bug to the other answers', () => {
    const others = [
      query(coded('23505', 'duplicate key value violates unique constraint')),
      query(coded('22P02', 'invalid input syntax for type uuid')),
      query(coded('42P01', 'relation "x" does not exist')),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      'a string',
      undefined,
    ];
    expect(others.filter((other) => isDatabaseUnavailable(other))).toEqual([]);
  });

  it('describes the failure in one line with its code, without stack or query', () => {
    const line = describeDatabaseError(query(coded('57P01', 'terminating connection')));
    expect(line).toBe('57P01 terminating connection');
    expect(describeDatabaseError(new Error('timeout exceeded when trying to connect'))).toBe(
      'timeout exceeded when trying to connect',
    );
  });
});
