import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity';
import { InvitationEntity } from './invitation.entity';

/**
 * A link that lets a speaker (no account) see an invitation, answer it once and edit their
 * profile until it expires. The token is this row's id with an HMAC of it (keyed by
 * APP_SECRET), so nothing secret is stored and the instructor can see the link again; issuing a
 * new link revokes the previous one.
 */
@Entity('invitation_links')
@Index('ix_invitation_links_invitation', ['invitationId'])
export class InvitationLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  invitationId: string;

  @ManyToOne(() => InvitationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'invitation_id',
    foreignKeyConstraintName: 'fk_invitation_links_invitation',
  })
  invitation?: InvitationEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When the speaker answered (confirmed or declined) through it. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastOpenedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_invitation_links_created_by' })
  createdBy?: UserEntity | null;
}
