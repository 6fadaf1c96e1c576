import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { CohortEntity } from '../cohorts';
import { Timestamped } from '../common/timestamps';
import { type MilestoneKind } from './milestone-kinds';

/**
 * The milestones every new project of a cohort starts with. A cohort without rows gets the
 * default template (proposal, intermediate report, final report, defence) spread over its dates.
 */
@Entity('milestone_templates')
@Unique('uq_milestone_templates_cohort_position', ['cohortId', 'position'])
@Check(
  'ck_milestone_templates_kind',
  `"kind" IN ('proposal', 'intermediate_report', 'final_report', 'defence', 'other')`,
)
@Check('ck_milestone_templates_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
export class MilestoneTemplateEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_milestone_templates_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text' })
  kind: MilestoneKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  expectations: string;

  /** Due at the end of this day, in the programme's time zone. */
  @Column({ type: 'date' })
  dueOn: string;
}
