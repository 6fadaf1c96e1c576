import 'reflect-metadata';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { InjectOptions, Response } from 'light-my-request';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { createApp } from '../app.factory';
import { type AppConfig, loadConfig } from '../config/config';

/** Counts the SQL statements the app sends, to prove a list costs a fixed number of queries. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string): void {
    if (
      /^(START TRANSACTION|COMMIT|ROLLBACK|SELECT version\(\)|SELECT \* FROM current_schema)/i.test(
        query,
      )
    )
      return;
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError(): void {
    /* errors surface as exceptions in the test */
  }
  logQuerySlow(): void {
    /* not measured here */
  }
  logSchemaBuild(): void {
    /* not measured here */
  }
  logMigration(): void {
    /* not measured here */
  }
  log(): void {
    /* not measured here */
  }
  reset(): void {
    this.count = 0;
    this.statements = [];
  }
}

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  queries: QueryCounter;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * The whole API, over the database globalSetup created (or `databaseUrl`, see ownDatabase),
 * reached through Fastify's inject (real HTTP semantics, no port). Options override
 * configuration variables.
 */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { databaseUrl?: string } = {},
): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? process.env['CLIQUE_IT_DATABASE_URL'];
  if (!databaseUrl)
    throw new Error('CLIQUE_IT_DATABASE_URL is unset: run through jest.integration.config.ts');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'false',
    SIGN_IN_MAX_FAILURES_PER_IP: '100000',
    STATIC_DIR: '/nonexistent',
    // Specs run side by side on two cores (with the embedded-PGlite spec among them): opening a
    // connection may take longer than production's 5 s. Outages have their own spec, with a
    // short timeout of its own (outage.integration-spec.ts).
    DATABASE_CONNECT_TIMEOUT_MS: '30000',
    ...env,
  });
  const queries = new QueryCounter();
  const app = await createApp({
    config,
    databaseUrl,
    poolSize: 10,
    typeormLogger: queries,
    bufferLogs: false,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return { app, db: app.get(DataSource), queries, config, close: () => app.close() };
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A browser-like client: keeps cookies, echoes the CSRF cookie in X-XSRF-TOKEN on
 * state-changing requests (unless told not to), and sends JSON.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: NestFastifyApplication,
    private readonly remoteAddress = '127.0.0.1',
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (this.cookies.size)
      headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (UNSAFE.has(String(method)) && options.csrf !== false) {
      if (!this.cookies.has('XSRF-TOKEN')) await this.request('GET', '/api/health/live');
      headers['x-xsrf-token'] = this.cookies.get('XSRF-TOKEN') ?? '';
      headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    const response = await this.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method,
        url,
        headers,
        remoteAddress: this.remoteAddress,
        ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
      });
    for (const c of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (expired || c.value === '') this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown, options?: { csrf?: boolean }) {
    return this.request('POST', url, body ?? {}, options);
  }
  patch(url: string, body?: unknown, options?: { csrf?: boolean }) {
    return this.request('PATCH', url, body ?? {}, options);
  }
  delete(url: string, options?: { csrf?: boolean }) {
    return this.request('DELETE', url, undefined, options);
  }

  async signIn(email: string, password: string): Promise<Response> {
    return this.post('/api/auth/sign-in', { email, password });
  }
}
