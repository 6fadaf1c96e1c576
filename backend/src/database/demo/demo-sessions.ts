import type { SessionKind } from '../../scheduling/session-kind';
import type { DemoCalendar } from './demo-calendar';

/** Where the demo cohort meets, and its rooms. */
export const PLACE = 'Maison de la Communication, Lausanne';

export const ROOMS = [
  { name: 'Salle Gutenberg', capacity: 24, notes: 'Projecteur, tableau blanc. Salle du module I.' },
  { name: 'Salle Marconi', capacity: 16, notes: 'Tables en îlots pour le travail en groupe.' },
  { name: 'Atelier numérique', capacity: 14, notes: '14 postes, écran interactif.' },
  { name: 'Auditorium', capacity: 80, notes: 'Micro, captation vidéo possible.' },
];

export interface DemoSession {
  key?: string;
  module: string;
  /** Days after the opening Wednesday (0 = Wednesday of module I); see demo-calendar. */
  day: number;
  from: string;
  to: string;
  kind: SessionKind;
  title: string;
  room: string;
  by: string[];
  description?: string;
  /** The day's agenda: slots within it, in its room unless they name another. */
  slots?: DemoSlot[];
}

/** A slot within a demo course day (a workshop, a talk, an exam or a break). */
export interface DemoSlot {
  from: string;
  to: string;
  kind: SessionKind;
  title: string;
  room?: string;
  by?: string[];
  description?: string;
}

export const S = 'sophie.mercier@clique.test';
export const L = 'laurent.bovet@clique.test';

