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

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
