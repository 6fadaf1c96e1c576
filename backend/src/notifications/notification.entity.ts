import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserEntity } from '../identity';
import {
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from './notification-kinds';

const KINDS_SQL = NOTIFICATION_KINDS.map((kind) => `'${kind}'`).join(', ');
export const NOTIFICATION_KIND_CHECK = `"kind" IN (${KINDS_SQL})`;
export const NOTIFICATION_CHANNEL_CHECK = `IN ('mail', 'digest', 'in_app')`;

/**
 * One event for one person: shown under the bell until read, and delivered per the person's
 * preference when it was made (`delivery`): mailed at once, waiting for the daily digest
 * (`digested_at` null), or in the app only. Its text is stored in the recipient's language.
 */
@Entity('notifications')
@Unique('uq_notifications_idempotency_key', ['idempotencyKey'])
@Index('ix_notifications_user_created', ['userId', 'createdAt', 'id'])
@Index('ix_notifications_user_unread', { synchronize: false }) // (user_id, created_at) WHERE read_at IS NULL
@Index('ix_notifications_digest_pending', { synchronize: false }) // (user_id) WHERE delivery = 'digest' AND digested_at IS NULL
@Check('ck_notifications_kind', NOTIFICATION_KIND_CHECK)
@Check('ck_notifications_delivery', `"delivery" ${NOTIFICATION_CHANNEL_CHECK}`)
@Check('ck_notifications_digested', `"digested_at" IS NULL OR "delivery" = 'digest'`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  /** The app path of what it is about. */
  @Column({ type: 'text' })
  link: string;

  @Column({ type: 'text' })
  delivery: NotificationChannel;

  /** When the daily digest that listed it was written (delivery 'digest' only). */
  @Column({ type: 'timestamptz', nullable: true })
  digestedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @Column({ type: 'text' })
  idempotencyKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
