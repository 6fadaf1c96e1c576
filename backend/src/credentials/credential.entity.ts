import {
  Check,
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { CredentialStatusListEntity } from './credential-status-list.entity';

/**
 * The Open Badges 3.0 credential of one diploma, signed once at issue and stored as issued
 * (a VC-JWT, with the id of the key that signed it), and its place in a status list.
 * A revocation is final and only sets `revoked_at`.
 */
@Entity('credentials')
@Unique('uq_credentials_diploma', ['diplomaId'])
@Unique('uq_credentials_status_index', ['statusListId', 'statusIndex'])
@Index('ix_credentials_revoked', ['statusListId'], { where: '"revoked_at" IS NOT NULL' })
@Check('ck_credentials_status_index', `"status_index" >= 0 AND "status_index" < 131072`)
export class CredentialEntity extends Timestamped {
  /** Also the credential's `id` (`urn:uuid:<id>`). */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_credentials' })
  id: string;

  /** References diplomas(id), named by table: credentials imports no domain (no cycle). */
  @Column({ type: 'uuid' })
  @ForeignKey('diplomas', { name: 'fk_credentials_diploma', onDelete: 'RESTRICT' })
  diplomaId: string;

  @Column({ type: 'integer' })
  statusListId: number;

  @ManyToOne(() => CredentialStatusListEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'status_list_id',
    foreignKeyConstraintName: 'fk_credentials_status_list',
  })
  statusList?: CredentialStatusListEntity;

  @Column({ type: 'integer' })
  statusIndex: number;

  /** The signed OpenBadgeCredential (compact JWS). */
  @Column({ type: 'text' })
  jwt: string;

  @Column({ type: 'text' })
  kid: string;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
