import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../common/timestamps';
import type { Language, Role } from '../common/role';

@Index('ix_users_email_icu', { synchronize: false }) // (email COLLATE "und-x-icu", id): see ListSortIndexes
@Index('ix_users_role', { synchronize: false }) // (role, id): see ListSortIndexes
@Index('ix_users_created_at', { synchronize: false }) // (created_at DESC NULLS LAST, id): see ListSortIndexes
@Entity('users')
@Check('ck_users_role', `"role" IN ('admin', 'instructor', 'student')`)
@Check('ck_users_preferred_language', `"preferred_language" IN ('fr', 'en')`)
@Index('uq_users_email', { synchronize: false }) // unique on lower(email): see the migration
@Index('ix_users_display_name_icu', { synchronize: false }) // (display_name COLLATE "und-x-icu", id)
@Index('ix_users_display_name_fold', { synchronize: false }) // GIN trigram on clique_fold(display_name)
@Index('ix_users_email_fold', { synchronize: false }) // GIN trigram on clique_fold(email)
export class UserEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text', default: 'fr' })
  preferredLanguage: Language;

  /** argon2id; null until the user sets a password through their one-time link. */
  @Column({ type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
