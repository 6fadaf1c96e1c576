import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EnrolmentEntity } from '../cohorts';
import { ProjectEntity } from './project.entity';

/**
 * A student in a project's team. The database enforces "at most one project per student and
 * cohort": the member row copies the project's cohort and `open` flag (kept in step by the
 * composite foreign key, ON UPDATE CASCADE) and a partial unique index covers the open ones.
 * The enrolment key proves the student is enrolled in that cohort. Leaving keeps the row.
 */
@Entity('project_members')
@Index('uq_project_members_cohort_student', ['cohortId', 'studentId'], {
  unique: true,
  where: `"project_open" AND "left_at" IS NULL`,
})
@Index('uq_project_members_project_student', ['projectId', 'studentId'], {
  unique: true,
  where: `"left_at" IS NULL`,
})
@Index('ix_project_members_student', ['studentId'])
export class ProjectMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @Column({ type: 'boolean', default: true })
  projectOpen: boolean;

  @Column({ type: 'uuid' })
  studentId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE', onUpdate: 'CASCADE' })
  @JoinColumn([
    {
      name: 'project_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_project_members_project',
    },
    { name: 'cohort_id', referencedColumnName: 'cohortId' },
    { name: 'project_open', referencedColumnName: 'open' },
  ])
  project?: ProjectEntity;

  @ManyToOne(() => EnrolmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'cohort_id',
      referencedColumnName: 'cohortId',
      foreignKeyConstraintName: 'fk_project_members_enrolment',
    },
    { name: 'student_id', referencedColumnName: 'studentId' },
  ])
  enrolment?: EnrolmentEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  joinedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}
