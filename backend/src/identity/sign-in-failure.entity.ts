import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed sign-in; counted per account and per IP over a sliding window. */
@Entity('sign_in_failures')
@Index('ix_sign_in_failures_email', ['email', 'createdAt'])
@Index('ix_sign_in_failures_ip', ['ip', 'createdAt'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** Lower-cased as typed, whether or not such an account exists. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
