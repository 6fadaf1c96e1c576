import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A requested change of a user's e-mail: it happens only when the link mailed to the new
 * address is followed. One-time and expiring; only the token's SHA-256 is stored.
 */
@Entity('email_changes')
@Check('ck_email_changes_expiry', `"expires_at" > "created_at"`)
@Index('ix_email_changes_user', ['userId'])
export class EmailChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_email_changes_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  newEmail: string;

  @Index('uq_email_changes_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
