/**
 * The public surface of the notifications domain: the only file another domain may import from
 * it. Domains call `NotificationsService.notify` / `notifyMany` inside the transaction of the
 * change that causes the event; the in-app row, and the mail per the recipient's preference,
 * commit or roll back with it.
 */
export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
export * from './notification-kinds';
export * from './notification-input';
export { NotificationDigestService, DIGEST_QUEUE } from './notification-digest.service';
export * from './notification-mail';
