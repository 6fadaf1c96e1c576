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

export const PASSWORD_TOKEN_PURPOSES = ['invitation', 'reset'] as const;
export type PasswordTokenPurpose = (typeof PASSWORD_TOKEN_PURPOSES)[number];

/**
 * A one-time, expiring link to set a password: an invitation (a new account) or a reset
 * (forgot password). Only the token's SHA-256 is stored.
 */
@Entity('password_tokens')
@Check('ck_password_tokens_purpose', `"purpose" IN ('invitation', 'reset')`)
@Index('ix_password_tokens_user', ['userId'])
export class PasswordTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_password_tokens_user' })
  user?: UserEntity;

  @Index('uq_password_tokens_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'text', default: 'invitation' })
  purpose: PasswordTokenPurpose;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
