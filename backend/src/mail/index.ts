/**
 * The public surface of the mail domain: the only file another domain may import from it.
 * Mail imports no domain (identity sends mail); its admin pages live in `mailbox/`.
 */
export { MailModule } from './mail.module';
export { MailService, MailThrottledException, MAIL_QUEUE, MAIL_BULK_QUEUE } from './mail.service';
export { MailSender } from './mail-sender';
export { MailTemplates, type MailTemplate } from './mail-templates';
export { mailLayout, escapeHtml, type MailLayoutInput } from './mail-layout';
export { MailEntity } from './mail.entity';
export * from './mail.types';
