import { QueryFailedError } from 'typeorm';
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from './db-errors';

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
