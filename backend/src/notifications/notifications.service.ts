import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MailService, type MailLang, type OutgoingMail } from '../mail';
import type { NotificationInput } from './notification-input';
import { DEFAULT_CHANNEL, type NotificationChannel } from './notification-kinds';
import { appUrl, notificationMail } from './notification-mail';

interface Recipient {
  ord: string;
  email: string;
  display_name: string;
  lang: MailLang;
  active: boolean;
  channel: NotificationChannel;
}

/**
 * Tells people about events: the in-app row in the caller's transaction and, per the
 * recipient's preference for the kind, the mail at once (through the outbox, in the same
 * transaction), a line in the daily digest, or nothing more. A rollback leaves no trace.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  notify(manager: EntityManager, n: NotificationInput): Promise<void> {
    return this.notifyMany(manager, [n]);
  }

  /**
   * Any number of notifications in a fixed number of statements: the recipients and their
   * preferences, one insert (a repeated idempotency key is skipped), and the mails in one call.
   */
  async notifyMany(manager: EntityManager, ns: NotificationInput[]): Promise<void> {
    const inputs = [...new Map(ns.map((n) => [n.idempotencyKey, n])).values()];
    if (!inputs.length) return;
    const recipients: Recipient[] = await manager.query(
      `SELECT r.ord::text AS ord, u.email, u.display_name, u.preferred_language AS lang, u.active,
              COALESCE(p.channel, $3) AS channel
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS r(user_id, kind, ord)
         JOIN users u ON u.id = r.user_id
         LEFT JOIN notification_preferences p ON p.user_id = r.user_id AND p.kind = r.kind`,
      [inputs.map((n) => n.userId), inputs.map((n) => n.kind), DEFAULT_CHANNEL],
    );
    const rows = recipients.flatMap((r) => {
      const input = inputs[Number(r.ord) - 1];
      if (!input) return [];
      const text = input.text(r.lang);
      return [{ input, recipient: r, title: text.title, body: text.body ?? '' }];
    });
    if (!rows.length) return;
    const inserted: { idempotency_key: string }[] = await manager.query(
      `INSERT INTO notifications (user_id, kind, title, body, link, delivery, idempotency_key)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT ON CONSTRAINT uq_notifications_idempotency_key DO NOTHING
       RETURNING idempotency_key`,
      [
        rows.map((r) => r.input.userId),
        rows.map((r) => r.input.kind),
        rows.map((r) => r.title),
        rows.map((r) => r.body),
        rows.map((r) => r.input.link),
        rows.map((r) => r.recipient.channel),
        rows.map((r) => r.input.idempotencyKey),
      ],
    );
    const created = new Set(inserted.map((r) => r.idempotency_key));
    const mails: OutgoingMail[] = rows
      .filter(
        (r) =>
          created.has(r.input.idempotencyKey) &&
          r.recipient.channel === 'mail' &&
          r.recipient.active,
      )
      .map(({ input, recipient, title, body }) => ({
        to: recipient.email,
        toName: recipient.display_name,
        lang: recipient.lang,
        kind: `notification.${input.kind}`,
        content:
          input.mail?.(recipient.lang) ??
          notificationMail({
            lang: recipient.lang,
            name: recipient.display_name,
            title,
            body,
            url: appUrl(this.config.PUBLIC_URL, input.link),
          }),
        idempotencyKey: `notification:${input.idempotencyKey}`,
        userId: input.userId,
      }));
    if (mails.length) await this.mail.enqueueMany(manager, mails);
  }
}
