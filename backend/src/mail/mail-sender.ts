import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobsService } from '../jobs';
import { MAIL_BULK_QUEUE, MAIL_QUEUE } from './mail.service';
import type { MailAttachment } from './mail.types';

/** Attempts before a mail is failed: a temporary error (4xx, no answer) and a permanent one (5xx). */
export const MAX_ATTEMPTS = 5;
export const MAX_PERMANENT_ATTEMPTS = 2;
/** Seconds before attempt n+1: 30 s, 2 min, 8 min, 32 min. */
export const backoffSeconds = (attempts: number) => 30 * 4 ** Math.max(0, attempts - 1);
/**
 * A claim older than this is a crashed worker's: the mail may be taken again. Shorter than a
 * job's expiry (5 min) plus its retry delay, so the expired job's retry finds it stale; longer
 * than any one send (its timeouts add up to under a minute).
 */
const CLAIM_STALE_SECONDS = 2 * 60;
/** The sweeper: mails left without a job (a job failed for good, a crash) get one again. */
export const MAIL_SWEEP_QUEUE = 'mail.sweep';
const ORPHAN_AFTER_MINUTES = 15;

interface Claimed {
  id: string;
  recipient: string;
  recipient_name: string | null;
  subject: string;
  html: string;
  text: string;
  attachments: MailAttachment[];
  bulk: boolean;
  attempts: number;
  message_id: string;
}

/**
 * The worker of the outbox. Each attempt takes the row (queued → sending, one statement under
 * the row's lock: two workers never both take it), sends it with its deterministic Message-ID
 * holding no database connection, then marks it sent. A job for a mail already sent,
 * delivered, failed or in another worker's hands does nothing: a retry or a restart never
 * resends a sent mail. With SMTP_URL unset the mail is delivered to the built-in mailbox.
 */
@Injectable()
export class MailSender implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private transport: Transporter | null = null;

  constructor(
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const handler = (data: { mailId?: string }) => this.attempt(String(data?.mailId ?? ''));
    this.jobs.work(MAIL_QUEUE, handler, { batchSize: 10, retryLimit: 3, retryDelay: 60 });
    this.jobs.work(MAIL_BULK_QUEUE, handler, {
      batchSize: 10,
      retryLimit: 3,
      retryDelay: 60,
      perMinute: this.config.MAIL_BULK_PER_MINUTE,
    });
    this.jobs.work(MAIL_SWEEP_QUEUE, async () => void (await this.sweep()), {
      batchSize: 1,
      retryLimit: 0,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.JOBS_WORKER) await this.jobs.schedule(MAIL_SWEEP_QUEUE, '*/10 * * * *');
  }

  /**
   * Gives a job again to every mail waiting for one that no job will take: queued (or stuck in
   * a crashed worker's hands) for a while with no job created, retrying or active. One
   * statement to find them, one to enqueue; a duplicate job would do nothing anyway.
   */
  async sweep(): Promise<number> {
    const orphans = await this.jobs.query<{ id: string; bulk: boolean }>(
      `SELECT m.id, m.bulk FROM mails m
        WHERE ((m.status = 'queued'
                AND coalesce(m.next_attempt_at, m.created_at) < now() - make_interval(mins => $1))
            OR (m.status = 'sending' AND m.claimed_at < now() - make_interval(secs => $2)))
          AND NOT EXISTS (SELECT 1 FROM pgboss.job j
                           WHERE j.state IN ('created', 'retry', 'active')
                             AND j.data->>'mailId' = m.id::text)
        LIMIT 1000`,
      [ORPHAN_AFTER_MINUTES, CLAIM_STALE_SECONDS],
    );
    const job = (r: { id: string }) => ({ data: { mailId: r.id } });
    await this.jobs.sendMany(null, MAIL_BULK_QUEUE, orphans.filter((r) => r.bulk).map(job));
    await this.jobs.sendMany(null, MAIL_QUEUE, orphans.filter((r) => !r.bulk).map(job));
    if (orphans.length) this.logger.warn(`Mail sweeper: ${orphans.length} mail(s) queued again`);
    return orphans.length;
  }

  onModuleDestroy(): void {
    this.transport?.close();
    this.transport = null;
  }

  /** One attempt at one mail (a job of mail.send / mail.bulk). */
  async attempt(mailId: string): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(mailId)) return;
    const [claimed] = await this.jobs.query<Claimed>(
      `UPDATE mails SET status = 'sending', attempts = attempts + 1, claimed_at = now(),
                next_attempt_at = NULL
          WHERE id = $1
            AND (status = 'queued'
                 OR (status = 'sending' AND claimed_at < now() - make_interval(secs => $2)))
          RETURNING id, recipient, recipient_name, subject, html, text, attachments, bulk,
                    attempts, message_id`,
      [mailId, CLAIM_STALE_SECONDS],
    );
    if (!claimed) return;
    let delivered: boolean;
    try {
      delivered = await this.deliver(claimed);
    } catch (error) {
      await this.failed(claimed, error);
      return;
    }
    // Sent: a failure to record it (the database away) leaves the claim, which only a stale
    // claim check takes again; the job's retry finds the row still "sending" and does nothing.
    await this.jobs.query(
      `UPDATE mails SET status = $2, sent_at = now(), claimed_at = NULL WHERE id = $1`,
      [claimed.id, delivered ? 'delivered' : 'sent'],
    );
  }

  /** Sends through SMTP; answers true when it went to the built-in mailbox instead. */
  private async deliver(mail: Claimed): Promise<boolean> {
    if (!this.config.SMTP_URL) return true;
    this.transport ??= createTransport({
      url: this.config.SMTP_URL,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as Parameters<typeof createTransport>[0]);
    await this.transport.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.recipient_name
        ? { name: mail.recipient_name, address: mail.recipient }
        : mail.recipient,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: mail.message_id,
      attachments: (mail.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: a.content,
        encoding: a.encoding === 'base64' ? 'base64' : 'utf8',
      })),
    });
    return false;
  }

  /** A failed attempt: a later one with backoff, or the failed state after the last. */
  private async failed(mail: Claimed, error: unknown): Promise<void> {
    const message = describeSmtpError(error);
    const permanent = isPermanent(error);
    const last = mail.attempts >= (permanent ? MAX_PERMANENT_ATTEMPTS : MAX_ATTEMPTS);
    this.logger.warn(
      `Mail ${mail.id} attempt ${mail.attempts} failed${last ? ' (giving up)' : ''}: ${message}`,
    );
    const startAfter = new Date(Date.now() + backoffSeconds(mail.attempts) * 1000);
    await this.jobs.transaction(async (db) => {
      await db.executeSql(
        `UPDATE mails SET status = $2, last_error = $3, claimed_at = NULL, next_attempt_at = $4
          WHERE id = $1 AND status = 'sending'`,
        [mail.id, last ? 'failed' : 'queued', message.slice(0, 1000), last ? null : startAfter],
      );
      if (!last)
        await this.jobs.send(
          db,
          mail.bulk ? MAIL_BULK_QUEUE : MAIL_QUEUE,
          { mailId: mail.id },
          { startAfter },
        );
    });
  }
}

/** A 5xx answer is permanent (no such mailbox, refused); the rest may pass later. */
export function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number })?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function describeSmtpError(error: unknown): string {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  if (e?.response) return String(e.response);
  if (e?.code && e.message) return `${e.code}: ${e.message}`;
  return e?.message ?? String(error);
}
