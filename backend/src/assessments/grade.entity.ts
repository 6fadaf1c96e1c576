import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numeric } from '../common/numeric';
import { Timestamped } from '../common/timestamps';
import { EnrolmentEntity } from '../cohorts';
import { UserEntity } from '../identity';
import type { GradingScale } from '../programmes';
import type { Attempt } from './assessment-kinds';
import { AssessmentEntity } from './assessment.entity';

/**
 * A student's score in an assessment, per attempt (2 = the resit). The database checks the
 * score against the scale and step copied from the assessment (composite foreign key, ON
 * UPDATE CASCADE), and that the student is enrolled in the assessment's cohort. A cleared cell
 * is a deleted row; a trigger writes every change to `grade_audit`. `version` is the
 * optimistic lock of the gradebook.
 */
@Entity('grades')
@Index('ix_grades_student', ['studentId'])
@Index('ix_grades_cohort_student', ['cohortId', 'studentId'])
@Check('ck_grades_attempt', `"attempt" IN (1, 2)`)
@Check(
  'ck_grades_on_scale',
  `CASE "scale"
     WHEN 'CH_6' THEN "score" BETWEEN 1 AND 6
     WHEN 'FR_20' THEN "score" BETWEEN 0 AND 20
     ELSE false
   END AND mod("score", "grade_step") = 0`,
)
@Check('ck_grades_version', `"version" >= 1`)
export class GradeEntity extends Timestamped {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_grades' })
  assessmentId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_grades' })
  studentId: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_grades' })
  attempt: Attempt;

  @Column({ type: 'uuid' })
  cohortId: string;

  @Column({ type: 'text' })
  scale: GradingScale;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: numeric })
  gradeStep: number;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'RESTRICT', onUpdate: 'CASCADE' })
  @JoinColumn([
    {
      name: 'assessment_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_grades_assessment',
    },
    { name: 'cohort_id', referencedColumnName: 'cohortId' },
    { name: 'scale', referencedColumnName: 'scale' },
    { name: 'grade_step', referencedColumnName: 'gradeStep' },
  ])
  assessment?: AssessmentEntity;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'cohort_id',
      referencedColumnName: 'cohortId',
      foreignKeyConstraintName: 'fk_grades_enrolment',
    },
    { name: 'student_id', referencedColumnName: 'studentId' },
  ])
  enrolment?: EnrolmentEntity;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  score: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'uuid' })
  gradedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graded_by_id', foreignKeyConstraintName: 'fk_grades_graded_by' })
  gradedBy?: UserEntity;

  @Column({ type: 'integer', default: 1 })
  version: number;
}
