import { randomUUID } from 'node:crypto';
import { JobsService } from '../jobs';
import { startSmtpSink } from '../testing/smtp-sink';
import { startTestApp } from '../testing/test-app';
import { mailLayout } from './mail-layout';
import { MailService } from './mail.service';

describe('Mail worker stopped mid-batch', () => {
  it('sends each mail exactly once across a restart on the same database', async () => {
    const sink = await startSmtpSink({ delayMs: 120 });
    const run = randomUUID().slice(0, 8);
    const env = { SMTP_URL: sink.url, JOBS_WORKER: 'true' };
    const first = await startTestApp(env);
    let second: Awaited<ReturnType<typeof startTestApp>> | undefined;
    try {
      const mails = Array.from({ length: 20 }, (_, i) => ({
        to: `restart-${run}-${i}@example.org`,
        lang: 'fr' as const,
        kind: 'test.restart',
        content: mailLayout({ lang: 'fr', title: `Message ${i}`, paragraphs: ['Bonjour.'] }),
        idempotencyKey: `test.restart:${run}:${i}`,
      }));
      await first.db.transaction((manager) =>
        first.app.get(MailService).enqueueMany(manager, mails),
      );
      // The worker is sending (one message every ~120 ms): stop this instance part-way.
      await sink.waitFor(5, 15_000);
      await first.close();
      const afterStop = (await sink.messages()).length;
      expect(afterStop).toBeLessThan(20);

      second = await startTestApp(env);
      await sink.waitFor(20, 30_000);
      await second.app.get(JobsService).drain();

      const received = await sink.messages();
      const ids = received.map((m) => m.messageId);
      expect(received).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
      const rows = await second.db.query(
        `SELECT status, attempts, message_id FROM mails WHERE kind = 'test.restart' AND idempotency_key LIKE $1`,
        [`test.restart:${run}:%`],
      );
      expect(rows).toHaveLength(20);
      expect(rows.every((r: { status: string }) => r.status === 'sent')).toBe(true);
      expect(new Set(rows.map((r: { message_id: string }) => r.message_id))).toEqual(new Set(ids));
    } finally {
      await second?.close();
      if (first.app) await first.close().catch(() => undefined);
      await sink.close();
    }
  }, 60_000);
});
