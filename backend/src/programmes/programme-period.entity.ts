import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { ProgrammeEntity } from './programme.entity';

/** A period of a programme (a semester), in order; its modules' averages may compensate. */
@Entity('programme_periods')
@Unique('uq_programme_periods_programme_position', ['programmeId', 'position'], {
  deferrable: 'INITIALLY DEFERRED',
})
@Check('ck_programme_periods_position', `"position" >= 1`)
export class ProgrammePeriodEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_programme_periods' })
  id: string;

  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_periods_programme' })
  programme?: ProgrammeEntity;

  /** 1-based order within the programme. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  /** Compensation between the period's modules; null: the programme's setting. */
  @Column({ type: 'boolean', nullable: true })
  compensation: boolean | null;
}
