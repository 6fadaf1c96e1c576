import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EnrolmentEntity } from '../cohorts';
import { UserEntity } from '../identity';
import { JuryEntity } from './jury.entity';

export const DECISIONS = ['awarded', 'deferred', 'refused'] as const;
export type Decision = (typeof DECISIONS)[number];

/** What remains for a deferred student, besides the free text. */
export const REMAINING_ITEMS = ['resit', 'project', 'attendance', 'work_period', 'other'] as const;
export type RemainingItem = (typeof REMAINING_ITEMS)[number];

/**
 * A jury's decision on one student: APPEND-ONLY (UPDATE, DELETE and TRUNCATE are refused by
 * triggers), so these rows are the audit trail of decisions, exemptions and corrections. A
 * later decision for the same student supersedes the earlier (`supersedes_id`, unique: one
 * successor each); after the sign-off only a correction (with its reason) may be added.
 * The outcome of the rules at that moment is kept (`rules_met`, `unmet_rules`, `final_grade`).
 */
@Entity('jury_decisions')
@Index('uq_jury_decisions_first', ['juryId', 'enrolmentId'], {
  unique: true,
  where: `"supersedes_id" IS NULL`,
})
@Index('uq_jury_decisions_supersedes', ['supersedesId'], { unique: true })
@Index('ix_jury_decisions_enrolment', ['enrolmentId'])
@Index('ix_jury_decisions_student', ['studentId'])
@Index('ix_jury_decisions_decided_by', ['decidedById'])
@Check('ck_jury_decisions_decision', `"decision" IN ('awarded', 'deferred', 'refused')`)
@Check(
  'ck_jury_decisions_honours',
  `("honours" IS NULL OR "decision" = 'awarded') AND ("honours" IS NULL) = ("honours_label_fr" IS NULL) AND ("honours" IS NULL) = ("honours_label_en" IS NULL)`,
)
@Check(
  'ck_jury_decisions_exemption',
  `("decision" = 'awarded' AND NOT "rules_met") = ("exemption_reason" IS NOT NULL AND length(btrim("exemption_reason")) > 0)`,
)
@Check(
  'ck_jury_decisions_remaining',
  `("decision" = 'deferred') = ("remaining" IS NOT NULL OR cardinality("remaining_items") > 0)`,
)
@Check(
  'ck_jury_decisions_remaining_items',
  `"remaining_items" <@ ARRAY['resit', 'project', 'attendance', 'work_period', 'other']::text[]`,
)
@Check(
  'ck_jury_decisions_correction',
  `"correction_reason" IS NULL OR ("supersedes_id" IS NOT NULL AND length(btrim("correction_reason")) > 0)`,
)
export class JuryDecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_jury_decisions' })
  id: string;

  @Column({ type: 'uuid' })
  juryId: string;

  @ManyToOne(() => JuryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jury_id', foreignKeyConstraintName: 'fk_jury_decisions_jury' })
  jury?: JuryEntity;

  @Column({ type: 'uuid' })
  enrolmentId: string;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'fk_jury_decisions_enrolment' })
  enrolment?: EnrolmentEntity;

  @Column({ type: 'uuid' })
  studentId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'fk_jury_decisions_student' })
  student?: UserEntity;

  @Column({ type: 'text' })
  decision: Decision;

  /** A stable key of the programme's honours levels, e.g. `bien`. */
  @Column({ type: 'text', nullable: true })
  honours: string | null;

  @Column({ type: 'text', nullable: true })
  honoursLabelFr: string | null;

  @Column({ type: 'text', nullable: true })
  honoursLabelEn: string | null;

  /** The final grade as computed when deciding (null when not computable). */
  @Column({ type: 'numeric', precision: 6, scale: 3, nullable: true })
  finalGrade: string | null;

  @Column({ type: 'boolean' })
  rulesMet: boolean;

  /** The rules not met when deciding, with their reasons (the progress computation's). */
  @Column({ type: 'jsonb' })
  unmetRules: unknown[];

  @Column({ type: 'text', nullable: true })
  exemptionReason: string | null;

  /** Deferred: what remains, in words. */
  @Column({ type: 'text', nullable: true })
  remaining: string | null;

  @Column({ type: 'text', array: true })
  remainingItems: RemainingItem[];

  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;

  @ManyToOne(() => JuryDecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supersedes_id', foreignKeyConstraintName: 'fk_jury_decisions_supersedes' })
  supersedes?: JuryDecisionEntity | null;

  /** After the sign-off: why the decision is corrected. */
  @Column({ type: 'text', nullable: true })
  correctionReason: string | null;

  @Column({ type: 'uuid' })
  decidedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by_id', foreignKeyConstraintName: 'fk_jury_decisions_decided_by' })
  decidedBy?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;
}
