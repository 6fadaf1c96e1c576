import type { MailContent, MailLang } from '../mail';
import type { NotificationKind } from './notification-kinds';

/** One event for one person, as a domain hands it to NotificationsService. */
export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** The app path of what it is about, e.g. '/student/projects/<id>'. */
  link: string;
  /** The in-app text, in the recipient's language. */
  text(lang: MailLang): { title: string; body?: string };
  /**
   * The mail sent at once (if the recipient wants mail for this kind); without it, a mail in
   * the house layout is built from the text and the link.
   */
  mail?(lang: MailLang): MailContent;
  /** Same key → the notification (and its mail) exists once. */
  idempotencyKey: string;
}
