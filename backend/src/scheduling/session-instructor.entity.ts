import { Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity';
import { SessionEntity } from './session.entity';

/**
 * An instructor who teaches a session. `starts_at`, `ends_at` and `session_cancelled` copy the
 * session's (set by triggers, see the Scheduling migration) so that the database can refuse an
 * instructor in two overlapping sessions (a day and its own slots excepted, by `day_id`).
 */
@Entity('session_instructors')
@Index('ix_session_instructors_instructor', ['instructorId'])
@Exclusion(
  'ex_session_instructors_time',
  `USING gist ("instructor_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&, "day_id" WITH <>) WHERE (NOT "session_cancelled")`,
)
export class SessionInstructorEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_session_instructors' })
  sessionId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_session_instructors' })
  instructorId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_session_instructors_session' })
  session?: SessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'instructor_id',
    foreignKeyConstraintName: 'fk_session_instructors_instructor',
  })
  instructor?: UserEntity;

  /** Copied from the session by a trigger. */
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'boolean', default: false })
  sessionCancelled: boolean;

  /** The session's day (its parent, or itself), copied by the trigger: a day and its slots may share an instructor. */
  @Column({ type: 'uuid' })
  dayId: string;
}
