import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import { loadConfig } from '../config/config';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { typeormOptions } from '../database/typeorm-options';
import { mailLayout, MailService } from '../mail';
import { JobsService } from './jobs.service';

/**
 * `npm start` without DATABASE_URL: PGlite with ONE connection. The queue shares the app's pool
 * of one: mail is enqueued in a request's transaction, the worker polls and delivers, and
 * requests are answered meanwhile.
 */
describe('job queue on the embedded database (one connection)', () => {
  it('delivers mail and keeps answering requests', async () => {
    const pg = await startEmbeddedPostgres(undefined);
    const migrate = new DataSource(typeormOptions({ url: pg.url, poolSize: 1, logging: false }));
    await migrate.initialize();
    await migrate.runMigrations({ transaction: 'each' });
    await migrate.destroy();
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'false',
      STATIC_DIR: '/nonexistent',
      JOBS_WORKER: 'true',
    });
    const app = await createApp({
      config,
      databaseUrl: pg.url,
      poolSize: 1,
      preparedStatements: false,
      bufferLogs: false,
    });
    try {
      await app.init();
      const db = app.get(DataSource);
      const { id } = await db.transaction((manager) =>
        app.get(MailService).enqueue(manager, {
          to: 'someone@example.org',
          lang: 'fr',
          kind: 'test.embedded',
          content: mailLayout({ lang: 'fr', title: 'Bonjour', paragraphs: ['Un message.'] }),
          idempotencyKey: 'test.embedded:1:1',
        }),
      );
      const fastify = app.getHttpAdapter().getInstance();
      const started = Date.now();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          fastify.inject({ method: 'GET', url: '/api/health/ready' }),
        ),
      );
      expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(200));
      expect(Date.now() - started).toBeLessThan(5_000);
      // The background worker (polling every 2 s) delivers it to the built-in mailbox.
      let status = '';
      for (let i = 0; i < 40 && status !== 'delivered'; i++) {
        await new Promise((r) => setTimeout(r, 250));
        [{ status }] = await db.query(`SELECT status FROM mails WHERE id = $1`, [id]);
      }
      expect(status).toBe('delivered');
      await app.get(JobsService).drain();
    } finally {
      await app.close();
      await pg.stop();
    }
  }, 120_000);
});
