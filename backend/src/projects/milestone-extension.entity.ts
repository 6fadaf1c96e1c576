import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity';
import { MilestoneEntity } from './milestone.entity';

/** An extension the tutor granted: the due date before and after, who, when and why. */
@Entity('milestone_extensions')
@Index('ix_milestone_extensions_milestone', ['milestoneId', 'grantedAt'])
@Check('ck_milestone_extensions_later', `"new_due_at" > "previous_due_at"`)
@Check('ck_milestone_extensions_reason', `char_length(btrim("reason")) > 0`)
export class MilestoneExtensionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  milestoneId: string;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'milestone_id',
    foreignKeyConstraintName: 'fk_milestone_extensions_milestone',
  })
  milestone?: MilestoneEntity;

  @Column({ type: 'timestamptz' })
  previousDueAt: Date;

  @Column({ type: 'timestamptz' })
  newDueAt: Date;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  grantedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'granted_by_id',
    foreignKeyConstraintName: 'fk_milestone_extensions_granted_by',
  })
  grantedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;
}
