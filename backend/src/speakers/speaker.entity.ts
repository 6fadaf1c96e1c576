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
import { PartnerOrganisationEntity } from '../partners';

/**
 * An external professional who speaks to cohorts. Has no account: answers invitations and
 * edits the bio through a signed link. The organisation is a partner organisation or free text.
 */
@Entity('speakers')
@Check('ck_speakers_preferred_language', `"preferred_language" IN ('fr', 'en')`)
@Index('uq_speakers_email', { synchronize: false }) // unique on lower(email) when set
@Index('ix_speakers_topics', { synchronize: false }) // GIN on topics
@Index('ix_speakers_organisation', ['organisationId'])
@Index('ix_speakers_full_name_icu', { synchronize: false }) // (full_name COLLATE "und-x-icu", id)
export class SpeakerEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  fullName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => PartnerOrganisationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'fk_speakers_organisation',
  })
  organisation?: PartnerOrganisationEntity | null;

  /** Free-text organisation when it is not a partner. */
  @Column({ type: 'text', nullable: true })
  organisationName: string | null;

  /** Job title, e.g. "Community manager, Université de Nantes". */
  @Column({ type: 'text', nullable: true })
  jobTitle: string | null;

  /** Career path, written by the instructor or by the speaker through the link. */
  @Column({ type: 'text', default: '' })
  bio: string;

  /** Lower-case keywords, e.g. {e-réputation, droit}. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics: string[];

  @Column({ type: 'text', nullable: true })
  websiteUrl: string | null;

  /** A photo's address (an upload is a follow-up). */
  @Column({ type: 'text', nullable: true })
  photoUrl: string | null;

  /** For instructors only; never shown to students or to the speaker. */
  @Column({ type: 'text', default: '' })
  internalNotes: string;

  /** The language of the speaker's mails; null: the programme's default (French). */
  @Column({ type: 'text', nullable: true })
  preferredLanguage: 'fr' | 'en' | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
