import { Column, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { PartnerContactEntity } from './partner-contact.entity';

/** A company or institution that employs work-study students or proposes projects. */
@Entity('partner_organisations')
@Index('uq_partner_organisations_name', { synchronize: false }) // unique on lower(name): see the migration
export class PartnerOrganisationEntity extends Timestamped {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  @OneToMany(() => PartnerContactEntity, (c) => c.partner)
  contacts?: PartnerContactEntity[];
}
