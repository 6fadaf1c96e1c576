import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { PartnerOrganisationEntity } from './partner-organisation.entity';

/** A person at a partner organisation (HR contact, project mentor, work-study supervisor). */
@Entity('partner_contacts')
@Index('ix_partner_contacts_partner', ['partnerId'])
export class PartnerContactEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  partnerId: string;

  @ManyToOne(() => PartnerOrganisationEntity, (p) => p.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'fk_partner_contacts_partner' })
  partner?: PartnerOrganisationEntity;

  @Column({ type: 'text' })
  name: string;

  /** Their job, e.g. "Responsable RH". */
  @Column({ type: 'text', nullable: true })
  role: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;
}
