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
import { ProjectEntity } from './project.entity';

/**
 * A signed, expiring link given to a project's partner mentor (no account). The token carries
 * this row's id and expiry under an HMAC; the row lets the tutor revoke it and says who issued it.
 */
@Entity('project_mentor_links')
@Check('ck_project_mentor_links_language', `"language" IN ('fr', 'en')`)
@Index('ix_project_mentor_links_project', ['projectId'])
export class MentorLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_mentor_links_project' })
  project?: ProjectEntity;

  @Column({ type: 'uuid' })
  contactId: string;

  @ManyToOne(() => PartnerContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'fk_project_mentor_links_contact' })
  contact?: PartnerContactEntity;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'fk_project_mentor_links_created_by',
  })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The language of the mentor's mails. */
  @Column({ type: 'text', default: 'fr' })
  language: 'fr' | 'en';

  /** Where the link was mailed; null when the tutor only copied it. */
  @Column({ type: 'text', nullable: true })
  mailedTo: string | null;
}
