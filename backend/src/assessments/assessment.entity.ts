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
import { CohortEntity } from '../cohorts';
import { UserEntity } from '../identity';
import { CourseModuleEntity, type GradingScale, ProgrammeEntity } from '../programmes';
import { SessionEntity } from '../scheduling';
import type { AssessmentKind } from './assessment-kinds';

/**
 * Something graded in a cohort: an exam, an assignment, a synthesis of a talk, the project...
 * It always belongs to a module of the cohort's programme. `scale` and `gradeStep` copy the
 * programme's (composite foreign key, ON UPDATE CASCADE) so the database checks each grade,
 * and a change of the programme's step re-checks every grade through the cascade.
 */
@Entity('assessments')
@Unique('uq_assessments_grade_key', ['id', 'cohortId', 'scale', 'gradeStep'])
@Index('ix_assessments_cohort', ['cohortId'])
@Index('ix_assessments_module', ['moduleId'])
@Index('ix_assessments_session', ['sessionId'])
@Index('ix_assessments_programme_scale_step', ['programmeId', 'scale', 'gradeStep'])
@Check(
  'ck_assessments_kind',
  `"kind" IN ('exam', 'assignment', 'participation', 'synthesis', 'project', 'defence', 'work_period')`,
)
@Check('ck_assessments_coefficient', `"coefficient" > 0`)
@Check('ck_assessments_from_project', `NOT "from_project_grades" OR "kind" = 'project'`)
@Check('ck_assessments_release', `("released_at" IS NULL) = ("released_by_id" IS NULL)`)
@Check('ck_assessments_title', `length(btrim("title")) BETWEEN 1 AND 200`)
export class AssessmentEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_assessments_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => CourseModuleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'fk_assessments_module' })
  module?: CourseModuleEntity;

  /** The talk a synthesis is about. */
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => SessionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_assessments_session' })
  session?: SessionEntity | null;

  @Column({ type: 'uuid' })
  programmeId: string;

  @Column({ type: 'text' })
  scale: GradingScale;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: numeric })
  gradeStep: number;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn([
    {
      name: 'programme_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_assessments_programme_scale',
    },
    { name: 'scale', referencedColumnName: 'gradingScale' },
    { name: 'grade_step', referencedColumnName: 'gradeStep' },
  ])
  programme?: ProgrammeEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: AssessmentKind;

  @Column({ type: 'numeric', precision: 5, scale: 2, default: 1, transformer: numeric })
  coefficient: number;

  @Column({ type: 'date', nullable: true })
  dueOn: string | null;

  /** False: shown and graded but left out of every average. */
  @Column({ type: 'boolean', default: true })
  counts: boolean;

  /** Kind `project` only: the score is the project's three-way grade, weighted by the programme. */
  @Column({ type: 'boolean', default: false })
  fromProjectGrades: boolean;

  /** Students see their grades once released. */
  @Column({ type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  releasedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'released_by_id', foreignKeyConstraintName: 'fk_assessments_released_by' })
  releasedBy?: UserEntity | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_assessments_created_by' })
  createdBy?: UserEntity;
}
