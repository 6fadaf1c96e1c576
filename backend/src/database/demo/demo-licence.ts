import type { EntityManager } from 'typeorm';
import type { Language, Role } from '../../common/role';
import { CohortInstructorEntity } from '../../cohorts/cohort-instructor.entity';
import { CohortEntity } from '../../cohorts/cohort.entity';
import { EnrolmentEntity } from '../../cohorts/enrolment.entity';
import { UserEntity } from '../../identity/user.entity';
import { PartnerContactEntity } from '../../partners/partner-contact.entity';
import { PartnerOrganisationEntity } from '../../partners/partner-organisation.entity';
import { CourseModuleEntity } from '../../programmes/course-module.entity';
import { applyPresetIn } from '../../programmes/diploma-rules.service';
import { ModuleGroupEntity } from '../../programmes/module-group.entity';
import { ProgrammePeriodEntity } from '../../programmes/programme-period.entity';
import { ProgrammeEntity } from '../../programmes/programme.entity';
import { on, type DemoCalendar } from './demo-calendar';

export const DEMO_LICENCE_CODE = 'LP-TIC-ARC';

/** The licence's cohort: `LP TIC ARC 2026–2027`. */
export function demoLicenceCohortName(calendar: DemoCalendar): string {
  return `LP TIC ARC ${calendar.academicYear}`;
}

/** The licence's instructor and students (loaded with the other demo people). */
export const LICENCE_PEOPLE: {
  email: string;
  displayName: string;
  role: Role;
  preferredLanguage: Language;
}[] = [
  {
    email: 'aurelie.marchand@clique.test',
    displayName: 'Aurélie Marchand',
    role: 'instructor',
    preferredLanguage: 'fr',
  },
  ...[
    ['emma.lefebvre', 'Emma Lefebvre'],
    ['louis.moreau', 'Louis Moreau'],
    ['jade.fournier', 'Jade Fournier'],
    ['arthur.lambert', 'Arthur Lambert'],
    ['lina.rousseau', 'Lina Rousseau'],
    ['gabriel.faure', 'Gabriel Faure'],
    ['sarah.gauthier', 'Sarah Gauthier'],
    ['maxime.garnier', 'Maxime Garnier'],
    ['zoe.chevalier', 'Zoé Chevalier'],
    ['enzo.roux', 'Enzo Roux'],
  ].map(([local, displayName]) => ({
    email: `${local}@clique.test`,
    displayName,
    role: 'student' as const,
    preferredLanguage: 'fr' as const,
  })),
];

/** E-mails of the licence's students, whom the MCMS cohort leaves out. */
export const LICENCE_STUDENT_EMAILS = new Set(
  LICENCE_PEOPLE.filter((p) => p.role === 'student').map((p) => p.email),
);

const PERIODS = ['Semestre 1', 'Semestre 2'];

/** Six units, 60 ECTS: three in each semester; UE 5 is the tutored project and the work period. */
const MODULES: {
  code: string;
  title: string;
  description: string;
  learningOutcomes: string[];
  ects: number;
  kind: 'course' | 'project' | 'work_period';
  period: number;
  inGroup?: boolean;
}[] = [
  {
    code: 'UE1',
    title: 'Culture numérique et stratégie de communication',
    description:
      'Histoire du web social, stratégie digitale des organisations, interventions de community managers professionnels (parcours, organisation, stratégie numérique).',
    learningOutcomes: [
      'Analyser la stratégie numérique d’une organisation',
      'Définir les objectifs et les publics d’une présence sur les réseaux sociaux',
      'Prendre position sur la transparence, la conversation, l’engagement et l’enthousiasme',
    ],
    ects: 10,
    kind: 'course',
    period: 0,
  },
  {
    code: 'UE2',
    title: 'Animation et modération de communautés',
    description:
      'Ligne éditoriale, calendrier de publication, animation et modération, charte de communauté.',
    learningOutcomes: [
      'Construire une ligne éditoriale et un calendrier de publication',
      'Animer une communauté et en faire respecter la charte',
      'Modérer les échanges et désamorcer les conflits',
    ],
    ects: 10,
    kind: 'course',
    period: 0,
  },
  {
    code: 'UE3',
    title: 'Outils, veille et mesure d’audience',
    description:
      'Outils de veille et de publication, référencement, indicateurs et tableaux de bord.',
    learningOutcomes: [
      'Organiser une veille partagée et la commenter',
      'Choisir des indicateurs et construire un tableau de bord',
      'Améliorer le référencement d’un contenu',
    ],
    ects: 10,
    kind: 'course',
    period: 0,
  },
  {
    code: 'UE4',
    title: 'Droit, e-réputation et gestion de crise',
    description:
      'Droit de l’internet (RGPD, droit d’auteur, droit à l’image), e-réputation, cas de crise : bad buzz, trolls, influenceurs mécontents.',
    learningOutcomes: [
      'Appliquer le RGPD, le droit d’auteur et le droit à l’image',
      'Suivre et défendre la e-réputation d’une organisation',
      'Réagir à une crise sur les réseaux sociaux',
    ],
    ects: 10,
    kind: 'course',
    period: 1,
  },
  {
    code: 'UE5-PT',
    title: 'Projet tuteuré',
    description:
      'Un projet en équipe pour une organisation partenaire, suivi par un tuteur, soutenu devant un jury.',
    learningOutcomes: [
      'Conduire un projet de communication pour une organisation partenaire',
      'Travailler en équipe et rendre compte à un tuteur',
      'Soutenir ses recommandations devant un jury',
    ],
    ects: 8,
    kind: 'project',
    period: 1,
    inGroup: true,
  },
  {
    code: 'UE5-PE',
    title: 'Période en entreprise (alternance)',
    description:
      'La période en entreprise du contrat de professionnalisation ou du stage, avec un mémoire et l’appréciation du tuteur en entreprise.',
    learningOutcomes: [
      'Tenir le rôle de community manager dans une organisation',
      'Analyser sa pratique professionnelle dans un mémoire',
    ],
    ects: 12,
    kind: 'work_period',
    period: 1,
    inGroup: true,
  },
];

