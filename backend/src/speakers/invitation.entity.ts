import {
  Check,
  Column,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { SessionEntity } from '../scheduling';
import type { InvitationStatus } from './invitation-status';
import { SpeakerEntity } from './speaker.entity';

/**
 * A speaker asked to give a talk in a (guest-talk) session: draft → invited → confirmed or
 * declined → held or cancelled. The session's time range is copied here by triggers so the
 * database refuses a speaker booked in two overlapping sessions (drafts included: the speaker
 * is pencilled in); declined or cancelled invitations, and cancelled sessions, free the slot.
 */
@Index('ix_invitations_status', { synchronize: false }) // (status, id): see ListSortIndexes
@Index('ix_invitations_talk_title_icu', { synchronize: false }) // (talk_title COLLATE "und-x-icu", id): see ListSortIndexes
@Entity('invitations')
@Index('ix_invitations_session', ['sessionId'])
@Index('ix_invitations_speaker', ['speakerId'])
@Check(
  'ck_invitations_status',
  `"status" IN ('draft', 'invited', 'confirmed', 'declined', 'held', 'cancelled')`,
)
@Check('ck_invitations_reminder_days', `"reminder_days" BETWEEN 1 AND 30`)
@Check('ck_invitations_mail_count', `"mail_count" BETWEEN 0 AND 5`)
@Exclusion(
  'ex_invitations_speaker',
  `USING gist ("speaker_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&, "day_id" WITH <>) WHERE (NOT "session_cancelled" AND "status" IN ('draft', 'invited', 'confirmed', 'held'))`,
)
export class InvitationEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_invitations_session' })
  session?: SessionEntity;

  @Column({ type: 'uuid' })
  speakerId: string;

  @ManyToOne(() => SpeakerEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'speaker_id', foreignKeyConstraintName: 'fk_invitations_speaker' })
  speaker?: SpeakerEntity;

  @Column({ type: 'text', default: 'draft' })
  status: InvitationStatus;

  @Column({ type: 'text', default: '' })
  talkTitle: string;

  @Column({ type: 'text', default: '' })
  abstract: string;

  /** The instructor's note to the speaker, shown on the speaker's page. */
  @Column({ type: 'text', default: '' })
  messageToSpeaker: string;

  /** The speaker's note when answering (e.g. why they decline). */
  @Column({ type: 'text', nullable: true })
  speakerNote: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  /** Practical information for the speaker: how to get in, park, find the room. */
  @Column({ type: 'text', default: '' })
  accessInfo: string;

  /** What the room offers (projector, microphone…) or what the speaker should bring. */
  @Column({ type: 'text', default: '' })
  equipment: string;

  /** The person the speaker calls on the day; the inviting instructor when not named. */
  @Column({ type: 'text', nullable: true })
  contactName: string | null;

  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  /** Days without an answer before the one reminder; null: no reminder. */
  @Column({ type: 'integer', nullable: true, default: 5 })
  reminderDays: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  remindedAt: Date | null;

  /** How many times the invitation was mailed (capped by ck_invitations_mail_count). */
  @Column({ type: 'integer', default: 0 })
  mailCount: number;

  @Column({ type: 'timestamptz', nullable: true })
  mailedAt: Date | null;

  /** Copied from the session by a trigger. */
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'boolean', default: false })
  sessionCancelled: boolean;

  /** The session's day (its parent, or itself), copied by the trigger like the time range. */
  @Column({ type: 'uuid' })
  dayId: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_invitations_created_by' })
  createdBy?: UserEntity | null;
}
