import type { InvitationStatus } from '../../speakers/invitation-status';
import { on, type DemoCalendar, type DemoMoment } from './demo-calendar';

/** The module-I guest speakers of the demo, and their invitations in every state. */
export const SPEAKERS = [
  {
    key: 'comtesse',
    fullName: 'Xavier Comtesse',
    organisationName: 'Économie numérique (indépendant)',
    jobTitle: 'Intervenant, économie numérique',
    bio: 'Intervenant du module I sur l’économie numérique et ses effets sur les organisations. (Biographie illustrative de la démo.)',
    topics: ['économie numérique', 'innovation', 'société de l’information'],
  },
  {
    key: 'crouzet',
    fullName: 'Thierry Crouzet',
    organisationName: 'Auteur',
    jobTitle: 'Auteur',
    bio: 'Auteur, il a pris part au débat sur le métier de community manager. (Biographie illustrative de la démo.)',
    topics: ['communautés', 'community management', 'culture du web'],
  },
  {
    key: 'fanti',
    fullName: 'Sébastien Fanti',
    organisationName: 'Avocat',
    jobTitle: 'Avocat',
    bio: 'Avocat, intervient sur le droit et les médias sociaux. (Biographie illustrative de la démo.)',
    topics: ['droit', 'e-réputation', 'protection des données'],
  },
  {
    key: 'barut',
    fullName: 'Bernard Barut',
    organisationName: 'Industrie musicale',
    jobTitle: 'Intervenant, industrie musicale',
    bio: 'Parle de l’évolution du modèle d’affaires de l’industrie musicale face au numérique. (Biographie illustrative de la démo.)',
    topics: ['industrie musicale', 'modèles d’affaires', 'numérique'],
  },
];

export interface DemoInvitation {
  session: string;
  speaker: string;
  talkTitle: string;
  abstract: string;
  /** When the planner drafted it; by default a day before its first move. */
  draftedAt?: DemoMoment;
  /**
   * The whole story after the draft, each move at a demo moment and by whom; the loader keeps
   * the moves that have happened by the day the demo is loaded (see demo-calendar).
   */
  moves: { to: InvitationStatus; at: DemoMoment; by: 'user' | 'speaker'; note?: string }[];
  /** The speaker's link, issued with the invitation; `used` when the speaker answered through it. */
  link?: { at: DemoMoment; used?: DemoMoment };
}