/** Employers of the work-study students (contrats de professionnalisation). */
const PARTNERS = [
  {
    name: 'Réseau des Médiathèques de Nantes',
    sector: 'Culture, service public',
    website: 'https://mediatheques-nantes.example.fr',
    address: '15 rue de l’Héronnière, 44000 Nantes',
    contact: {
      name: 'Céline Guérin',
      role: 'Responsable communication numérique',
      email: 'celine.guerin@mediatheques-nantes.example.fr',
    },
  },
  {
    name: 'Agence Hashtag & Co',
    sector: 'Agence de communication',
    website: 'https://hashtag-co.example.fr',
    address: '8 quai de la Fosse, 44000 Nantes',
    contact: {
      name: 'Romain Perrin',
      role: 'Directeur de clientèle',
      email: 'romain.perrin@hashtag-co.example.fr',
    },
  },
  {
    name: 'Coopérative Bio Loire',
    sector: 'Distribution, économie sociale et solidaire',
    website: 'https://bio-loire.example.fr',
    address: '42 boulevard de la Prairie-au-Duc, 44200 Nantes',
    contact: {
      name: 'Isabelle Caron',
      role: 'Chargée de communication',
      email: 'isabelle.caron@bio-loire.example.fr',
    },
  },
];

const EMPLOYERS: Record<string, string> = {
  'emma.lefebvre@clique.test': 'Réseau des Médiathèques de Nantes',
  'louis.moreau@clique.test': 'Agence Hashtag & Co',
  'lina.rousseau@clique.test': 'Coopérative Bio Loire',
  'maxime.garnier@clique.test': 'Agence Hashtag & Co',
};

/**
 * The second demo programme, modelled on the Licence professionnelle TIC ARC: FR_20 with ECTS,
 * two semesters, the tutored project and the work period grouped as "UE 5 projet + stage",
 * the licence pro preset; one cohort over the same academic year, opening the Monday after
 * MCMS, with its instructor and ten students, four in work-study. Runs inside loadDemoData's
 * transaction, after the users.
 */
export async function loadDemoLicence(
  manager: EntityManager,
  calendar: DemoCalendar,
): Promise<void> {
  const users = await manager
    .getRepository(UserEntity)
    .find({ select: { id: true, email: true, role: true } });
  const idOf = new Map(users.map((u) => [u.email, u.id]));

  const programme = await manager.getRepository(ProgrammeEntity).save({
    code: DEMO_LICENCE_CODE,
    title: 'Licence professionnelle Animation de Réseaux et de Communautés (TIC ARC)',
    description:
      'Licence professionnelle en un an, deux semestres : unités d’enseignement notées sur 20 avec crédits ECTS, ' +
      'interventions de community managers professionnels, projets tuteurés avec des organisations partenaires ' +
      'et alternance en contrat de professionnalisation.',
    gradingScale: 'FR_20',
    gradeStep: 0.01,
    ectsTotal: 60,
    timeZone: 'Europe/Paris',
  });
  const periods = await manager
    .getRepository(ProgrammePeriodEntity)
    .save(PERIODS.map((title, i) => ({ programmeId: programme.id, position: i + 1, title })));
  const group = await manager.getRepository(ModuleGroupEntity).save({
    programmeId: programme.id,
    code: 'UE5',
    title: 'UE 5 projet + stage',
  });
  await manager.getRepository(CourseModuleEntity).insert(
    MODULES.map(({ period, inGroup, ...m }, i) => ({
      ...m,
      programmeId: programme.id,
      position: i + 1,
      coefficient: 1,
      periodId: periods[period].id,
      groupId: inGroup ? group.id : null,
    })),
  );
  // Overall ≥ 10 weighted by ECTS, UE 5 (project + work period) ≥ 10, 80 % attendance.
  await applyPresetIn(manager, programme.id, 'fr_licence_pro');

  const partnerIds = new Map<string, string>();
  for (const { contact, ...partner } of PARTNERS) {
    const saved = await manager.getRepository(PartnerOrganisationEntity).save(partner);
    partnerIds.set(saved.name, saved.id);
    await manager.getRepository(PartnerContactEntity).insert({ ...contact, partnerId: saved.id });
  }

  // The Monday after the MCMS opening (a Wednesday).
  const opening = on(5, '09:00');
  const cohort = await manager.getRepository(CohortEntity).save({
    programmeId: programme.id,
    name: demoLicenceCohortName(calendar),
    startsOn: calendar.date(opening.day),
    endsOn: calendar.endsOn,
    status: calendar.happened(opening) ? 'running' : 'planned',
  });
  const instructorId = idOf.get('aurelie.marchand@clique.test');
  if (instructorId)
    await manager
      .getRepository(CohortInstructorEntity)
      .insert({ cohortId: cohort.id, instructorId });
  const enrolledAt = new Date(
    Math.min(calendar.at(on(-14, '10:00')).getTime(), calendar.now.toMillis()),
  );
  await manager.getRepository(EnrolmentEntity).insert(
    [...LICENCE_STUDENT_EMAILS]
      .filter((email) => idOf.has(email))
      .map((email) => ({
        cohortId: cohort.id,
        studentId: idOf.get(email) ?? '',
        enrolledAt,
        employerId: EMPLOYERS[email] ? (partnerIds.get(EMPLOYERS[email]) ?? null) : null,
      })),
  );
}
