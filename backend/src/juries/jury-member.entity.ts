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
import { JuryEntity } from './jury.entity';

/**
 * A member of a jury: an internal one (an instructor or admin, `user_id`) or an external one
 * by name. `name` keeps the name as it was when the jury sat (the minutes show it). Members
 * cannot change once the jury is signed (trigger).
 */
@Entity('jury_members')
@Index('uq_jury_members_user', ['juryId', 'userId'], {
  unique: true,
  where: `"user_id" IS NOT NULL`,
})
@Index('ix_jury_members_user', ['userId'])
@Check('ck_jury_members_name', `length(btrim("name")) > 0`)
export class JuryMemberEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_jury_members' })
  id: string;

  @Column({ type: 'uuid' })
  juryId: string;

  @ManyToOne(() => JuryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'jury_id', foreignKeyConstraintName: 'fk_jury_members_jury' })
  jury?: JuryEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_jury_members_user' })
  user?: UserEntity | null;

  @Column({ type: 'text' })
  name: string;

  /** e.g. "Responsable pédagogique", "Expert externe (Groupe La Poste)". */
  @Column({ type: 'text', nullable: true })
  role: string | null;
}
