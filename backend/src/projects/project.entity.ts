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
import { CohortEntity } from '../cohorts';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { PartnerContactEntity, PartnerOrganisationEntity } from '../partners';
import type { ProjectState } from './project-states';

/**
 * A tutored project (projet tuteuré, study project) of a cohort, on a partner organisation's
 * problem. `open` follows the state (false once rejected or abandoned, checked by the
 * database) and is part of the key `project_members` points at, so closing a project frees
 * its team for another one.
 */
@Index('ix_projects_created_at', { synchronize: false }) // (created_at DESC NULLS LAST, id): see ListSortIndexes
@Index('ix_projects_state', { synchronize: false }) // (state, id): see ListSortIndexes
@Index('ix_projects_state_changed_at', { synchronize: false }) // (state_changed_at DESC NULLS LAST, id): see ListSortIndexes
@Index('ix_projects_cohort_created_at', { synchronize: false }) // (cohort_id, created_at DESC NULLS LAST, id): see ListSortIndexes
@Entity('projects')
@Unique('uq_projects_id_cohort_open', ['id', 'cohortId', 'open'])
@Index('ix_projects_cohort', ['cohortId'])
@Index('ix_projects_tutor', ['tutorId'])
@Index('ix_projects_partner', ['partnerId'])
@Index('ix_projects_mentor_contact', ['mentorContactId'])
@Index('ix_projects_title_icu', { synchronize: false }) // (title COLLATE "und-x-icu", id): see HouseInOrder
@Check(
  'ck_projects_state',
  `"state" IN ('proposed', 'sent_back', 'approved', 'in_progress', 'submitted', 'defended', 'graded', 'rejected', 'abandoned')`,
)
@Check('ck_projects_open', `"open" = ("state" NOT IN ('rejected', 'abandoned'))`)
@Check(
  'ck_projects_state_comment',
  `"state" NOT IN ('sent_back', 'rejected', 'abandoned') OR "state_comment" IS NOT NULL`,
)
@Check('ck_projects_title', `char_length(btrim("title")) BETWEEN 1 AND 200`)
export class ProjectEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_projects_cohort' })
  cohort?: CohortEntity;

  @Column({ type: 'text' })
  title: string;

  /** The partner's problem and what is expected, in the proposer's words. */
  @Column({ type: 'text', default: '' })
  brief: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_projects_partner' })
  partner?: PartnerOrganisationEntity;

  /** The partner's mentor (a contact of the partner organisation). */
  @Column({ type: 'uuid', nullable: true })
  mentorContactId: string | null;

  @ManyToOne(() => PartnerContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'mentor_contact_id', foreignKeyConstraintName: 'fk_projects_mentor' })
  mentorContact?: PartnerContactEntity | null;

  /** The instructor who tutors the project; needed before approval. */
  @Column({ type: 'uuid', nullable: true })
  tutorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tutor_id', foreignKeyConstraintName: 'fk_projects_tutor' })
  tutor?: UserEntity | null;

  @Column({ type: 'uuid' })
  proposedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_id', foreignKeyConstraintName: 'fk_projects_proposed_by' })
  proposedBy?: UserEntity;

  @Column({ type: 'text', default: 'proposed' })
  state: ProjectState;

  @Column({ type: 'boolean', default: true })
  open: boolean;

  /** The comments of a send-back, or the reason of a rejection or abandonment. */
  @Column({ type: 'text', nullable: true })
  stateComment: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  stateChangedAt: Date;
}
