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
import { numeric } from '../common/numeric';
import { Timestamped } from '../common/timestamps';
import type { ModuleKind } from './diploma-rules';
import { ModuleGroupEntity } from './module-group.entity';
import { ProgrammePeriodEntity } from './programme-period.entity';
import { ProgrammeEntity } from './programme.entity';

/**
 * A module (unit) of a programme, in order. Sessions and assessments reference it; once they
 * do, it can only be archived (their foreign keys refuse the delete).
 */
@Entity('course_modules')
// Deferred so a reorder can swap positions inside one transaction.
@Unique('uq_course_modules_programme_position', ['programmeId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Index('uq_course_modules_programme_code', { synchronize: false }) // unique on (programme_id, lower(code))
@Check('ck_course_modules_position', `"position" >= 1`)
@Check('ck_course_modules_ects', `"ects" >= 0`)
@Check('ck_course_modules_coefficient', `"coefficient" > 0`)
@Check('ck_course_modules_kind', `"kind" IN ('course', 'project', 'work_period')`)
@Index('ix_course_modules_period', ['periodId'])
@Index('ix_course_modules_group', ['groupId'])
export class CourseModuleEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_course_modules_programme' })
  programme?: ProgrammeEntity;

  /** 1-based order within the programme. */
  @Column({ type: 'integer' })
  position: number;

  /** Unique within the programme whatever its case, e.g. `I` or `UE3`. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  learningOutcomes: string[];

  @Column({ type: 'numeric', precision: 4, scale: 1, default: 0, transformer: numeric })
  ects: number;

  /** Weight of the module's grade in the final average. */
  @Column({ type: 'numeric', precision: 5, scale: 2, default: 1, transformer: numeric })
  coefficient: number;

  /** A course unit, the project or the work period: every assessment belongs to a module. */
  @Column({ type: 'text', default: 'course' })
  kind: ModuleKind;

  /** The period (semester) it belongs to, if the programme has periods. */
  @Column({ type: 'uuid', nullable: true })
  periodId: string | null;

  @ManyToOne(() => ProgrammePeriodEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_course_modules_period' })
  period?: ProgrammePeriodEntity | null;

  /** The rule group it belongs to, e.g. "projet + stage". */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => ModuleGroupEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_course_modules_group' })
  group?: ModuleGroupEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
