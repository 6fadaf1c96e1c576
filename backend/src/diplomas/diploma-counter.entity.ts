import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProgrammeEntity } from '../programmes';

/** The last diploma number given per programme and year (locked by the issuing transaction). */
@Entity('diploma_counters')
@Check('ck_diploma_counters_year', `"year" BETWEEN 2000 AND 9999`)
@Check('ck_diploma_counters_last_value', `"last_value" BETWEEN 1 AND 9999`)
export class DiplomaCounterEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_diploma_counters' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_diploma_counters_programme' })
  programme?: ProgrammeEntity;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_diploma_counters' })
  year: number;

  @Column({ type: 'integer' })
  lastValue: number;
}
