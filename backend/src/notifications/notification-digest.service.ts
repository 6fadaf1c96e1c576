import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import type { Role } from '../common/role';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { JobsService } from '../jobs';
import { MailService, type MailLang, type OutgoingMail } from '../mail';
import type { NotificationKind } from './notification-kinds';
import { appUrl, digestMail } from './notification-mail';

export const DIGEST_QUEUE = 'notifications.digest';
/** Every morning at 07:00, Swiss and French time (both programmes' zone). */
export const DIGEST_CRON = '0 7 * * *';
export const DIGEST_TIME_ZONE = 'Europe/Zurich';

interface PendingItem {
  user_id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  created_at: Date;
}

/**
 * The daily digest: each person with items waiting gets one mail listing them, at most one a
 * day (the `notification_digests` primary key), and the items it lists are marked in the same
 * transaction, so a retry or a second run the same day sends nothing twice and loses nothing
 * (items arriving after today's digest wait for tomorrow's).
 */
@Injectable()
export class NotificationDigestService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.work(DIGEST_QUEUE, () => this.run().then(() => undefined));
  }

  /** The schedule is set once every module has registered its workers (the queue is ready). */
  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.schedule(DIGEST_QUEUE, DIGEST_CRON, DIGEST_TIME_ZONE);
  }

  /** Writes today's digests; answers how many mails it enqueued. Fixed number of statements. */
  async run(now: Date = new Date()): Promise<number> {
    const day = DateTime.fromJSDate(now).setZone(DIGEST_TIME_ZONE).toFormat('yyyy-MM-dd');
    return this.db.transaction(async (m) => {
      // The people due today: items waiting, and no digest yet today (the key claims the day).
      const claimed: { user_id: string }[] = await m.query(
        `INSERT INTO notification_digests (user_id, day, items)
         SELECT n.user_id, $1::date, count(*)::int FROM notifications n
          WHERE n.delivery = 'digest' AND n.digested_at IS NULL AND n.created_at <= $2
          GROUP BY n.user_id
         ON CONFLICT ON CONSTRAINT pk_notification_digests DO NOTHING
         RETURNING user_id`,
        [day, now],
      );
      if (!claimed.length) return 0;
      const userIds = claimed.map((c) => c.user_id);
      const items: PendingItem[] = await m.query(
        `WITH listed AS (
           UPDATE notifications n SET digested_at = $3
            WHERE n.user_id = ANY($1::uuid[]) AND n.delivery = 'digest' AND n.digested_at IS NULL
              AND n.created_at <= $2
           RETURNING n.user_id, n.kind, n.title, n.body, n.link, n.created_at)
         SELECT * FROM listed ORDER BY created_at`,
        [userIds, now, now],
      );
      const users: {
        id: string;
        email: string;
        display_name: string;
        lang: MailLang;
        role: Role;
        active: boolean;
      }[] = await m.query(
        `SELECT id, email, display_name, preferred_language AS lang, role, active
           FROM users WHERE id = ANY($1::uuid[])`,
        [userIds],
      );
      const mails: OutgoingMail[] = users
        .filter((u) => u.active)
        .map((u) => {
          const mine = items
            .filter((i) => i.user_id === u.id)
            .map((i) => ({ ...i, url: appUrl(this.config.PUBLIC_URL, i.link) }));
          return {
            to: u.email,
            toName: u.display_name,
            lang: u.lang,
            kind: 'notification.digest',
            content: digestMail({
              lang: u.lang,
              name: u.display_name,
              items: mine,
              listUrl: appUrl(this.config.PUBLIC_URL, `/${u.role}/notifications`),
            }),
            idempotencyKey: `notification-digest:${u.id}:${day}`,
            userId: u.id,
          };
        });
      if (mails.length) await this.mail.enqueueMany(m, mails);
      return mails.length;
    });
  }
}
