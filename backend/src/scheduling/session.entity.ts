import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CohortEntity } from '../cohorts';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { CourseModuleEntity } from '../programmes';
import { RoomEntity } from './room.entity';
import type { MaterialLink, SessionKind, SessionStatus } from './session-kind';

/**
 * A course day of a cohort, usually in a module, or a slot within a day (a guest talk, a
 * workshop, an exam, a break: `parentId`). The database refuses two top-level sessions that are
 * not cancelled and overlap for the same cohort (`[starts, ends)`, so 10:00–12:00 then
 * 12:00–14:00 is fine), two overlapping slots of one day, a slot outside its day, and two
 * overlapping sessions in one room, except a day and its own slots. Instructors and speakers are
 * refused the same way on their join tables (session_instructors, invitations), whose copy of
 * the time range and the day is kept in sync by triggers. See the CourseDaySlots migration.
 */
@Entity('sessions')
@Index('ix_sessions_cohort_starts', ['cohortId', 'startsAt'])
@Index('ix_sessions_starts', ['startsAt'])
@Index('ix_sessions_module', ['moduleId'])
@Index('ix_sessions_room', ['roomId'])
@Index('ix_sessions_series', ['seriesId'])
@Index('ix_sessions_parent', ['parentId', 'startsAt'])
@Unique('uq_sessions_day_frame', ['id', 'cohortId', 'startsAt', 'endsAt'])
@Check(
  'ck_sessions_kind',
  `"kind" IN ('lecture', 'workshop', 'guest_talk', 'exam', 'defence', 'break')`,
)
@Check(
  'ck_sessions_slot_kind',
  `CASE WHEN "parent_id" IS NULL THEN "kind" <> 'break' ELSE "kind" <> 'defence' END`,
)
@Check(
  'ck_sessions_slot_frame',
  `("parent_id" IS NULL) = ("parent_starts_at" IS NULL) AND ("parent_id" IS NULL) = ("parent_ends_at" IS NULL)`,
)
@Check(
  'ck_sessions_slot_within',
  `"parent_id" IS NULL OR ("starts_at" >= "parent_starts_at" AND "ends_at" <= "parent_ends_at")`,
)
@Check('ck_sessions_status', `"status" IN ('scheduled', 'cancelled')`)
@Check('ck_sessions_times', `"ends_at" > "starts_at"`)
@Check('ck_sessions_cancelled', `("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)`)
@Check('ck_sessions_sequence', `"sequence" >= 0`)
@Exclusion(
  'ex_sessions_room',
  `USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&, (COALESCE("parent_id", "id")) WITH <>) WHERE ("status" <> 'cancelled')`,
)
@Exclusion(
  'ex_sessions_cohort',
  `USING gist ("cohort_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'cancelled' AND "kind" <> 'defence' AND "parent_id" IS NULL)`,
)
@Exclusion(
  'ex_sessions_slots',
  `USING gist ("parent_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'cancelled' AND "parent_id" IS NOT NULL)`,
)
export class SessionEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_sessions_cohort' })
  cohort?: CohortEntity;

  /** The module it belongs to; null for a cohort-wide day (e.g. final defences). */
  @Column({ type: 'uuid', nullable: true })
  moduleId: string | null;

  @ManyToOne(() => CourseModuleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_sessions_module' })
  module?: CourseModuleEntity | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  kind: SessionKind;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  /** Null when online only or not yet known. */
  @Column({ type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => RoomEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'fk_sessions_room' })
  room?: RoomEntity | null;

  /** Video-conference link, for an online or hybrid session. */
  @Column({ type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  materials: MaterialLink[];

  @Column({ type: 'text', default: 'scheduled' })
  status: SessionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  cancellationReason: string | null;

  /** iCalendar SEQUENCE: bumped on every change a calendar app must pick up. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  /** The day this slot lies within; null for a top-level session (a course day). */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  /** The day's time range, kept by the foreign key's ON UPDATE CASCADE: the slot must lie inside. */
  @Column({ type: 'timestamptz', nullable: true })
  parentStartsAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  parentEndsAt: Date | null;

  // Deferrable: a day moved with its slots moves them first (see MovableCourseDays).
  @ManyToOne(() => SessionEntity, {
    onDelete: 'CASCADE',
    onUpdate: 'CASCADE',
    deferrable: 'INITIALLY IMMEDIATE',
  })
  @JoinColumn([
    {
      name: 'parent_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_sessions_parent',
    },
    { name: 'cohort_id', referencedColumnName: 'cohortId' },
    { name: 'parent_starts_at', referencedColumnName: 'startsAt' },
    { name: 'parent_ends_at', referencedColumnName: 'endsAt' },
  ])
  parent?: SessionEntity | null;

  /** Sessions created together by one series request share this id. */
  @Column({ type: 'uuid', nullable: true })
  seriesId: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_sessions_created_by' })
  createdBy?: UserEntity | null;
}
