import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { resolveSort, pageOfSql, toPage, type OrderTerm, type Page } from '../common/paging';
import { notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import type {
  NotificationDto,
  NotificationPreferencesDto,
  NotificationQueryDto,
  UpdateNotificationPreferencesDto,
} from './dto/notifications.dto';
import {
  DEFAULT_CHANNEL,
  NOTIFICATION_KINDS,
  type NotificationChannel,
} from './notification-kinds';

const SORTS = { unread: '(n.read_at IS NOT NULL)', createdAt: 'n.created_at' };

interface Row {
  id: string;
  kind: NotificationDto['kind'];
  title: string;
  body: string;
  link: string;
  created_at: Date;
  read_at: Date | null;
}

/** A person's own notifications and choices: every query is `WHERE user_id = :me`. */
@Injectable()
export class NotificationReadsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One page, then the unread count: three statements whatever the page's length. */
  async list(
    userId: string,
    query: NotificationQueryDto,
  ): Promise<Page<NotificationDto> & { unread: number }> {
    const where = query.unread ? 'AND n.read_at IS NULL' : '';
    const select = `SELECT n.id, n.kind, n.title, n.body, n.link, n.created_at, n.read_at
                      FROM notifications n WHERE n.user_id = :me ${where}`;
    const first = resolveSort(query.sort ?? 'unread', SORTS, ['', 'ASC']);
    const order: OrderTerm[] = [first, ['n.created_at', 'DESC'], ['n.id', 'ASC']];
    const { rows, total } = await pageOfSql<Row>(
      (sql) => namedQuery(this.db.manager, sql, { me: userId }),
      select,
      query,
      order,
    );
    return {
      ...toPage(rows.map(toDto), total, query),
      unread: await this.unreadCount(userId),
    };
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.db.query(
      `SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.unread as number;
  }

  async markRead(userId: string, id: string): Promise<NotificationDto> {
    const [row]: Row[] = await this.db.query(
      `WITH marked AS (
         UPDATE notifications SET read_at = COALESCE(read_at, now())
          WHERE id = $1 AND user_id = $2
          RETURNING id, kind, title, body, link, created_at, read_at)
       SELECT * FROM marked`,
      [id, userId],
    );
    if (!row) throw notFound('notification');
    return toDto(row);
  }

  async markAllRead(userId: string): Promise<number> {
    const [row] = await this.db.query(
      `WITH marked AS (
         UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL
         RETURNING 1)
       SELECT count(*)::int AS marked FROM marked`,
      [userId],
    );
    return row.marked as number;
  }

  async preferences(userId: string): Promise<NotificationPreferencesDto> {
    const rows: { kind: string; channel: NotificationChannel }[] = await this.db.query(
      `SELECT kind, channel FROM notification_preferences WHERE user_id = $1`,
      [userId],
    );
    const chosen = new Map(rows.map((r) => [r.kind, r.channel]));
    return {
      items: NOTIFICATION_KINDS.map((kind) => ({
        kind,
        channel: chosen.get(kind) ?? DEFAULT_CHANNEL,
      })),
    };
  }

  async updatePreferences(
    userId: string,
    dto: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    await this.db.query(
      `INSERT INTO notification_preferences (user_id, kind, channel)
       SELECT $1, kind, channel FROM unnest($2::text[], $3::text[]) AS p(kind, channel)
       ON CONFLICT ON CONSTRAINT pk_notification_preferences
       DO UPDATE SET channel = EXCLUDED.channel, updated_at = now()`,
      [userId, dto.items.map((i) => i.kind), dto.items.map((i) => i.channel)],
    );
    return this.preferences(userId);
  }
}

function toDto(r: Row): NotificationDto {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at.toISOString(),
    readAt: r.read_at ? r.read_at.toISOString() : null,
  };
}
