import type { EntityManager } from 'typeorm';

export interface NewPartnerOrganisation {
  name: string;
  sector?: string | null;
  website?: string | null;
}

export interface NewPartnerContact {
  name: string;
  role?: string | null;
  email?: string | null;
  phone?: string | null;
}

/**
 * Partners alone write `partner_organisations` and `partner_contacts`; other domains (a project
 * proposed with a new partner or mentor) call these inside their own transaction.
 */

/** The id of the organisation of this name (unique whatever its case), created if new. */
export async function ensurePartnerOrganisation(
  manager: EntityManager,
  partner: NewPartnerOrganisation,
): Promise<string> {
  await manager.query(
    `INSERT INTO partner_organisations (name, sector, website) VALUES ($1, $2, $3)
     ON CONFLICT (lower(name)) DO NOTHING`,
    [partner.name, partner.sector ?? null, partner.website ?? null],
  );
  const [row] = await manager.query<{ id: string }[]>(
    'SELECT id FROM partner_organisations WHERE lower(name) = lower($1)',
    [partner.name],
  );
  return row.id;
}

/** A new contact of the organisation; returns its id. */
export async function addPartnerContact(
  manager: EntityManager,
  partnerId: string,
  contact: NewPartnerContact,
): Promise<string> {
  const [row] = await manager.query<{ id: string }[]>(
    `INSERT INTO partner_contacts (partner_id, name, role, email, phone)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [partnerId, contact.name, contact.role ?? null, contact.email ?? null, contact.phone ?? null],
  );
  return row.id;
}
