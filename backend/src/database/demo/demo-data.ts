import type { DataSource } from 'typeorm';
import { hashPassword } from '../../identity/secrets';
import { UserEntity } from '../../identity/user.entity';
import { loadDemoAssessments } from './demo-assessments';
import { loadDemoAttendance } from './demo-attendance';
import { loadDemoScheduling } from './demo-scheduling';
import { DemoCalendar } from './demo-calendar';
import { loadDemoJury } from './demo-jury';
import { LICENCE_PEOPLE, loadDemoLicence } from './demo-licence';
import { demoCohortName, loadDemoProgramme } from './demo-programme';
import { loadDemoMail } from './demo-mail';
import { loadDemoNotifications } from './demo-notifications';
import { loadDemoProjects } from './demo-projects';
import { loadDemoVeille } from './demo-veille';
import type { Language, Role } from '../../common/role';

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  displayName: string;
}

interface DemoPerson {
  email: string;
  displayName: string;
  role: Role;
  preferredLanguage: Language;
}

const PASSWORDS: Record<Role, string> = {
  admin: 'demo-admin-2026',
  instructor: 'demo-instructor-2026',
  student: 'demo-student-2026',
};

export const DEMO_ADMIN_EMAIL = 'admin@clique.test';

/** French-speaking Swiss and French names, like a real MCMS volée. */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: DEMO_ADMIN_EMAIL,
    displayName: 'Nathalie Favre',
    role: 'admin',
    preferredLanguage: 'fr',
  },
  {
    email: 'sophie.mercier@clique.test',
    displayName: 'Sophie Mercier',
    role: 'instructor',
    preferredLanguage: 'fr',
  },
  {
    email: 'laurent.bovet@clique.test',
    displayName: 'Laurent Bovet',
    role: 'instructor',
    preferredLanguage: 'fr',
  },
  {
    email: 'camille.rochat@clique.test',
    displayName: 'Camille Rochat',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'lucas.favre@clique.test',
    displayName: 'Lucas Favre',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'lea.muller@clique.test',
    displayName: 'Léa Müller',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'theo.girard@clique.test',
    displayName: 'Théo Girard',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'manon.perret@clique.test',
    displayName: 'Manon Perret',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'hugo.blanc@clique.test',
    displayName: 'Hugo Blanc',
    role: 'student',
    preferredLanguage: 'en',
  },
  {
    email: 'chloe.jaccard@clique.test',
    displayName: 'Chloé Jaccard',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'nicolas.rey@clique.test',
    displayName: 'Nicolas Rey',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'ines.dubois@clique.test',
    displayName: 'Inès Dubois',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'mathieu.python@clique.test',
    displayName: 'Mathieu Python',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'elodie.chappuis@clique.test',
    displayName: 'Élodie Chappuis',
    role: 'student',
    preferredLanguage: 'fr',
  },
  {
    email: 'yann.lefevre@clique.test',
    displayName: 'Yann Lefèvre',
    role: 'student',
    preferredLanguage: 'fr',
  },
  // The Licence pro TIC ARC's instructor and students (demo-licence.ts).
  ...LICENCE_PEOPLE,
];

export function demoAccounts(): DemoAccount[] {
  return DEMO_PEOPLE.map((p) => ({
    email: p.email,
    password: PASSWORDS[p.role],
    role: p.role,
    displayName: p.displayName,
  }));
}

/**
 * Loads the demo programme into an empty database (no user yet) and says whether it did, with
 * its dates in the academic year that contains `today` (see demo-calendar).
 * Everything in one transaction: a half-loaded demo never stays behind.
 */
export async function loadDemoData(db: DataSource, today: Date = new Date()): Promise<boolean> {
  const calendar = new DemoCalendar(today);
  const hashes = Object.fromEntries(
    await Promise.all(
      Object.entries(PASSWORDS).map(async ([role, pw]) => [role, await hashPassword(pw)]),
    ),
  ) as Record<Role, string>;
  return db.transaction(async (manager) => {
    await manager.query('LOCK TABLE users IN EXCLUSIVE MODE');
    if ((await manager.getRepository(UserEntity).count()) > 0) return false;
    await manager
      .getRepository(UserEntity)
      .insert(DEMO_PEOPLE.map((p) => ({ ...p, passwordHash: hashes[p.role] })));
    await loadDemoProgramme(manager, calendar);
    await loadDemoLicence(manager, calendar);
    await loadDemoProjects(manager, calendar);
    await loadDemoNotifications(manager, calendar);
    await loadDemoScheduling(manager, demoCohortName(calendar), calendar);
    await loadDemoAttendance(manager, demoCohortName(calendar), calendar);
    await loadDemoAssessments(manager, demoCohortName(calendar), calendar);
    await loadDemoVeille(manager, demoCohortName(calendar), calendar);
    await loadDemoJury(manager, calendar);
    await loadDemoMail(manager, calendar);
    return true;
  });
}

export async function hasDemoData(db: DataSource): Promise<boolean> {
  return db.getRepository(UserEntity).exists({ where: { email: DEMO_ADMIN_EMAIL } });
}
