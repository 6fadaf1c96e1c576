import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { numeric } from '../common/numeric';
import { Timestamped } from '../common/timestamps';
import type { RuleKind } from './diploma-rules';
import type { GradingScale } from './grading-scale';
import { ModuleGroupEntity } from './module-group.entity';
import { ProgrammeEntity } from './programme.entity';

/**
 * One rule of a programme's diploma, in order. It carries the programme's scale (a composite
 * foreign key, ON UPDATE CASCADE) so the database checks its threshold against the scale, and
 * the fields each kind needs (see `RULE_KINDS`).
 */
@Entity('diploma_rules')
@Unique('uq_diploma_rules_programme_position', ['programmeId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Index('ix_diploma_rules_group', ['groupId'])
@ForeignKey(() => ProgrammeEntity, ['programmeId', 'scale'], ['id', 'gradingScale'], {
  name: 'fk_diploma_rules_programme',
  onDelete: 'CASCADE',
  onUpdate: 'CASCADE',
})
@Check('ck_diploma_rules_position', `"position" >= 1`)
@Check(
  'ck_diploma_rules_kind',
  `"kind" IN ('overall_average', 'group_average', 'module_minimum', 'max_below_pass', 'attendance', 'project_grade')`,
)
@Check(
  'ck_diploma_rules_fields',
  `CASE "kind"
     WHEN 'attendance' THEN "threshold" IS NOT NULL AND "threshold" BETWEEN 0 AND 100 AND "excused_count_as_absent" IS NOT NULL
       AND "group_id" IS NULL AND "max_count" IS NULL
     WHEN 'group_average' THEN "threshold" IS NOT NULL AND "group_id" IS NOT NULL
       AND "max_count" IS NULL AND "excused_count_as_absent" IS NULL
     WHEN 'max_below_pass' THEN "max_count" IS NOT NULL AND "max_count" >= 0 AND "threshold" IS NULL
       AND "group_id" IS NULL AND "excused_count_as_absent" IS NULL
     ELSE "threshold" IS NOT NULL AND "group_id" IS NULL AND "max_count" IS NULL
       AND "excused_count_as_absent" IS NULL
   END`,
)
@Check(
  'ck_diploma_rules_threshold_on_scale',
  `"kind" = 'attendance' OR "threshold" IS NULL OR CASE "scale"
     WHEN 'CH_6' THEN "threshold" BETWEEN 1 AND 6
     WHEN 'FR_20' THEN "threshold" BETWEEN 0 AND 20
     ELSE false
   END`,
)
export class DiplomaRuleEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_diploma_rules' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  /** The programme's grading scale (kept in step by the foreign key). */
  @Column({ type: 'text' })
  scale: GradingScale;

  /** 1-based order within the programme. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  kind: RuleKind;

  /** A grade on the scale, or a percentage for `attendance`; null for `max_below_pass`. */
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: numeric })
  threshold: number | null;

  /** The group a `group_average` rule averages. */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => ModuleGroupEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id', foreignKeyConstraintName: 'fk_diploma_rules_group' })
  group?: ModuleGroupEntity | null;

  /** `max_below_pass`: how many modules may lie below the pass mark. */
  @Column({ type: 'smallint', nullable: true })
  maxCount: number | null;

  /** `attendance`: whether an excused absence counts as an absence (else it is neutral). */
  @Column({ type: 'boolean', nullable: true })
  excusedCountAsAbsent: boolean | null;
}
