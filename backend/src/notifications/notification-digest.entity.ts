import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity';

/** One row per person and day a digest was written: the database keeps it to one a day. */
@Entity('notification_digests')
export class NotificationDigestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_digests' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_digests_user' })
  user?: UserEntity;

  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_notification_digests' })
  day: string;

  @Column({ type: 'integer' })
  items: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
