import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortEntity } from '../cohorts';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';

export const JURY_STATUSES = ['open', 'signed'] as const;
export type JuryStatus = (typeof JURY_STATUSES)[number];

/**
 * A cohort's deliberation: its date, members, the decision per student, and the president's
 * sign-off (name, drawn signature, time) that locks it. Once signed the row cannot change
 * (trigger `tg_juries_signed_locked`); at most one open jury per cohort.
 */
@Entity('juries')
@Index('uq_juries_open_cohort', ['cohortId'], { unique: true, where: `"status" = 'open'` })
@Index('ix_juries_cohort', ['cohortId', 'heldOn'])
@Check('ck_juries_status', `"status" IN ('open', 'signed')`)
@Check(
  'ck_juries_signed',
  `("status" = 'signed') = ("signed_at" IS NOT NULL AND "president_name" IS NOT NULL AND "signature_png" IS NOT NULL)`,
)
export class JuryEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_juries' })
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_juries_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'text', default: 'open' })
  status: JuryStatus;

  /** The president as signed (an internal member's name, or an external one's). */
  @Column({ type: 'text', nullable: true })
  presidentName: string | null;

  /** The president's account when internal. */
  @Column({ type: 'uuid', nullable: true })
  presidentId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'president_id', foreignKeyConstraintName: 'fk_juries_president' })
  president?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  /** The president's drawn signature (PNG). */
  @Column({ type: 'bytea', nullable: true })
  signaturePng: Buffer | null;

  /** Who recorded the sign-off (the admin at the keyboard). */
  @Column({ type: 'uuid', nullable: true })
  signedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'signed_by_id', foreignKeyConstraintName: 'fk_juries_signed_by' })
  signedBy?: UserEntity | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_juries_created_by' })
  createdBy?: UserEntity;
}
