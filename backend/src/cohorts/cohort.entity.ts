import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { ProgrammeEntity } from '../programmes';

export const COHORT_STATUSES = ['planned', 'running', 'closed'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

/** One run of a programme (promotion, volée), e.g. `MCMS 2026–2027`. */
@Entity('cohorts')
@Index('uq_cohorts_programme_name', { synchronize: false }) // unique on (programme_id, lower(name))
@Check('ck_cohorts_dates', `"ends_on" > "starts_on"`)
@Check('ck_cohorts_status', `"status" IN ('planned', 'running', 'closed')`)
export class CohortEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A programme with cohorts cannot be deleted (RESTRICT), only archived. */
  @Column({ type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'fk_cohorts_programme' })
  programme?: ProgrammeEntity;

  @Column({ type: 'text' })
  name: string;

  /** First and last course day, as calendar dates (YYYY-MM-DD) in the programme's zone. */
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'text', default: 'planned' })
  status: CohortStatus;
}
