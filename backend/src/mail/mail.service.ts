import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobsService } from '../jobs';
import type { OutgoingMail } from './mail.types';

/** The queue of one mail's next attempt; bulk mail has its own, paced. */
export const MAIL_QUEUE = 'mail.send';
export const MAIL_BULK_QUEUE = 'mail.bulk';

const KIND = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const EMAIL = /^[^\s@<>(),;:"\\[\]]+@[^\s@<>(),;:"\\[\]]+\.[^\s@<>(),;:"\\[\]]+$/;
const MAX_KEY = 300;
const MAX_BODY = 1_000_000;
const MAX_ATTACHMENTS_BYTES = 5_000_000;

/** A mail refused: too many to one address without an account this hour (429). */
export class MailThrottledException extends ProblemException {
  constructor(address: string) {
    super(
      HttpStatus.TOO_MANY_REQUESTS,
      'mail.throttled',
      `Too many mails to ${address} in the last hour: try again later.`,
      {},
      { 'Retry-After': '3600' },
    );
  }
}

interface Row {
  id: string;
  recipient: string;
  recipient_name: string | null;
  user_id: string | null;
  lang: string;
  kind: string;
  subject: string;
  html: string;
  text: string;
  attachments: string;
  idempotency_key: string;
  bulk: boolean;
  message_id: string;
}

/**
 * The outbox: writes a mail and its job in the caller's transaction (a rollback sends
 * nothing), once per idempotency key. The worker (MailSender) sends it.
 */
@Injectable()
export class MailService {
  private readonly domain: string;

  constructor(
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.domain = messageIdDomain(config.MAIL_FROM, config.PUBLIC_URL);
  }

  /** Writes the mail (and its job) in the caller's transaction: a rollback sends nothing. */
  async enqueue(
    manager: EntityManager,
    mail: OutgoingMail,
  ): Promise<{ id: string; created: boolean }> {
    const row = this.toRow(mail);
    await this.throttle(manager, [row]);
    const inserted: Array<{ id: string }> = await manager.query(
      `${INSERT} ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [JSON.stringify([row])],
    );
    if (inserted.length === 0) {
      const [existing] = await manager.query(`SELECT id FROM mails WHERE idempotency_key = $1`, [
        row.idempotency_key,
      ]);
      return { id: existing.id, created: false };
    }
    await this.jobs.send(manager, row.bulk ? MAIL_BULK_QUEUE : MAIL_QUEUE, { mailId: row.id });
    return { id: row.id, created: true };
  }

  /** Many mails in a fixed number of statements (an import's invitations: `bulk: true`). */
  async enqueueMany(manager: EntityManager, mails: OutgoingMail[]): Promise<void> {
    const byKey = new Map<string, Row>();
    for (const mail of mails) {
      const row = this.toRow(mail);
      if (!byKey.has(row.idempotency_key)) byKey.set(row.idempotency_key, row);
    }
    const rows = [...byKey.values()];
    if (rows.length === 0) return;
    await this.throttle(manager, rows);
    const inserted: Array<{ id: string; bulk: boolean }> = await manager.query(
      `${INSERT} ON CONFLICT (idempotency_key) DO NOTHING RETURNING id, bulk`,
      [JSON.stringify(rows)],
    );
    const bulk = inserted.filter((r) => r.bulk).map((r) => ({ data: { mailId: r.id } }));
    const single = inserted.filter((r) => !r.bulk).map((r) => ({ data: { mailId: r.id } }));
    await this.jobs.sendMany(manager, MAIL_BULK_QUEUE, bulk);
    await this.jobs.sendMany(manager, MAIL_QUEUE, single);
  }

  /**
   * A failed mail's new attempt (the admin's resend button): back to queued with a new job,
   * in the caller's transaction. Idempotent: a mail already queued again, sending or sent is
   * left as it is. Answers whether a new attempt was queued; null when there is no such mail.
   */
  async resend(manager: EntityManager, mailId: string): Promise<boolean | null> {
    const rows: Array<{ id: string; bulk: boolean }> = await manager.query(
      `UPDATE mails SET status = 'queued', attempts = 0, next_attempt_at = now(), claimed_at = NULL
        WHERE id = $1 AND status = 'failed' RETURNING id, bulk`,
      [mailId],
    );
    const updated = rowsOf(rows);
    if (updated.length === 0) {
      const [found] = await manager.query(`SELECT 1 FROM mails WHERE id = $1`, [mailId]);
      return found ? false : null;
    }
    await this.jobs.send(manager, MAIL_QUEUE, { mailId });
    return true;
  }

  /**
   * Mails to an address without an account (speakers, mentors, guests) are capped per hour:
   * no endpoint can make the product mail an arbitrary address repeatedly.
   */
  private async throttle(manager: EntityManager, rows: Row[]): Promise<void> {
    const wanted = new Map<string, number>();
    for (const r of rows) {
      if (r.user_id === null && !r.bulk)
        wanted.set(r.recipient, (wanted.get(r.recipient) ?? 0) + 1);
    }
    if (wanted.size === 0) return;
    const limit = this.config.MAIL_PER_ADDRESS_PER_HOUR;
    const counts: Array<{ recipient: string; n: number }> = await manager.query(
      `SELECT recipient, count(*)::int AS n FROM mails
        WHERE recipient = ANY($1) AND user_id IS NULL AND created_at > now() - interval '1 hour'
          AND idempotency_key <> ALL($2)
        GROUP BY recipient`,
      [[...wanted.keys()], rows.map((r) => r.idempotency_key)],
    );
    for (const [recipient, n] of wanted) {
      const already = counts.find((c) => c.recipient === recipient)?.n ?? 0;
      if (already + n > limit) throw new MailThrottledException(recipient);
    }
  }

  private toRow(mail: OutgoingMail): Row {
    const to = String(mail.to ?? '')
      .trim()
      .toLowerCase();
    if (!EMAIL.test(to) || to.length > 320) throw new Error(`Not a mail address: ${mail.to}`);
    if (!KIND.test(mail.kind)) throw new Error(`Invalid mail kind: ${mail.kind}`);
    if (!mail.idempotencyKey || mail.idempotencyKey.length > MAX_KEY)
      throw new Error('A mail needs an idempotency key (at most 300 characters)');
    if (mail.lang !== 'fr' && mail.lang !== 'en')
      throw new Error(`Invalid mail language: ${mail.lang}`);
    const { subject, html, text } = mail.content;
    if (!subject || html.length + text.length > MAX_BODY) throw new Error('Invalid mail content');
    const attachments = (mail.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      content: a.content,
      encoding: a.encoding ?? 'utf8',
    }));
    if (attachments.reduce((n, a) => n + a.content.length, 0) > MAX_ATTACHMENTS_BYTES)
      throw new Error('Mail attachments too large');
    const id = randomUUID();
    return {
      id,
      recipient: to,
      recipient_name: mail.toName?.trim() || null,
      user_id: mail.userId ?? null,
      lang: mail.lang,
      kind: mail.kind,
      subject: subject.replace(/[\r\n\t]+/g, ' ').trim(),
      html,
      text,
      attachments: attachments as unknown as string,
      idempotency_key: mail.idempotencyKey,
      bulk: mail.bulk ?? false,
      message_id: `<${id}@${this.domain}>`,
    };
  }
}

const INSERT = `INSERT INTO mails (id, recipient, recipient_name, user_id, lang, kind, subject, html,
  text, attachments, idempotency_key, bulk, message_id)
  SELECT id, recipient, recipient_name, user_id, lang, kind, subject, html, text,
    COALESCE(attachments, '[]'), idempotency_key, COALESCE(bulk, false), message_id
  FROM jsonb_populate_recordset(NULL::mails, $1::jsonb)`;

/** The domain of the Message-IDs: MAIL_FROM's, else PUBLIC_URL's host. */
export function messageIdDomain(from: string, publicUrl: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from);
  if (match) return match[1].toLowerCase();
  try {
    return new URL(publicUrl).hostname || 'clique.localhost';
  } catch {
    return 'clique.localhost';
  }
}

/** TypeORM answers an UPDATE … RETURNING as [rows, count]. */
export function rowsOf<T>(result: T[] | [T[], number]): T[] {
  return Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]);
}
