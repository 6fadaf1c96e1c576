import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { ProgrammeEntity } from './programme.entity';

/** A group of a programme's modules that a rule averages, e.g. "projet + stage". */
@Entity('module_groups')
@Index('uq_module_groups_programme_code', { synchronize: false }) // unique on (programme_id, lower(code))
export class ModuleGroupEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_module_groups' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_module_groups_programme' })
  programme?: ProgrammeEntity;

  /** Unique within the programme whatever its case, e.g. `UE5`. */
  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  title: string;
}
