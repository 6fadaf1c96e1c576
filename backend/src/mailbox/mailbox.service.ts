import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { pageOfSql, pageOrder, toPage, type SortColumns } from '../common/paging';
import { notFound, ProblemException } from '../common/problem';
import { likePattern } from '../common/search';
import {
  MailService,
  MailTemplates,
  type MailAttachment,
  type MailLang,
  type MailStatus,
} from '../mail';
import type {
  MAIL_SORTS,
  MailContentDto,
  MailDetailDto,
  MailPageDto,
  MailQueryDto,
  MailSummaryDto,
  MailTemplateDto,
} from './dto/mailbox.dto';
import { mailLinks } from './mail-links';

const SORTS: SortColumns<(typeof MAIL_SORTS)[number]> = {
  createdAt: 'm.created_at',
  recipient: 'm.recipient',
  subject: 'm.subject',
  status: 'm.status',
};

interface SummaryRow {
  id: string;
  recipient: string;
  recipient_name: string | null;
  subject: string;
  kind: string;
  lang: MailLang;
  status: MailStatus;
  attempts: number;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  next_attempt_at: Date | null;
}

interface DetailRow extends SummaryRow {
  html: string;
  text: string;
  attachments: MailAttachment[];
  message_id: string;
  bulk: boolean;
}

const SUMMARY = `m.id, m.recipient, m.recipient_name, m.subject, m.kind, m.lang, m.status,
  m.attempts, m.last_error, m.created_at, m.sent_at, m.next_attempt_at`;

/** The admin's "Sent mail": every mail of the outbox, its parts and links, failures, previews. */
@Injectable()
export class MailboxService {
  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
    private readonly templates: MailTemplates,
  ) {}

  /** Three statements whatever the page: the count, the page, the counts by status. */
  async list(query: MailQueryDto): Promise<MailPageDto> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.status) {
      params.push(query.status);
      where.push(`m.status = $${params.length}`);
    }
    if (query.kind) {
      params.push(query.kind);
      where.push(`m.kind = $${params.length}`);
    }
    if (query.q) {
      params.push(likePattern(query.q));
      const p = `$${params.length}`;
      where.push(
        `(clique_fold(m.recipient) LIKE clique_fold(${p}) ESCAPE '\\' OR clique_fold(coalesce(m.recipient_name, '')) LIKE clique_fold(${p}) ESCAPE '\\' OR clique_fold(m.subject) LIKE clique_fold(${p}) ESCAPE '\\')`,
      );
    }
    const select = `SELECT ${SUMMARY} FROM mails m ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const order = pageOrder(query.sort, SORTS, '-createdAt', 'm.id');
    const { rows, total } = await pageOfSql<SummaryRow>(
      (sql) => this.db.query(sql, params),
      select,
      query,
      order,
    );
    const counted: Array<{ status: MailStatus; n: number }> = await this.db.query(
      `SELECT status, count(*)::int AS n FROM mails GROUP BY status`,
    );
    const counts = { queued: 0, sending: 0, sent: 0, delivered: 0, failed: 0 };
    for (const c of counted) counts[c.status] = c.n;
    return { ...toPage(rows.map(toSummary), total, query), counts };
  }

  async get(id: string): Promise<MailDetailDto> {
    const [row]: DetailRow[] = await this.db.query(
      `SELECT ${SUMMARY}, m.html, m.text, m.attachments, m.message_id, m.bulk FROM mails m WHERE m.id = $1`,
      [id],
    );
    if (!row) throw notFound('mail');
    return {
      ...toSummary(row),
      html: row.html,
      text: row.text,
      links: mailLinks(row.html, row.text),
      messageId: row.message_id,
      bulk: row.bulk,
      attachments: (row.attachments ?? []).map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        size:
          a.encoding === 'base64'
            ? Buffer.from(a.content, 'base64').length
            : Buffer.byteLength(a.content, 'utf8'),
      })),
      resendable: row.status === 'failed',
    };
  }

  /**
   * A new attempt of a failed mail (the same mail, its same Message-ID). Idempotent: a mail
   * already queued again or on its way is left as it is; a sent or delivered one is a 409.
   */
  async resend(id: string): Promise<MailDetailDto> {
    const queued = await this.db.transaction((manager) => this.mail.resend(manager, id));
    if (queued === null) throw notFound('mail');
    const mail = await this.get(id);
    if (!queued && (mail.status === 'sent' || mail.status === 'delivered'))
      throw new ProblemException(
        HttpStatus.CONFLICT,
        'mail.not_resendable',
        'This mail was sent already: only a failed mail may be sent again.',
      );
    return mail;
  }

  templatesList(): MailTemplateDto[] {
    return this.templates.list();
  }

  preview(kind: string, lang: MailLang): MailContentDto {
    const content = this.templates.preview(kind, lang);
    if (!content) throw notFound('mail', 'No such mail template.');
    return { ...content, links: mailLinks(content.html, content.text) };
  }
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function toSummary(r: SummaryRow): MailSummaryDto {
  return {
    id: r.id,
    recipient: r.recipient,
    recipientName: r.recipient_name,
    subject: r.subject,
    kind: r.kind,
    lang: r.lang,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    createdAt: new Date(r.created_at).toISOString(),
    sentAt: iso(r.sent_at),
    nextAttemptAt: iso(r.next_attempt_at),
  };
}
