import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity';
import type { ActorKind, InvitationEventType, InvitationStatus } from './invitation-status';
import { InvitationEntity } from './invitation.entity';

/** One dated step of an invitation's timeline. Append-only. */
@Entity('invitation_events')
@Index('ix_invitation_events_invitation', ['invitationId', 'occurredAt'])
@Check(
  'ck_invitation_events_type',
  `"type" IN ('created', 'status_changed', 'details_edited', 'link_issued', 'link_opened', 'speaker_profile_edited')`,
)
@Check('ck_invitation_events_actor_kind', `"actor_kind" IN ('user', 'speaker', 'system')`)
@Check(
  'ck_invitation_events_status_change',
  `("type" = 'status_changed') = ("to_status" IS NOT NULL)`,
)
export class InvitationEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  invitationId: string;

  @ManyToOne(() => InvitationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'invitation_id',
    foreignKeyConstraintName: 'fk_invitation_events_invitation',
  })
  invitation?: InvitationEntity;

  @Column({ type: 'text' })
  type: InvitationEventType;

  @Column({ type: 'text', nullable: true })
  fromStatus: InvitationStatus | null;

  @Column({ type: 'text', nullable: true })
  toStatus: InvitationStatus | null;

  @Column({ type: 'text' })
  actorKind: ActorKind;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_invitation_events_actor' })
  actor?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;
}
