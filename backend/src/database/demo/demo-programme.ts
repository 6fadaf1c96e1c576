import type { EntityManager } from 'typeorm';
import { CohortInstructorEntity } from '../../cohorts/cohort-instructor.entity';
import { CohortEntity } from '../../cohorts/cohort.entity';
import { EnrolmentEntity } from '../../cohorts/enrolment.entity';
import { UserEntity } from '../../identity/user.entity';
import { PartnerContactEntity } from '../../partners/partner-contact.entity';
import { PartnerOrganisationEntity } from '../../partners/partner-organisation.entity';
import { CourseModuleEntity } from '../../programmes/course-module.entity';
import { applyPresetIn } from '../../programmes/diploma-rules.service';
import { ProgrammeEntity } from '../../programmes/programme.entity';
import { DEMO_TIME_ZONE, on, type DemoCalendar } from './demo-calendar';
import { LICENCE_STUDENT_EMAILS } from './demo-licence';

/** The cohort other demo loaders (sessions, projects) hang their rows on: `MCMS 2026–2027`. */
export function demoCohortName(calendar: DemoCalendar): string {
  return `MCMS ${calendar.academicYear}`;
}
export const DEMO_PROGRAMME_CODE = 'MCMS';

const MODULES = [
  {
    code: 'I',
    title: 'Culture et stratégie des médias sociaux',
    description:
      'Quatre journées d’ouverture à la Maison de la Communication : histoire et culture du web social, ' +
      'débat sur le métier de community manager, et des intervenants externes (économie numérique, auteurs, droit).',
    learningOutcomes: [
      'Situer les médias sociaux dans l’évolution du web et de la communication des organisations',
      'Analyser la présence numérique d’une organisation et de ses publics',
      'Définir une stratégie de communauté alignée sur les objectifs de l’organisation',
    ],
    ects: 5,
    coefficient: 1,
  },
  {
    code: 'II',
    title: 'Outils et pratiques (atelier)',
    description:
      'Atelier sur le clavier : plateformes, outils de veille, de publication et de mesure, savoir-être en ligne.',
    learningOutcomes: [
      'Choisir et configurer les plateformes adaptées à une communauté',
      'Planifier et produire un calendrier éditorial',
      'Mesurer l’engagement et en tirer des recommandations',
    ],
    ects: 5,
    coefficient: 1,
  },
  {
    code: 'III',
    title: 'Communautés, droit et e-réputation',
    description:
      'Animer et modérer une communauté, le cadre juridique suisse et européen, la gestion de crise.',
    learningOutcomes: [
      'Animer une communauté et faire respecter sa charte',
      'Appliquer le droit d’auteur, le droit à l’image et la protection des données (LPD, RGPD)',
      'Réagir à une crise d’e-réputation : bad buzz, trolls, influenceurs mécontents',
    ],
    ects: 5,
    coefficient: 1,
  },
  {
    code: 'IV',
    title: 'Mise en pratique (atelier) et projet',
    description:
      'Atelier de mise en pratique et projet d’étude sur une problématique réelle de l’employeur ou d’une organisation partenaire, défendu devant un jury.',
    learningOutcomes: [
      'Conduire un projet d’étude sur une problématique réelle d’une organisation',
      'Formuler des recommandations argumentées et chiffrées',
      'Présenter et défendre son projet devant un jury',
    ],
    ects: 5,
    coefficient: 2,
    // The module holds the study project: its assessments are the project's.
    kind: 'project' as const,
  },
];

const PARTNERS = [
  {
    name: 'Agence Pixel Léman',
    sector: 'Agence de communication digitale',
    website: 'https://pixel-leman.example.ch',
    address: 'Rue du Petit-Chêne 18, 1003 Lausanne',
    contacts: [
      {
        name: 'Claire Dufour',
        role: 'Directrice conseil',
        email: 'claire.dufour@pixel-leman.example.ch',
        phone: '+41 21 555 01 10',
      },
    ],
  },
  {
    name: 'Banque Cantonale du Léman',
    sector: 'Banque',
    website: 'https://bcl.example.ch',
    address: 'Place Saint-François 14, 1003 Lausanne',
    contacts: [
      {
        name: 'Olivier Jaquet',
        role: 'Responsable médias sociaux',
        email: 'olivier.jaquet@bcl.example.ch',
        phone: '+41 21 555 02 20',
      },
      {
        name: 'Sandrine Pittet',
        role: 'Ressources humaines',
        email: 'sandrine.pittet@bcl.example.ch',
        phone: null,
      },
    ],
  },
  {
    name: 'Théâtre des Arches',
    sector: 'Culture, salle de spectacle',
    website: 'https://theatre-des-arches.example.ch',
    address: 'Avenue de Rumine 2, 1005 Lausanne',
    contacts: [
      {
        name: 'Julie Cornaz',
        role: 'Chargée de communication',
        email: 'julie.cornaz@theatre-des-arches.example.ch',
        phone: '+41 21 555 03 30',
      },
    ],
  },
  {
    name: 'Coopérative Vélo-Cité',
    sector: 'Mobilité, économie sociale et solidaire',
    website: 'https://velo-cite.example.ch',
    address: 'Rue du Simplon 7, 1800 Vevey',
    contacts: [
      {
        name: 'Pascal Monnier',
        role: 'Coordinateur',
        email: 'pascal.monnier@velo-cite.example.ch',
        phone: null,
      },
    ],
  },
];

