import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { SessionEntity } from '../scheduling';

export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const SIGNATURE_METHODS = ['drawn', 'confirmed'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

/** 0: the whole session; 1: the morning and 2: the afternoon of a full course day. */
export type AttendancePart = 0 | 1 | 2;

/**
 * A student's attendance at one part of a session: the status the instructor took (or the
 * signature set), and the student's own signature (émargement), which the database keeps once
 * given (trigger `tr_attendance_records_signed_once`, see the Attendance migration).
 */
@Entity('attendance_records')
@Index('ix_attendance_records_student', ['studentId'])
@Index('ix_attendance_records_recorded_by', ['recordedById'])
@Check('ck_attendance_records_part', `"part" IN (0, 1, 2)`)
@Check('ck_attendance_records_status', `"status" IN ('present', 'late', 'excused', 'absent')`)
@Check(
  'ck_attendance_records_excuse',
  `("status" IS NOT DISTINCT FROM 'excused') = ("excuse_reason" IS NOT NULL)`,
)
@Check('ck_attendance_records_method', `"signature_method" IN ('drawn', 'confirmed')`)
@Check('ck_attendance_records_signed', `("signed_at" IS NULL) = ("signature_method" IS NULL)`)
@Check(
  'ck_attendance_records_drawn',
  `("signature_method" IS NOT DISTINCT FROM 'drawn') = ("signature_png" IS NOT NULL)`,
)
export class AttendanceRecordEntity extends Timestamped {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_attendance_records' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_attendance_records' })
  studentId: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_attendance_records' })
  part: AttendancePart;

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_attendance_records_session' })
  session?: SessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'fk_attendance_records_student' })
  student?: UserEntity;

  /** Null: not taken yet (a row may exist for a signature alone). */
  @Column({ type: 'text', nullable: true })
  status: AttendanceStatus | null;

  /** Only, and always, when excused. */
  @Column({ type: 'text', nullable: true })
  excuseReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  signatureMethod: SignatureMethod | null;

  /** The drawn signature (PNG), for a `drawn` signature only. */
  @Column({ type: 'bytea', nullable: true })
  signaturePng: Buffer | null;

  /** Who set the status last (the instructor, or the student by signing). */
  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_id',
    foreignKeyConstraintName: 'fk_attendance_records_recorded_by',
  })
  recordedBy?: UserEntity | null;
}
