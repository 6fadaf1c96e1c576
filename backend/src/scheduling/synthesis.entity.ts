import {
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
import { SessionEntity } from './session.entity';

/**
 * A student's write-up of a guest talk, as sanitised HTML. A draft until submitted; then the
 * instructor reads it and may leave feedback (its grade belongs to the assessments).
 */
@Entity('syntheses')
@Unique('uq_syntheses_session_student', ['sessionId', 'studentId'])
@Index('ix_syntheses_student', ['studentId'])
export class SynthesisEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_syntheses_session' })
  session?: SessionEntity;

  @Column({ type: 'uuid' })
  studentId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'student_id', foreignKeyConstraintName: 'fk_syntheses_student' })
  student?: UserEntity;

  /** Sanitised on input (allow-list of tags); safe to render as HTML. */
  @Column({ type: 'text', default: '' })
  bodyHtml: string;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ type: 'uuid', nullable: true })
  feedbackById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'feedback_by_id', foreignKeyConstraintName: 'fk_syntheses_feedback_by' })
  feedbackBy?: UserEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  feedbackAt: Date | null;
}