/** Students with a work-study contract (e-mail → employer). */
const EMPLOYERS: Record<string, string> = {
  'lucas.favre@clique.test': 'Agence Pixel Léman',
  'manon.perret@clique.test': 'Banque Cantonale du Léman',
  'nicolas.rey@clique.test': 'Théâtre des Arches',
};

const INSTRUCTORS = ['sophie.mercier@clique.test', 'laurent.bovet@clique.test'];

/**
 * The SAWI-like MCMS programme: four modules, one cohort over the calendar's academic year
 * (running, or planned in the summer before it) taught by the two demo instructors, every demo
 * student enrolled, three of them in work-study with a partner. Runs inside loadDemoData's
 * transaction, after the users.
 */
export async function loadDemoProgramme(
  manager: EntityManager,
  calendar: DemoCalendar,
): Promise<void> {
  const users = await manager
    .getRepository(UserEntity)
    .find({ select: { id: true, email: true, role: true } });
  const idOf = new Map(users.map((u) => [u.email, u.id]));

  const programme = await manager.getRepository(ProgrammeEntity).save({
    code: DEMO_PROGRAMME_CODE,
    title: 'Spécialiste en management de communautés et médias sociaux',
    description:
      'Diplôme de spécialiste en management de communautés et médias sociaux (#MCMS), Lausanne. ' +
      'Une année, vingt journées de cours en quatre modules, des intervenants externes dans chaque module, ' +
      'des ateliers pratiques (modules II et IV) et un projet d’étude sur une problématique réelle d’une organisation partenaire.',
    gradingScale: 'CH_6',
    ectsTotal: 20,
    timeZone: DEMO_TIME_ZONE,
    gradeStep: 0.5,
  });
  await manager
    .getRepository(CourseModuleEntity)
    .insert(MODULES.map((m, i) => ({ ...m, programmeId: programme.id, position: i + 1 })));
  // The Swiss diploma's rules: mean rounded to the half ≥ 4, at most one module below 4, none
  // below 3, 80 % attendance, the project ≥ 4, with compensation.
  await applyPresetIn(manager, programme.id, 'ch_diploma');

  const partnerIds = new Map<string, string>();
  for (const { contacts, ...partner } of PARTNERS) {
    const saved = await manager.getRepository(PartnerOrganisationEntity).save(partner);
    partnerIds.set(saved.name, saved.id);
    await manager
      .getRepository(PartnerContactEntity)
      .insert(contacts.map((c) => ({ ...c, partnerId: saved.id })));
  }

  const cohort = await manager.getRepository(CohortEntity).save({
    programmeId: programme.id,
    name: demoCohortName(calendar),
    startsOn: calendar.startsOn,
    endsOn: calendar.endsOn,
    status: calendar.cohortStatus,
  });
  const instructorIds = INSTRUCTORS.map((email) => idOf.get(email)).filter(
    (id): id is string => !!id,
  );
  await manager
    .getRepository(CohortInstructorEntity)
    .insert(instructorIds.map((instructorId) => ({ cohortId: cohort.id, instructorId })));
  // A week and a half before the opening, or today if the demo starts in those days.
  const enrolledAt = new Date(
    Math.min(calendar.at(on(-9, '10:00')).getTime(), calendar.now.toMillis()),
  );
  await manager.getRepository(EnrolmentEntity).insert(
    users
      .filter((u) => u.role === 'student' && !LICENCE_STUDENT_EMAILS.has(u.email))
      .map((u) => ({
        cohortId: cohort.id,
        studentId: u.id,
        enrolledAt,
        employerId: EMPLOYERS[u.email] ? (partnerIds.get(EMPLOYERS[u.email]) ?? null) : null,
      })),
  );
}
