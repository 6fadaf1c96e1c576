import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from '../identity';
import type { NotificationChannel, NotificationKind } from './notification-kinds';
import { NOTIFICATION_CHANNEL_CHECK, NOTIFICATION_KIND_CHECK } from './notification.entity';

/** A person's choice for one kind; no row means a mail at once. */
@Entity('notification_preferences')
@Check('ck_notification_preferences_kind', NOTIFICATION_KIND_CHECK)
@Check('ck_notification_preferences_channel', `"channel" ${NOTIFICATION_CHANNEL_CHECK}`)
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_preferences' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_preferences_user' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_notification_preferences' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  channel: NotificationChannel;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
