import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('starts with defaults in development, on an embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      NODE_ENV: 'development',
      DEMO_DATA: true,
      PUBLIC_URL: 'http://localhost:3000',
    });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('follows PORT in the default public URL', () => {
    expect(loadConfig({ PORT: '4100' }).PUBLIC_URL).toBe('http://localhost:4100');
  });

  it('stops on a malformed DATABASE_URL with a one-line reason naming it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(
      /^Invalid configuration: DATABASE_URL: [^\n]+$/,
    );
  });

  it('requires APP_SECRET in production, and refuses demo data there', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET/);
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: secret }).DEMO_DATA).toBe(false);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', APP_SECRET: secret, DEMO_DATA: 'true' }),
    ).toThrow(/DEMO_DATA/);
  });

  it('lets link previews reach local addresses in tests only, never in production', () => {
    expect(loadConfig({}).VEILLE_PREVIEW_ALLOW_PRIVATE).toBe(false);
    expect(loadConfig({ VEILLE_PREVIEW_ALLOW_PRIVATE: 'true' }).VEILLE_PREVIEW_ALLOW_PRIVATE).toBe(
      true,
    );
    const secret = 'x'.repeat(40);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', APP_SECRET: secret, VEILLE_PREVIEW_ALLOW_PRIVATE: '1' }),
    ).toThrow(/VEILLE_PREVIEW_ALLOW_PRIVATE cannot be true in production/);
  });

  it('refuses a short secret and a port out of range', () => {
    expect(() => loadConfig({ APP_SECRET: 'short' })).toThrow(/APP_SECRET must be at least 32/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('bounds the waits on the database, and refuses a bound of zero', () => {
    expect(loadConfig({})).toMatchObject({
      DATABASE_CONNECT_TIMEOUT_MS: 5000,
      DATABASE_STATEMENT_TIMEOUT_MS: 10000,
    });
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '0' })).toThrow(
      /DATABASE_CONNECT_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: 'never' })).toThrow(
      /DATABASE_STATEMENT_TIMEOUT_MS/,
    );
  });
});
