import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** `created_at` / `updated_at` as timestamptz on every table that has them. */
export abstract class Timestamped {
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
