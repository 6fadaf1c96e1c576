import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import {
  collated,
  type Page,
  pageOfQuery,
  pageOrder,
  type SortColumns,
  toPage,
} from '../common/paging';
import { matchesAny, searchParams } from '../common/search';
import { conflict, notFound } from '../common/problem';
import type {
  CreatePartnerContactDto,
  CreatePartnerDto,
  PartnerContactDto,
  PARTNER_SORTS,
  PartnerDto,
  PartnerQueryDto,
  UpdatePartnerContactDto,
  UpdatePartnerDto,
} from './dto/partners.dto';
import { PartnerContactEntity } from './partner-contact.entity';
import { PartnerOrganisationEntity } from './partner-organisation.entity';

const SORTS: SortColumns<(typeof PARTNER_SORTS)[number]> = {
  name: collated('p.name'),
  sector: collated('p.sector'),
  createdAt: 'p.created_at',
};

interface PartnerRow {
  id: string;
  name: string;
  sector: string | null;
  website: string | null;
  address: string | null;
  created_at: Date;
  updated_at: Date;
  employee_count: number;
  contacts: PartnerContactDto[];
}

const toPartner = (r: PartnerRow): PartnerDto => ({
  id: r.id,
  name: r.name,
  sector: r.sector,
  website: r.website,
  address: r.address,
  employeeCount: Number(r.employee_count),
  contacts: r.contacts,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

const toContact = (c: PartnerContactEntity): PartnerContactDto => ({
  id: c.id,
  name: c.name,
  role: c.role,
  email: c.email,
  phone: c.phone,
});

@Injectable()
export class PartnersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Partners with their contacts, searched by name or sector: two queries whatever the page. */
  async list(query: PartnerQueryDto): Promise<Page<PartnerDto>> {
    const qb = this.db.getRepository(PartnerOrganisationEntity).createQueryBuilder('p');
    if (query.q) qb.where(matchesAny(['p.name', 'p.sector']), searchParams(query.q));
    const order = pageOrder(query.sort, SORTS, 'name', 'p.id');
    const { rows, total } = await pageOfQuery(qb, query, order, (page) =>
      this.withDetails(page).getRawMany<PartnerRow>(),
    );
    return toPage(rows.map(toPartner), total, query);
  }

  async get(id: string): Promise<PartnerDto> {
    const qb = this.db
      .getRepository(PartnerOrganisationEntity)
      .createQueryBuilder('p')
      .where('p.id = :id', { id });
    const row = await this.withDetails(qb).getRawOne<PartnerRow>();
    if (!row) throw notFound('partner');
    return toPartner(row);
  }

  async create(dto: CreatePartnerDto): Promise<PartnerDto> {
    const { contacts = [], ...fields } = dto;
    const id = await this.db.transaction(async (manager) => {
      const partner = await this.write(
        () =>
          manager
            .getRepository(PartnerOrganisationEntity)
            .save(manager.getRepository(PartnerOrganisationEntity).create(fields)),
        dto.name,
      );
      if (contacts.length) {
        await manager
          .getRepository(PartnerContactEntity)
          .insert(contacts.map((c) => ({ ...c, partnerId: partner.id })));
      }
      return partner.id;
    });
    return this.get(id);
  }

  async update(id: string, dto: UpdatePartnerDto): Promise<PartnerDto> {
    const repo = this.db.getRepository(PartnerOrganisationEntity);
    const partner = await repo.findOneBy({ id });
    if (!partner) throw notFound('partner');
    Object.assign(partner, dto);
    await this.write(() => repo.save(partner), partner.name);
    return this.get(id);
  }

  /** Deletes a partner nobody refers to (employer of a student, project partner); otherwise 409. */
  async remove(id: string): Promise<void> {
    try {
      const result = await this.db.getRepository(PartnerOrganisationEntity).delete({ id });
      if (!result.affected) throw notFound('partner');
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION)) {
        throw conflict(
          'partner.in_use',
          'Students or projects refer to this partner organisation.',
        );
      }
      throw error;
    }
  }

  async addContact(partnerId: string, dto: CreatePartnerContactDto): Promise<PartnerContactDto> {
    const exists = await this.db
      .getRepository(PartnerOrganisationEntity)
      .existsBy({ id: partnerId });
    if (!exists) throw notFound('partner');
    const repo = this.db.getRepository(PartnerContactEntity);
    return toContact(await repo.save(repo.create({ ...dto, partnerId })));
  }

  async updateContact(
    partnerId: string,
    contactId: string,
    dto: UpdatePartnerContactDto,
  ): Promise<PartnerContactDto> {
    const repo = this.db.getRepository(PartnerContactEntity);
    const contact = await repo.findOneBy({ id: contactId, partnerId });
    if (!contact) throw notFound('contact');
    Object.assign(contact, dto);
    return toContact(await repo.save(contact));
  }

  async removeContact(partnerId: string, contactId: string): Promise<void> {
    try {
      const result = await this.db
        .getRepository(PartnerContactEntity)
        .delete({ id: contactId, partnerId });
      if (!result.affected) throw notFound('contact');
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION)) {
        throw conflict('contact.in_use', 'A project names this contact as its mentor.');
      }
      throw error;
    }
  }

  private withDetails(
    qb: SelectQueryBuilder<PartnerOrganisationEntity>,
  ): SelectQueryBuilder<PartnerOrganisationEntity> {
    return qb
      .select([
        'p.id AS id',
        'p.name AS name',
        'p.sector AS sector',
        'p.website AS website',
        'p.address AS address',
        'p.created_at AS created_at',
        'p.updated_at AS updated_at',
      ])
      .addSelect(
        `(SELECT count(*) FROM enrolments e WHERE e.employer_id = p.id AND e.status = 'active')::int`,
        'employee_count',
      )
      .addSelect(
        `(SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name, 'role', c.role, 'email', c.email, 'phone', c.phone)
                 ORDER BY c.name, c.id), '[]'::json)
          FROM partner_contacts c WHERE c.partner_id = p.id)`,
        'contacts',
      );
  }

  private async write<T>(run: () => Promise<T>, name: string): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_partner_organisations_name')) {
        throw conflict(
          'partner.name_taken',
          `A partner organisation named ${name} already exists.`,
        );
      }
      throw error;
    }
  }
}
