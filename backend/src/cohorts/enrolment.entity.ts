import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { PartnerOrganisationEntity } from '../partners';
import { CohortEntity } from './cohort.entity';

export const ENROLMENT_STATUSES = ['active', 'withdrawn', 'graduated'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * A student in a cohort; never deleted: a withdrawal keeps the row with its date and reason.
 * `employer` is set for a work-study contract.
 */
@Index('ix_enrolments_cohort_status', { synchronize: false }) // (cohort_id, status, id): see ListSortIndexes
@Index('ix_enrolments_cohort_enrolled_at', { synchronize: false }) // (cohort_id, enrolled_at, id): see ListSortIndexes
@Entity('enrolments')
@Unique('uq_enrolments_cohort_student', ['cohortId', 'studentId'])
@Index('ix_enrolments_student', ['studentId'])
@Index('ix_enrolments_employer', ['employerId'])
@Check('ck_enrolments_status', `"status" IN ('active', 'withdrawn', 'graduated')`)
@Check(
  'ck_enrolments_withdrawal',
  `("status" = 'withdrawn') = ("withdrawn_at" IS NOT NULL) AND ("withdrawn_at" IS NULL OR "withdrawal_reason" IS NOT NULL)`,
)
export class EnrolmentEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_enrolments_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid' })
  studentId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'fk_enrolments_student' })
  student?: UserEntity;

  @Column({ type: 'text', default: 'active' })
  status: EnrolmentStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  enrolledAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason: string | null;

  /** Work-study employer (contrat de professionnalisation, apprentissage), if any. */
  @Column({ type: 'uuid', nullable: true })
  employerId: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'employer_id', foreignKeyConstraintName: 'fk_enrolments_employer' })
  employer?: PartnerOrganisationEntity | null;
}
