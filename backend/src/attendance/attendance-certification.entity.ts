import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity';
import { SessionEntity } from '../scheduling';
import type { AttendancePart } from './attendance-record.entity';

/** An instructor's drawn signature certifying the attendance sheet of one part of a session. */
@Entity('attendance_certifications')
@Index('ix_attendance_certifications_instructor', ['instructorId'])
@Check('ck_attendance_certifications_part', `"part" IN (0, 1, 2)`)
export class AttendanceCertificationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_attendance_certifications' })
  sessionId: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_attendance_certifications' })
  part: AttendancePart;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_attendance_certifications' })
  instructorId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'session_id',
    foreignKeyConstraintName: 'fk_attendance_certifications_session',
  })
  session?: SessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'instructor_id',
    foreignKeyConstraintName: 'fk_attendance_certifications_instructor',
  })
  instructor?: UserEntity;

  @Column({ type: 'bytea' })
  signaturePng: Buffer;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  signedAt: Date;
}
