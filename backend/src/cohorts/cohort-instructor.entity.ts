import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../identity';
import { CohortEntity } from './cohort.entity';

/** An instructor who teaches in a cohort: reads it, plans its sessions, grades its students. */
@Entity('cohort_instructors')
@Index('ix_cohort_instructors_instructor', ['instructorId'])
export class CohortInstructorEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_instructors' })
  cohortId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_cohort_instructors' })
  instructorId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_cohort_instructors_cohort' })
  cohort?: CohortEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'instructor_id',
    foreignKeyConstraintName: 'fk_cohort_instructors_instructor',
  })
  instructor?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