export const INVITATIONS: DemoInvitation[] = [
  {
    session: 'talk-comtesse',
    speaker: 'comtesse',
    talkTitle: 'L’économie numérique et les organisations',
    abstract: 'Ce que le numérique change pour les entreprises et leurs publics.',
    moves: [
      { to: 'invited', at: on(-84, '10:00'), by: 'user' },
      { to: 'confirmed', at: on(-82, '16:20'), by: 'speaker' },
      { to: 'held', at: on(0, '17:00'), by: 'user' },
    ],
    link: { at: on(-84, '10:00'), used: on(-82, '16:20') },
  },
  {
    session: 'talk-crouzet',
    speaker: 'crouzet',
    talkTitle: 'Community managers : le débat',
    abstract: 'Un métier nouveau, contesté et nécessaire : arguments et contre-arguments.',
    moves: [
      { to: 'invited', at: on(-84, '10:05'), by: 'user' },
      { to: 'confirmed', at: on(-79, '11:00'), by: 'speaker', note: 'Avec plaisir.' },
      { to: 'held', at: on(1, '17:00'), by: 'user' },
    ],
    link: { at: on(-84, '10:05'), used: on(-79, '11:00') },
  },
  {
    session: 'talk-fanti',
    speaker: 'fanti',
    talkTitle: 'Le droit face aux médias sociaux',
    abstract:
      'Responsabilité, droit à l’image, diffamation : les cas que rencontre un community manager.',
    moves: [
      { to: 'invited', at: on(-83, '09:30'), by: 'user' },
      { to: 'confirmed', at: on(-83, '20:45'), by: 'speaker' },
      { to: 'held', at: on(2, '17:00'), by: 'user' },
    ],
    link: { at: on(-83, '09:30'), used: on(-83, '20:45') },
  },
  {
    // Confirmed, and not yet marked as held by the planner.
    session: 'talk-barut',
    speaker: 'barut',
    talkTitle: 'Musique : un modèle d’affaires en mutation',
    abstract:
      'Du disque au streaming : comment une industrie a dû réinventer la relation à son public.',
    moves: [
      { to: 'invited', at: on(-74, '11:00'), by: 'user' },
      { to: 'confirmed', at: on(-63, '12:10'), by: 'speaker' },
    ],
    link: { at: on(-74, '11:00'), used: on(-63, '12:10') },
  },
  {
    session: 'talk-law',
    speaker: 'fanti',
    talkTitle: 'LPD, RGPD : ce qui change pour les communautés',
    abstract:
      'La nouvelle loi suisse sur la protection des données et le RGPD, appliqués à l’animation d’une communauté.',
    moves: [
      { to: 'invited', at: on(75, '09:00'), by: 'user' },
      { to: 'confirmed', at: on(101, '18:10'), by: 'speaker' },
      { to: 'held', at: on(156, '17:00'), by: 'user' },
    ],
    link: { at: on(75, '09:00'), used: on(101, '18:10') },
  },
  {
    session: 'talk-crisis',
    speaker: 'crouzet',
    talkTitle: 'Vivre une crise en ligne',
    abstract: 'Bad buzz, trolls, influenceurs mécontents : récit et conseils.',
    moves: [
      { to: 'invited', at: on(61, '09:00'), by: 'user' },
      {
        to: 'declined',
        at: on(63, '12:30'),
        by: 'speaker',
        note: 'Je serai à l’étranger ce jour-là.',
      },
    ],
    link: { at: on(61, '09:00'), used: on(63, '12:30') },
  },
  {
    // The replacement, drafted after the decline and sent in December.
    session: 'talk-crisis',
    speaker: 'comtesse',
    talkTitle: 'La réputation à l’ère des réseaux',
    abstract: 'À préciser avec l’intervenant.',
    draftedAt: on(64, '09:15'),
    moves: [
      { to: 'invited', at: on(104, '10:30'), by: 'user' },
      { to: 'confirmed', at: on(108, '08:50'), by: 'speaker' },
      { to: 'held', at: on(157, '13:00'), by: 'user' },
    ],
    link: { at: on(104, '10:30'), used: on(108, '08:50') },
  },
];

export interface DemoInvitationAsOf {
  invitation: DemoInvitation;
  createdAt: Date;
  status: InvitationStatus;
  moves: { to: InvitationStatus; at: Date; by: 'user' | 'speaker'; note?: string }[];
  link: { at: Date; used: Date | null } | null;
}

/**
 * The invitations as they stand on the calendar's today: only the drafts already written, with
 * the moves (and link uses) that have happened by then.
 */
export function invitationsAsOf(calendar: DemoCalendar): DemoInvitationAsOf[] {
  const day = 86_400_000;
  return INVITATIONS.flatMap((invitation) => {
    const first = invitation.moves[0]?.at;
    const createdAt = invitation.draftedAt
      ? calendar.at(invitation.draftedAt)
      : new Date((first ? calendar.at(first).getTime() : calendar.now.toMillis()) - day);
    if (createdAt.getTime() > calendar.now.toMillis()) return [];
    const moves = invitation.moves
      .filter((m) => calendar.happened(m.at))
      .map((m) => ({ ...m, at: calendar.at(m.at) }));
    const link =
      invitation.link && calendar.happened(invitation.link.at)
        ? {
            at: calendar.at(invitation.link.at),
            used:
              invitation.link.used && calendar.happened(invitation.link.used)
                ? calendar.at(invitation.link.used)
                : null,
          }
        : null;
    return [{ invitation, createdAt, status: moves.at(-1)?.to ?? 'draft', moves, link }];
  });
}
