import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Language, Role } from '../common/role';
import { hashPassword } from '../identity/secrets';
import { UserEntity } from '../identity/user.entity';

export const TEST_PASSWORD = 'correct horse battery staple';
let hash: Promise<string> | undefined;

export interface BuiltUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

/** A user with a unique e-mail and the test password; tests never share rows. */
export async function buildUser(
  db: DataSource,
  overrides: Partial<{
    email: string;
    displayName: string;
    role: Role;
    preferredLanguage: Language;
    active: boolean;
    withPassword: boolean;
  }> = {},
): Promise<BuiltUser> {
  hash ??= hashPassword(TEST_PASSWORD);
  const role = overrides.role ?? 'student';
  const email = overrides.email ?? `${role}-${randomUUID().slice(0, 8)}@test.clique`;
  const displayName = overrides.displayName ?? `Test ${role} ${email.slice(0, 8)}`;
  const user = await db.getRepository(UserEntity).save({
    email,
    displayName,
    role,
    preferredLanguage: overrides.preferredLanguage ?? 'fr',
    active: overrides.active ?? true,
    passwordHash: overrides.withPassword === false ? null : await hash,
  });
  return { id: user.id, email, displayName, role, password: TEST_PASSWORD };
}

export const buildAdmin = (db: DataSource) => buildUser(db, { role: 'admin' });
export const buildInstructor = (db: DataSource) => buildUser(db, { role: 'instructor' });
export const buildStudent = (db: DataSource) => buildUser(db, { role: 'student' });
