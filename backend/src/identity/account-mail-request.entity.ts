import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ACCOUNT_MAIL_KINDS = ['password_reset', 'invitation', 'email_change'] as const;
export type AccountMailKind = (typeof ACCOUNT_MAIL_KINDS)[number];

/**
 * One request that would make the product mail an address (forgot password, an invitation
 * sent again, an e-mail change): counted per address and per IP over a sliding window, in
 * PostgreSQL so that every API instance sees the same counts.
 */
@Entity('account_mail_requests')
@Check(
  'ck_account_mail_requests_kind',
  `"kind" IN ('password_reset', 'invitation', 'email_change')`,
)
@Check('ck_account_mail_requests_email_lower', `"email" = lower("email")`)
@Index('ix_account_mail_requests_email', ['email', 'createdAt'])
@Index('ix_account_mail_requests_ip', ['ip', 'createdAt'])
export class AccountMailRequestEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'text' })
  kind: AccountMailKind;

  /** Lower-cased as typed, whether or not such an account exists. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** Set when the worker has handled the request (a retried job does nothing twice). */
  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;
}