/** About twenty course days over the year; module I Wednesday to Saturday with its speakers. */
export const SESSIONS: DemoSession[] = [
  // Module I — the opening week, Wednesday to Saturday.
  {
    module: 'I',
    day: 0,
    from: '09:00',
    to: '12:00',
    kind: 'lecture',
    title: 'Ouverture : culture du web social',
    room: 'Salle Gutenberg',
    by: [S],
  },
  {
    key: 'talk-comtesse',
    module: 'I',
    day: 0,
    from: '13:30',
    to: '16:30',
    kind: 'guest_talk',
    title: 'Conférence : économie numérique',
    room: 'Auditorium',
    by: [S],
  },
  {
    module: 'I',
    day: 1,
    from: '09:00',
    to: '12:00',
    kind: 'lecture',
    title: 'Le métier de community manager',
    room: 'Salle Gutenberg',
    by: [L],
  },
  {
    key: 'talk-crouzet',
    module: 'I',
    day: 1,
    from: '13:30',
    to: '16:30',
    kind: 'guest_talk',
    title: 'Conférence : le débat des community managers',
    room: 'Auditorium',
    by: [L],
  },
  {
    module: 'I',
    day: 2,
    from: '09:00',
    to: '12:00',
    kind: 'lecture',
    title: 'Stratégie de présence d’une organisation',
    room: 'Salle Gutenberg',
    by: [S],
  },
  {
    key: 'talk-fanti',
    module: 'I',
    day: 2,
    from: '13:30',
    to: '16:30',
    kind: 'guest_talk',
    title: 'Conférence : droit et médias sociaux',
    room: 'Auditorium',
    by: [S],
  },
  {
    key: 'talk-barut',
    module: 'I',
    day: 3,
    from: '09:00',
    to: '12:00',
    kind: 'guest_talk',
    title: 'Conférence : le modèle d’affaires de la musique',
    room: 'Auditorium',
    by: [L],
  },
  {
    module: 'I',
    day: 3,
    from: '13:30',
    to: '16:30',
    kind: 'workshop',
    title: 'Cluetrain 101',
    room: 'Salle Marconi',
    by: [L],
  },
  // Module II — hands-on, on the keyboard (across the October DST change).
  {
    module: 'II',
    day: 44,
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : plateformes et outils de veille',
    room: 'Atelier numérique',
    by: [L],
  },
  {
    module: 'II',
    day: 45,
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : calendrier éditorial',
    room: 'Atelier numérique',
    by: [L],
  },
  {
    module: 'II',
    day: 72,
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : publication et modération',
    room: 'Atelier numérique',
    by: [L, S],
  },
  {
    module: 'II',
    day: 73,
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : mesurer l’engagement',
    room: 'Atelier numérique',
    by: [S],
  },
  {
    module: 'II',
    day: 93,
    from: '09:00',
    to: '12:00',
    kind: 'exam',
    title: 'Évaluation du module II',
    room: 'Salle Gutenberg',
    by: [L],
  },
  // Module III — communities, law and e-reputation.
  {
    module: 'III',
    day: 135,
    from: '09:00',
    to: '17:00',
    kind: 'lecture',
    title: 'Animer et modérer une communauté',
    room: 'Salle Gutenberg',
    by: [S],
  },
  {
    module: 'III',
    day: 136,
    from: '09:00',
    to: '17:00',
    kind: 'lecture',
    title: 'Gestion de crise : bad buzz et trolls',
    room: 'Salle Gutenberg',
    by: [S],
  },
  {
    module: 'III',
    day: 156,
    from: '09:00',
    to: '12:00',
    kind: 'lecture',
    title: 'Droit d’auteur et droit à l’image',
    room: 'Salle Marconi',
    by: [L],
  },
  {
    key: 'talk-law',
    module: 'III',
    day: 156,
    from: '13:30',
    to: '16:30',
    kind: 'guest_talk',
    title: 'Conférence : LPD, RGPD et e-réputation',
    room: 'Auditorium',
    by: [L],
  },
  {
    key: 'talk-crisis',
    module: 'III',
    day: 157,
    from: '09:00',
    to: '12:00',
    kind: 'guest_talk',
    title: 'Conférence : vivre une crise en ligne',
    room: 'Auditorium',
    by: [S],
  },
  {
    module: 'III',
    day: 157,
    from: '13:30',
    to: '16:30',
    kind: 'exam',
    title: 'Évaluation du module III',
    room: 'Salle Gutenberg',
    by: [S],
  },
  {
    module: 'III',
    day: 184,
    from: '09:00',
    to: '17:00',
    kind: 'lecture',
    title: 'Veille et e-réputation',
    room: 'Salle Gutenberg',
    by: [L],
  },
  {
    module: 'III',
    day: 185,
    from: '09:00',
    to: '12:00',
    kind: 'workshop',
    title: 'Atelier : charte de communauté',
    room: 'Salle Marconi',
    by: [S],
  },
  // Module IV — practice and the study project (after the March DST change).
  {
    module: 'IV',
    day: 226,
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : mise en pratique',
    room: 'Atelier numérique',
    by: [L],
    slots: [
      {
        from: '09:00',
        to: '10:30',
        kind: 'workshop',
        title: 'Diagnostic de la présence du partenaire',
        by: [L],
        description:
          'Par équipe de projet : audit des comptes, de la ligne éditoriale et des chiffres.',
      },
      { from: '10:30', to: '10:45', kind: 'break', title: 'Pause' },
      {
        from: '10:45',
        to: '12:00',
        kind: 'workshop',
        title: 'Personas et parcours de la communauté',
        by: [L],
      },
      { from: '12:00', to: '13:15', kind: 'break', title: 'Pause de midi' },
      {
        from: '13:15',
        to: '15:30',
        kind: 'workshop',
        title: 'Plan d’actions en groupes',
        room: 'Salle Marconi',
        by: [L, S],
        description: 'Les équipes travaillent en îlots ; retours croisés entre équipes à 15 h.',
      },
      {
        from: '15:45',
        to: '17:00',
        kind: 'exam',
        title: 'Présentation flash du plan d’actions (évaluée)',
        by: [L, S],
      },
    ],
  },
  {
    module: 'IV',
    day: 227,
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : projet d’étude, suivi',
    room: 'Salle Marconi',
    by: [L, S],
  },
  {
    module: 'IV',
    day: 261,
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : recommandations et chiffrage',
    room: 'Atelier numérique',
    by: [S],
  },
  {
    module: 'IV',
    day: 262,
    from: '09:00',
    to: '16:00',
    kind: 'workshop',
    title: 'Atelier : préparer sa soutenance',
    room: 'Salle Marconi',
    by: [L],
  },
  {
    module: 'IV',
    day: 296,
    from: '09:00',
    to: '17:00',
    kind: 'defence',
    title: 'Soutenances des projets d’étude',
    room: 'Auditorium',
    by: [S, L],
  },
];

/** A session's start and end on the demo's calendar, at its local times in the programme's zone. */
export function sessionTimes(
  calendar: DemoCalendar,
  session: DemoSession,
): { startsAt: Date; endsAt: Date } {
  return {
    startsAt: calendar.at({ day: session.day, time: session.from }),
    endsAt: calendar.at({ day: session.day, time: session.to }),
  };
}
