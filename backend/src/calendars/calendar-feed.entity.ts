import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { CohortEntity } from '../cohorts';
import { UserEntity } from '../identity';
import { SpeakerEntity } from '../speakers';

export const FEED_SCOPES = ['user', 'cohort', 'speaker'] as const;
export type FeedScope = (typeof FEED_SCOPES)[number];

/**
 * A private iCalendar subscription URL: a student's or instructor's own sessions, a cohort's, or
 * a speaker's talks. The URL's token is the id with an HMAC of it (APP_SECRET), so the owner can
 * see it again; revoking marks the row, and a new feed gets a new id.
 */
@Entity('calendar_feeds')
@Index('ix_calendar_feeds_owner', ['ownerId'])
@Index('ix_calendar_feeds_cohort', ['cohortId'])
@Index('ix_calendar_feeds_speaker', ['speakerId'])
@Check('ck_calendar_feeds_scope', `"scope" IN ('user', 'cohort', 'speaker')`)
@Check(
  'ck_calendar_feeds_target',
  `CASE "scope"
     WHEN 'user' THEN "cohort_id" IS NULL AND "speaker_id" IS NULL
     WHEN 'cohort' THEN "cohort_id" IS NOT NULL AND "speaker_id" IS NULL
     WHEN 'speaker' THEN "speaker_id" IS NOT NULL AND "cohort_id" IS NULL
     ELSE false
   END`,
)
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  scope: FeedScope;

  /** Who created it and sees it listed; for scope `user`, whose sessions it carries. */
  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_calendar_feeds_owner' })
  owner?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'fk_calendar_feeds_cohort' })
  cohort?: CohortEntity | null;

  @Column({ type: 'uuid', nullable: true })
  speakerId: string | null;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'fk_calendar_feeds_speaker' })
  speaker?: SpeakerEntity | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastFetchedAt: Date | null;
}
