import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Public verification lookups per IP and window, for the rate limit shared by every instance. */
@Entity('verification_lookups')
@Index('ix_verification_lookups_window', ['windowStart'])
export class VerificationLookupEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_verification_lookups' })
  ip: string;

  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'pk_verification_lookups' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
