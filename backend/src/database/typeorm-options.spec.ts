import { typeormOptions } from './typeorm-options';

const extra = (options: Parameters<typeof typeormOptions>[0]) =>
  (typeormOptions(options) as { extra: Record<string, unknown> }).extra;

describe('typeormOptions', () => {
  it('bounds the wait for a connection and every statement, so that no request hangs', () => {
    expect(
      extra({
        url: 'postgres://x/y',
        poolSize: 4,
        connectTimeoutMs: 1500,
        statementTimeoutMs: 2000,
      }),
    ).toMatchObject({
      max: 4,
      connectionTimeoutMillis: 1500,
      statement_timeout: 2000,
      query_timeout: 4000,
    });
  });

  it('leaves the migration CLI unbounded: a long migration is not cut off', () => {
    const cli = extra({ url: 'postgres://x/y', poolSize: 1 });
    expect(cli).not.toHaveProperty('statement_timeout');
    expect(cli).not.toHaveProperty('connectionTimeoutMillis');
  });
});
