import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { Timestamped } from '../common/timestamps';

/**
 * A published Bitstring Status List (revocation) credential: its signed VC-JWT is stored and
 * served as is, regenerated (version + 1) in the transaction of each revocation. Lists are
 * numbered 1, 2, … (the number is in their stable URL).
 */
@Entity('credential_status_lists')
@Check('ck_credential_status_lists_id', `"id" > 0`)
@Check('ck_credential_status_lists_purpose', `"status_purpose" = 'revocation'`)
@Check('ck_credential_status_lists_size', `"size" = 131072`)
@Check('ck_credential_status_lists_version', `"version" > 0`)
export class CredentialStatusListEntity extends Timestamped {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_credential_status_lists' })
  id: number;

  @Column({ type: 'text', default: 'revocation' })
  statusPurpose: 'revocation';

  /** Entries (bits) in the list: 131,072 = 16 KB, the specification's minimum. */
  @Column({ type: 'integer', default: 131072 })
  size: number;

  /** Bumped on each regeneration: the HTTP ETag. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The signed BitstringStatusListCredential (compact JWS). */
  @Column({ type: 'text' })
  jwt: string;

  /** The issuer key that signed this version. */
  @Column({ type: 'text' })
  kid: string;
}
