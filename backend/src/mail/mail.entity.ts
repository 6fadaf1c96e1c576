import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import type { MailAttachment, MailLang, MailStatus } from './mail.types';

/**
 * One mail of the outbox, written in the transaction of the change that causes it, with its
 * job. `status`: queued → sending → sent (SMTP) or delivered (the built-in mailbox, SMTP_URL
 * unset); failed after its last attempt (visible to the admin, who may resend it).
 */
@Entity('mails')
@Unique('uq_mails_idempotency_key', ['idempotencyKey'])
@Index('ix_mails_created', ['createdAt', 'id'])
@Index('ix_mails_status_created', ['status', 'createdAt'])
@Index('ix_mails_recipient_created', ['recipient', 'createdAt'])
@Index('ix_mails_user', ['userId'])
@Check('ck_mails_status', `"status" IN ('queued', 'sending', 'sent', 'delivered', 'failed')`)
@Check('ck_mails_lang', `"lang" IN ('fr', 'en')`)
@Check('ck_mails_sent_at', `("status" IN ('sent', 'delivered')) = ("sent_at" IS NOT NULL)`)
@Check('ck_mails_attempts', `"attempts" >= 0`)
export class MailEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The address, lower-cased. */
  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text', nullable: true })
  recipientName: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  // By name: mail imports no domain (identity sends mail).
  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_mails_user' })
  user?: unknown;

  @Column({ type: 'text' })
  lang: MailLang;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  html: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments: MailAttachment[];

  @Column({ type: 'text' })
  idempotencyKey: string;

  @Column({ type: 'boolean', default: false })
  bulk: boolean;

  @Column({ type: 'text', default: 'queued' })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** When a worker took it (status sending): an old claim is a crashed worker's. */
  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** Deterministic (`<id@domain>`): every attempt of this mail carries the same Message-ID. */
  @Column({ type: 'text' })
  messageId: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
