import type { EntityManager } from 'typeorm';
import type { Language } from '../common/role';

export interface NewStudentAccount {
  email: string;
  displayName: string;
  preferredLanguage: Language;
}

/**
 * Creates student accounts, without password, in one statement, inside the caller's transaction
 * (enrolling a new e-mail creates its account). Identity alone writes `users`: other domains
 * call this. An e-mail that already has an account, whatever its case, is left alone (two admins
 * enrolling the same new address at once: the second finds the first's row). Returns
 * lower(email) → id of the accounts it created.
 */
export async function createStudentAccounts(
  manager: EntityManager,
  accounts: NewStudentAccount[],
): Promise<Map<string, string>> {
  if (!accounts.length) return new Map();
  const inserted = await manager.query<{ id: string; email: string }[]>(
    `INSERT INTO users (email, display_name, role, preferred_language)
     SELECT t.email, t.display_name, 'student', t.language
       FROM unnest($1::text[], $2::text[], $3::text[]) AS t(email, display_name, language)
     ON CONFLICT ((lower(email))) DO NOTHING
     RETURNING id, email`,
    [
      accounts.map((a) => a.email),
      accounts.map((a) => a.displayName),
      accounts.map((a) => a.preferredLanguage),
    ],
  );
  return new Map(inserted.map((u) => [u.email.toLowerCase(), u.id]));
}
