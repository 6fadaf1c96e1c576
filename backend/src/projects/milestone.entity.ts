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
import { Timestamped } from '../common/timestamps';
import { type MilestoneKind } from './milestone-kinds';
import { ProjectEntity } from './project.entity';

/** A step of one project with its due date; extensions move `dueAt` and are recorded. */
@Entity('project_milestones')
@Unique('uq_project_milestones_id_project', ['id', 'projectId'])
@Index('ix_project_milestones_project', ['projectId', 'dueAt'])
@Check(
  'ck_project_milestones_kind',
  `"kind" IN ('proposal', 'intermediate_report', 'final_report', 'defence', 'other')`,
)
@Check('ck_project_milestones_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
export class MilestoneEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_milestones_project' })
  project?: ProjectEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  kind: MilestoneKind;

  @Column({ type: 'text' })
  title: string;

  /** What is expected: content, length, format. */
  @Column({ type: 'text', default: '' })
  expectations: string;

  /** The due date in force now (after any extension). */
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  /** The due date first set, before any extension. */
  @Column({ type: 'timestamptz' })
  originalDueAt: Date;
}
