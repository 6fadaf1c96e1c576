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
import { CohortEntity, EnrolmentEntity } from '../cohorts';
import type { Language } from '../common/role';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { JuryDecisionEntity } from '../juries';
import { ProgrammeEntity } from '../programmes';

/**
 * A diploma: one per student and cohort, issued after a signed jury awarded it. What it
 * certifies is copied at issue and never changes (a trigger); a revocation is final.
 */
@Entity('diplomas')
@Unique('uq_diplomas_number', ['number'])
@Unique('uq_diplomas_verification_code', ['verificationCode'])
@Unique('uq_diplomas_student_cohort', ['studentId', 'cohortId'])
@Index('ix_diplomas_cohort', ['cohortId'])
@Index('ix_diplomas_enrolment', ['enrolmentId'])
@Index('ix_diplomas_programme', ['programmeId'])
@Index('ix_diplomas_jury_decision', ['juryDecisionId'])
@Index('ix_diplomas_issued_by', ['issuedById'])
@Index('ix_diplomas_revoked_by', ['revokedById'])
@Check('ck_diplomas_number', `"number" ~ '^[A-Z0-9][A-Z0-9_-]*-[0-9]{4}-[0-9]{4}$'`)
@Check('ck_diplomas_verification_code', `"verification_code" ~ '^[a-z0-9]{16,64}$'`)
@Check('ck_diplomas_language', `"language" IN ('fr', 'en')`)
@Check(
  'ck_diplomas_revocation',
  `("revoked_at" IS NULL) = ("revoked_by_id" IS NULL) AND ("revoked_at" IS NULL) = ("revoked_reason" IS NULL)`,
)
@Check(
  'ck_diplomas_revoked_reason',
  `"revoked_reason" IS NULL OR length(btrim("revoked_reason")) > 0`,
)
export class DiplomaEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Readable and unique: `<programme code>-<year>-<counter>`, e.g. `MCMS-2027-0042`. */
  @Column({ type: 'text' })
  number: string;

  /** Random, in the QR link: without it a lookup finds nothing. */
  @Column({ type: 'text' })
  verificationCode: string;

  @Column({ type: 'uuid' })
  studentId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'fk_diplomas_student' })
  student?: UserEntity;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_diplomas_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_diplomas_enrolment' })
  enrolment?: EnrolmentEntity;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_diplomas_programme' })
  programme?: ProgrammeEntity;

  /** The jury decision (awarded, signed) the diploma follows. */
  @Column({ type: 'uuid' })
  juryDecisionId: string;

  @ManyToOne(() => JuryDecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jury_decision_id', foreignKeyConstraintName: 'fk_diplomas_jury_decision' })
  juryDecision?: JuryDecisionEntity;

  /** The holder's name as enrolled, at issue. */
  @Column({ type: 'text' })
  holderName: string;

  @Column({ type: 'text' })
  programmeCode: string;

  @Column({ type: 'text' })
  programmeTitle: string;

  @Column({ type: 'text' })
  cohortName: string;

  @Column({ type: 'text' })
  gradingScale: string;

  @Column({ type: 'numeric', precision: 6, scale: 3, nullable: true })
  finalGrade: string | null;

  @Column({ type: 'text', nullable: true })
  honours: string | null;

  @Column({ type: 'text', nullable: true })
  honoursLabelFr: string | null;

  @Column({ type: 'text', nullable: true })
  honoursLabelEn: string | null;

  @Column({ type: 'date' })
  awardedOn: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  issuedAt: Date;

  @Column({ type: 'uuid' })
  issuedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by_id', foreignKeyConstraintName: 'fk_diplomas_issued_by' })
  issuedBy?: UserEntity;

  /** Who signs it: the jury's president (else the issuing administrator). */
  @Column({ type: 'text' })
  signatoryName: string;

  /** The holder's language at issue: the PDF's by default. */
  @Column({ type: 'text' })
  language: Language;

  /** The holder's choices for the public page (name, programme, date are always shown). */
  @Column({ type: 'boolean', default: false })
  showGrade: boolean;

  @Column({ type: 'boolean', default: false })
  showHonours: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'revoked_by_id', foreignKeyConstraintName: 'fk_diplomas_revoked_by' })
  revokedBy?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;
}
