import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { numeric } from '../common/numeric';

export const AUDIT_OPERATIONS = ['insert', 'update', 'delete'] as const;
export type AuditOperation = (typeof AUDIT_OPERATIONS)[number];

/**
 * Every change of a grade, written by a trigger on `grades` (never by the application), with
 * who (`SET LOCAL clique.actor_id`) and why (`clique.change_reason`). Append-only: triggers
 * refuse UPDATE, DELETE and TRUNCATE. No foreign keys: the history outlives what it names.
 */
@Entity('grade_audit')
@Index('ix_grade_audit_student', ['studentId', 'changedAt'])
@Index('ix_grade_audit_assessment', ['assessmentId'])
@Check('ck_grade_audit_operation', `"operation" IN ('insert', 'update', 'delete')`)
export class GradeAuditEntity {
  @PrimaryGeneratedColumn('increment', {
    type: 'bigint',
    primaryKeyConstraintName: 'pk_grade_audit',
  })
  id: string;

  @Column({ type: 'uuid' })
  assessmentId: string;

  @Column({ type: 'uuid' })
  studentId: string;

  @Column({ type: 'smallint' })
  attempt: number;

  @Column({ type: 'text' })
  operation: AuditOperation;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numeric })
  oldScore: number | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numeric })
  newScore: number | null;

  @Column({ type: 'text', nullable: true })
  oldComment: string | null;

  @Column({ type: 'text', nullable: true })
  newComment: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  changedAt: Date;
}
