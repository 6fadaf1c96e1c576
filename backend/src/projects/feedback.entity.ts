import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity';
import { PartnerContactEntity } from '../partners';
import { MilestoneEntity } from './milestone.entity';
import { SubmissionEntity } from './submission.entity';

export const FEEDBACK_AUTHOR_ROLES = ['tutor', 'team', 'admin', 'mentor'] as const;
export type FeedbackAuthorRole = (typeof FEEDBACK_AUTHOR_ROLES)[number];

/**
 * A comment in a milestone's thread, optionally on one submitted version (which must belong
 * to the same milestone: composite key). Written by a user, or by the partner's mentor
 * through their link (no account: `author_id` is null and `author_name` keeps their name).
 */
@Entity('project_feedback')
@Index('ix_project_feedback_milestone', ['milestoneId', 'createdAt'])
@Index('ix_project_feedback_project', ['projectId', 'createdAt'])
@Index('ix_project_feedback_submission', ['submissionId'])
@Check('ck_project_feedback_author_role', `"author_role" IN ('tutor', 'team', 'admin', 'mentor')`)
@Check('ck_project_feedback_author', `("author_role" = 'mentor') = ("author_id" IS NULL)`)
@Check('ck_project_feedback_body', `char_length(btrim("body")) BETWEEN 1 AND 10000`)
export class FeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  milestoneId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'milestone_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_project_feedback_milestone',
    },
    { name: 'project_id', referencedColumnName: 'projectId' },
  ])
  milestone?: MilestoneEntity;

  @Column({ type: 'uuid', nullable: true })
  submissionId: string | null;

  @ManyToOne(() => SubmissionEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    {
      name: 'submission_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_project_feedback_submission',
    },
    { name: 'milestone_id', referencedColumnName: 'milestoneId' },
  ])
  submission?: SubmissionEntity | null;

  @Column({ type: 'text' })
  authorRole: FeedbackAuthorRole;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_project_feedback_author' })
  author?: UserEntity | null;

  @Column({ type: 'uuid', nullable: true })
  mentorContactId: string | null;

  @ManyToOne(() => PartnerContactEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'mentor_contact_id',
    foreignKeyConstraintName: 'fk_project_feedback_mentor_contact',
  })
  mentorContact?: PartnerContactEntity | null;

  /** The author's name when they wrote it. */
  @Column({ type: 'text' })
  authorName: string;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
