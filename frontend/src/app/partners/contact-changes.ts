import { type CreatePartnerContactRequest, type PartnerContact } from '../core/api/types';

/** A contact row of the form: `id` is set for a contact that exists already. */
export interface ContactRow {
  id: string | null;
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface ContactChanges {
  add: { index: number; body: CreatePartnerContactRequest }[];
  update: { index: number; id: string; body: CreatePartnerContactRequest }[];
  remove: string[];
}

/** A form row as the API's body: trimmed, empty optional fields as null. */
export function contactBody(row: ContactRow): CreatePartnerContactRequest {
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    name: row.name.trim(),
    role: orNull(row.role),
    email: orNull(row.email),
    phone: orNull(row.phone),
  };
}

/** A contact from the API as a form row. */
export function contactRow(contact: PartnerContact): ContactRow {
  return {
    id: contact.id,
    name: contact.name,
    role: contact.role ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
  };
}

/**
 * What to send to turn the saved contacts into the edited rows: new rows are added, changed
 * ones updated, and the saved contacts no row keeps are removed. `index` is the row's place
 * in the form (to put an API error on the right row).
 */
export function contactChanges(
  saved: readonly PartnerContact[],
  rows: readonly ContactRow[],
): ContactChanges {
  const byId = new Map(saved.map((c) => [c.id, c]));
  const kept = new Set<string>();
  const changes: ContactChanges = { add: [], update: [], remove: [] };
  rows.forEach((row, index) => {
    const body = contactBody(row);
    const before = row.id ? byId.get(row.id) : undefined;
    if (!before) {
      changes.add.push({ index, body });
      return;
    }
    kept.add(before.id);
    const same =
      before.name === body.name &&
      before.role === body.role &&
      before.email === body.email &&
      before.phone === body.phone;
    if (!same) changes.update.push({ index, id: before.id, body });
  });
  changes.remove = saved.filter((c) => !kept.has(c.id)).map((c) => c.id);
  return changes;
}

/** `contacts.2.email` → row 2, field `email`; null for another field. */
export function contactField(field: string): { index: number; name: string } | null {
  const match = /^contacts\.(\d+)\.(\w+)$/.exec(field);
  return match ? { index: Number(match[1]), name: match[2] } : null;
}
