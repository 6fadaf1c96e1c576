import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { ProgrammeEntity } from '../programmes';

/** One honours level: a stable key, its labels, the lowest final grade that suggests it. */
export interface HonoursLevel {
  key: string;
  labelFr: string;
  labelEn: string;
  minGrade: number;
}

/**
 * A programme's honours levels as its admin set them. No row: the scale's defaults
 * (honours.ts); an empty list: the programme gives no honours.
 */
@Entity('programme_honours')
export class ProgrammeHonoursEntity extends Timestamped {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_programme_honours' })
  programmeId: string;

  @OneToOne(() => ProgrammeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_programme_honours_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'jsonb' })
  levels: HonoursLevel[];

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by_id',
    foreignKeyConstraintName: 'fk_programme_honours_updated_by',
  })
  updatedBy?: UserEntity | null;
}
