import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../common/timestamps';

/** A place where sessions are held, e.g. a seminar room of the Maison de la Communication. */
@Entity('rooms')
@Index('uq_rooms_name', { synchronize: false }) // unique on lower(name): see the migration
@Check('ck_rooms_capacity', `"capacity" IS NULL OR "capacity" > 0`)
export class RoomEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Unique whatever its case. */
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', default: '' })
  address: string;

  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  /** Equipment, access, who holds the key. */
  @Column({ type: 'text', default: '' })
  notes: string;

  /** An archived room keeps its past sessions but takes no new booking. */
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
