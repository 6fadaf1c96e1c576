export type MailLang = 'fr' | 'en';

export interface MailContent {
  subject: string;
  html: string;
  text: string;
}

export interface MailAttachment {
  filename: string;
  /** e.g. 'text/calendar; method=REQUEST; charset=utf-8' */
  contentType: string;
  /** utf-8 text, or base64 when encoding = 'base64' */
  content: string;
  encoding?: 'utf8' | 'base64';
}

export interface OutgoingMail {
  /** One address. */
  to: string;
  toName?: string | null;
  lang: MailLang;
  /** Template key, dotted: 'account.set-password', 'speaker.invitation', ... */
  kind: string;
  /** Rendered by the caller (templates live with their domain). */
  content: MailContent;
  /** Same key → the mail exists once, is sent at most once (retries, restarts). */
  idempotencyKey: string;
  attachments?: MailAttachment[];
  /** The recipient's account, if any. */
  userId?: string | null;
  /** Paced (imports), default false. */
  bulk?: boolean;
}

export const MAIL_STATUSES = ['queued', 'sending', 'sent', 'delivered', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];
