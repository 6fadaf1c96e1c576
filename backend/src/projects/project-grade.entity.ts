import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { numeric } from '../common/numeric';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { PartnerContactEntity } from '../partners';
import type { GradingScale } from '../programmes';
import { ProjectEntity } from './project.entity';

export const GRADE_SOURCES = ['tutor', 'mentor', 'jury'] as const;
export type GradeSource = (typeof GRADE_SOURCES)[number];

/**
 * The three-way assessment of a project: the tutor's and the partner mentor's proposed grades
 * and the jury's grade. Each lies on the programme's scale, copied in `scale` so the database
 * can check it.
 */
@Entity('project_grades')
@Check('ck_project_grades_source', `"source" IN ('tutor', 'mentor', 'jury')`)
@Check(
  'ck_project_grades_on_scale',
  `CASE "scale"
     WHEN 'CH_6' THEN "grade" BETWEEN 1 AND 6 AND "grade" * 2 = trunc("grade" * 2)
     WHEN 'FR_20' THEN "grade" BETWEEN 0 AND 20
     ELSE false
   END`,
)
@Check('ck_project_grades_grader', `("source" = 'mentor') = ("graded_by_id" IS NULL)`)
export class ProjectGradeEntity extends Timestamped {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_project_grades' })
  projectId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_project_grades' })
  source: GradeSource;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_grades_project' })
  project?: ProjectEntity;

  @Column({ type: 'text' })
  scale: GradingScale;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: numeric })
  grade: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** The user who entered it; null for the mentor (no account). */
  @Column({ type: 'uuid', nullable: true })
  gradedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'graded_by_id', foreignKeyConstraintName: 'fk_project_grades_graded_by' })
  gradedBy?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  mentorContactId: string | null;

  @ManyToOne(() => PartnerContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'mentor_contact_id',
    foreignKeyConstraintName: 'fk_project_grades_mentor_contact',
  })
  mentorContact?: PartnerContactEntity | null;
}
