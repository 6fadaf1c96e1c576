import type { EntityManager } from 'typeorm';
import { InvitationEventEntity } from '../../speakers/invitation-event.entity';
import { InvitationLinkEntity } from '../../speakers/invitation-link.entity';
import type { InvitationStatus } from '../../speakers/invitation-status';
import { InvitationEntity } from '../../speakers/invitation.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { RoomEntity } from '../room.entity';
import { SessionInstructorEntity } from '../session-instructor.entity';
import type { SessionKind } from '../session-kind';
import { SessionEntity } from '../session.entity';
import { SynthesisEntity } from '../synthesis.entity';
import { instantOf } from '../zoned-time';

const PLACE = 'Maison de la Communication, Lausanne';

const ROOMS = [
  { name: 'Salle Gutenberg', capacity: 24, notes: 'Projecteur, tableau blanc. Salle du module I.' },
  { name: 'Salle Marconi', capacity: 16, notes: 'Tables en îlots pour le travail en groupe.' },
  { name: 'Atelier numérique', capacity: 14, notes: '14 postes, écran interactif.' },
  { name: 'Auditorium', capacity: 80, notes: 'Micro, captation vidéo possible.' },
];

const SPEAKERS = [
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

interface DemoSession {
  key?: string;
  module: string;
  date: string;
  from: string;
  to: string;
  kind: SessionKind;
  title: string;
  room: string;
  by: string[];
  description?: string;
}

const S = 'sophie.mercier@clique.test';
const L = 'laurent.bovet@clique.test';

/** About twenty course days over the year; module I Wednesday to Saturday with its speakers. */
const SESSIONS: DemoSession[] = [
  // Module I — the opening week, Wednesday to Saturday.
  {
    module: 'I',
    date: '2026-09-02',
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
    date: '2026-09-02',
    from: '13:30',
    to: '16:30',
    kind: 'guest_talk',
    title: 'Conférence : économie numérique',
    room: 'Auditorium',
    by: [S],
  },
  {
    module: 'I',
    date: '2026-09-03',
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
    date: '2026-09-03',
    from: '13:30',
    to: '16:30',
    kind: 'guest_talk',
    title: 'Conférence : le débat des community managers',
    room: 'Auditorium',
    by: [L],
  },
  {
    module: 'I',
    date: '2026-09-04',
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
    date: '2026-09-04',
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
    date: '2026-09-05',
    from: '09:00',
    to: '12:00',
    kind: 'guest_talk',
    title: 'Conférence : le modèle d’affaires de la musique',
    room: 'Auditorium',
    by: [L],
  },
  {
    module: 'I',
    date: '2026-09-05',
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
    date: '2026-10-16',
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : plateformes et outils de veille',
    room: 'Atelier numérique',
    by: [L],
  },
  {
    module: 'II',
    date: '2026-10-17',
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : calendrier éditorial',
    room: 'Atelier numérique',
    by: [L],
  },
  {
    module: 'II',
    date: '2026-11-13',
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : publication et modération',
    room: 'Atelier numérique',
    by: [L, S],
  },
  {
    module: 'II',
    date: '2026-11-14',
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : mesurer l’engagement',
    room: 'Atelier numérique',
    by: [S],
  },
  {
    module: 'II',
    date: '2026-12-04',
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
    date: '2027-01-15',
    from: '09:00',
    to: '17:00',
    kind: 'lecture',
    title: 'Animer et modérer une communauté',
    room: 'Salle Gutenberg',
    by: [S],
  },
  {
    module: 'III',
    date: '2027-01-16',
    from: '09:00',
    to: '17:00',
    kind: 'lecture',
    title: 'Gestion de crise : bad buzz et trolls',
    room: 'Salle Gutenberg',
    by: [S],
  },
  {
    module: 'III',
    date: '2027-02-05',
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
    date: '2027-02-05',
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
    date: '2027-02-06',
    from: '09:00',
    to: '12:00',
    kind: 'guest_talk',
    title: 'Conférence : vivre une crise en ligne',
    room: 'Auditorium',
    by: [S],
  },
  {
    module: 'III',
    date: '2027-02-06',
    from: '13:30',
    to: '16:30',
    kind: 'exam',
    title: 'Évaluation du module III',
    room: 'Salle Gutenberg',
    by: [S],
  },
  {
    module: 'III',
    date: '2027-03-05',
    from: '09:00',
    to: '17:00',
    kind: 'lecture',
    title: 'Veille et e-réputation',
    room: 'Salle Gutenberg',
    by: [L],
  },
  {
    module: 'III',
    date: '2027-03-06',
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
    date: '2027-04-16',
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : mise en pratique',
    room: 'Atelier numérique',
    by: [L],
  },
  {
    module: 'IV',
    date: '2027-04-17',
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : projet d’étude, suivi',
    room: 'Salle Marconi',
    by: [L, S],
  },
  {
    module: 'IV',
    date: '2027-05-21',
    from: '09:00',
    to: '17:00',
    kind: 'workshop',
    title: 'Atelier : recommandations et chiffrage',
    room: 'Atelier numérique',
    by: [S],
  },
  {
    module: 'IV',
    date: '2027-05-22',
    from: '09:00',
    to: '16:00',
    kind: 'workshop',
    title: 'Atelier : préparer sa soutenance',
    room: 'Salle Marconi',
    by: [L],
  },
  {
    module: 'IV',
    date: '2027-06-25',
    from: '09:00',
    to: '17:00',
    kind: 'defence',
    title: 'Soutenances des projets d’étude',
    room: 'Auditorium',
    by: [S, L],
  },
];

interface DemoInvitation {
  session: string;
  speaker: string;
  talkTitle: string;
  abstract: string;
  /** The moves after the draft, each with its date and who made it. */
  moves: { to: InvitationStatus; at: string; by: 'user' | 'speaker'; note?: string }[];
  link?: { at: string; used?: string };
}

const INVITATIONS: DemoInvitation[] = [
  {
    session: 'talk-comtesse',
    speaker: 'comtesse',
    talkTitle: 'L’économie numérique et les organisations',
    abstract: 'Ce que le numérique change pour les entreprises et leurs publics.',
    moves: [
      { to: 'invited', at: '2026-06-10T08:00:00Z', by: 'user' },
      { to: 'confirmed', at: '2026-06-12T14:20:00Z', by: 'speaker' },
      { to: 'held', at: '2026-09-02T15:00:00Z', by: 'user' },
    ],
    link: { at: '2026-06-10T08:00:00Z', used: '2026-06-12T14:20:00Z' },
  },
  {
    session: 'talk-crouzet',
    speaker: 'crouzet',
    talkTitle: 'Community managers : le débat',
    abstract: 'Un métier nouveau, contesté et nécessaire : arguments et contre-arguments.',
    moves: [
      { to: 'invited', at: '2026-06-10T08:05:00Z', by: 'user' },
      { to: 'confirmed', at: '2026-06-15T09:00:00Z', by: 'speaker', note: 'Avec plaisir.' },
      { to: 'held', at: '2026-09-03T15:00:00Z', by: 'user' },
    ],
    link: { at: '2026-06-10T08:05:00Z', used: '2026-06-15T09:00:00Z' },
  },
  {
    session: 'talk-fanti',
    speaker: 'fanti',
    talkTitle: 'Le droit face aux médias sociaux',
    abstract:
      'Responsabilité, droit à l’image, diffamation : les cas que rencontre un community manager.',
    moves: [
      { to: 'invited', at: '2026-06-11T07:30:00Z', by: 'user' },
      { to: 'confirmed', at: '2026-06-11T18:45:00Z', by: 'speaker' },
      { to: 'held', at: '2026-09-04T15:00:00Z', by: 'user' },
    ],
    link: { at: '2026-06-11T07:30:00Z', used: '2026-06-11T18:45:00Z' },
  },
  {
    session: 'talk-barut',
    speaker: 'barut',
    talkTitle: 'Musique : un modèle d’affaires en mutation',
    abstract:
      'Du disque au streaming : comment une industrie a dû réinventer la relation à son public.',
    moves: [
      { to: 'invited', at: '2026-06-20T09:00:00Z', by: 'user' },
      { to: 'confirmed', at: '2026-07-01T10:10:00Z', by: 'speaker' },
    ],
    link: { at: '2026-06-20T09:00:00Z', used: '2026-07-01T10:10:00Z' },
  },
  {
    session: 'talk-law',
    speaker: 'fanti',
    talkTitle: 'LPD, RGPD : ce qui change pour les communautés',
    abstract:
      'La nouvelle loi suisse sur la protection des données et le RGPD, appliqués à l’animation d’une communauté.',
    moves: [{ to: 'invited', at: '2026-11-16T08:00:00Z', by: 'user' }],
    link: { at: '2026-11-16T08:00:00Z' },
  },
  {
    session: 'talk-crisis',
    speaker: 'crouzet',
    talkTitle: 'Vivre une crise en ligne',
    abstract: 'Bad buzz, trolls, influenceurs mécontents : récit et conseils.',
    moves: [
      { to: 'invited', at: '2026-11-02T08:00:00Z', by: 'user' },
      {
        to: 'declined',
        at: '2026-11-04T11:30:00Z',
        by: 'speaker',
        note: 'Je serai à l’étranger ce jour-là.',
      },
    ],
    link: { at: '2026-11-02T08:00:00Z', used: '2026-11-04T11:30:00Z' },
  },
  {
    session: 'talk-crisis',
    speaker: 'comtesse',
    talkTitle: 'La réputation à l’ère des réseaux',
    abstract: 'À préciser avec l’intervenant.',
    moves: [],
  },
];

/**
 * Rooms at the Maison de la Communication, about twenty course days of the MCMS demo cohort over
 * its four modules (past and upcoming), the module-I guest speakers with invitations in every
 * state and their timelines, and two students' syntheses. Runs inside loadDemoData's
 * transaction, after the programme.
 */
export async function loadDemoScheduling(
  manager: EntityManager,
  cohortName: string,
): Promise<void> {
  const [cohort] = await manager.query<{ id: string; programme_id: string; time_zone: string }[]>(
    `SELECT c.id, c.programme_id, p.time_zone FROM cohorts c JOIN programmes p ON p.id = c.programme_id
      WHERE c.name = $1`,
    [cohortName],
  );
  if (!cohort) return;
  const users = await manager.query<{ id: string; email: string }[]>(`SELECT id, email FROM users`);
  const userId = (email: string) => {
    const id = users.find((u) => u.email === email)?.id;
    if (!id) throw new Error(`Demo user ${email} is missing`);
    return id;
  };
  const modules = await manager.query<{ id: string; code: string }[]>(
    `SELECT id, code FROM course_modules WHERE programme_id = $1`,
    [cohort.programme_id],
  );

  const rooms = await manager
    .getRepository(RoomEntity)
    .save(ROOMS.map((r) => ({ ...r, address: PLACE })));
  const roomId = (name: string) => rooms.find((r) => r.name === name)?.id ?? null;

  const sessionIds = new Map<string, string>();
  for (const s of SESSIONS) {
    const saved = await manager.getRepository(SessionEntity).save({
      cohortId: cohort.id,
      moduleId: modules.find((m) => m.code === s.module)?.id ?? null,
      title: s.title,
      description: s.description ?? '',
      kind: s.kind,
      startsAt: instantOf(s.date, s.from, cohort.time_zone),
      endsAt: instantOf(s.date, s.to, cohort.time_zone),
      roomId: roomId(s.room),
      createdById: userId(s.by[0] ?? S),
    });
    await manager
      .getRepository(SessionInstructorEntity)
      .insert(s.by.map((email) => ({ sessionId: saved.id, instructorId: userId(email) })));
    if (s.key) sessionIds.set(s.key, saved.id);
  }

  const speakers = await manager
    .getRepository(SpeakerEntity)
    .save(SPEAKERS.map(({ key: _key, ...sp }) => ({ ...sp, email: null })));
  const speakerId = (key: string) => speakers[SPEAKERS.findIndex((s) => s.key === key)]?.id ?? '';

  for (const inv of INVITATIONS) {
    const sessionId = sessionIds.get(inv.session) ?? '';
    const planner = userId(SESSIONS.find((s) => s.key === inv.session)?.by[0] ?? S);
    const status = inv.moves.at(-1)?.to ?? 'draft';
    const answer = inv.moves.find((m) => m.to === 'confirmed' || m.to === 'declined');
    const createdAt = new Date(
      new Date(inv.moves[0]?.at ?? '2026-11-20T08:00:00Z').getTime() - 86_400_000,
    );
    const { identifiers } = await manager.getRepository(InvitationEntity).insert({
      sessionId,
      speakerId: speakerId(inv.speaker),
      status,
      talkTitle: inv.talkTitle,
      abstract: inv.abstract,
      messageToSpeaker:
        'Merci d’avance ! Les étudiants de la volée MCMS se réjouissent de vous entendre.',
      speakerNote: answer?.by === 'speaker' ? (answer.note ?? null) : null,
      respondedAt: answer ? new Date(answer.at) : null,
      createdById: planner,
      createdAt,
    } as Partial<InvitationEntity>);
    const invitationId = String(identifiers[0]?.['id']);
    const events: Partial<InvitationEventEntity>[] = [
      { type: 'created', actorKind: 'user', actorId: planner, occurredAt: createdAt },
    ];
    let from: InvitationStatus = 'draft';
    for (const move of inv.moves) {
      events.push({
        type: 'status_changed',
        fromStatus: from,
        toStatus: move.to,
        actorKind: move.by,
        actorId: move.by === 'user' ? planner : null,
        note: move.note ?? null,
        occurredAt: new Date(move.at),
      });
      if (move.to === 'invited' && inv.link) {
        events.push({
          type: 'link_issued',
          actorKind: 'user',
          actorId: planner,
          occurredAt: new Date(new Date(move.at).getTime() + 1000),
        });
      }
      from = move.to;
    }
    await manager
      .getRepository(InvitationEventEntity)
      .insert(events.map((e) => ({ ...e, invitationId })));
    if (inv.link) {
      const [session] = await manager.query<{ ends_at: Date }[]>(
        `SELECT ends_at FROM sessions WHERE id = $1`,
        [sessionId],
      );
      await manager.getRepository(InvitationLinkEntity).insert({
        invitationId,
        createdAt: new Date(inv.link.at),
        expiresAt: session?.ends_at ?? new Date(inv.link.at),
        usedAt: inv.link.used ? new Date(inv.link.used) : null,
        lastOpenedAt: inv.link.used ? new Date(inv.link.used) : null,
        createdById: planner,
      });
    }
  }

  const fanti = sessionIds.get('talk-fanti') ?? '';
  await manager.getRepository(SynthesisEntity).insert([
    {
      sessionId: fanti,
      studentId: userId('camille.rochat@clique.test'),
      bodyHtml:
        '<h2>L’intervenant</h2><p>Avocat, Sébastien Fanti conseille des organisations sur leur présence en ligne.</p>' +
        '<h2>Ce que j’en retiens</h2><ul><li>Le droit à l’image s’applique aussi aux photos de nos événements.</li>' +
        '<li>Une charte de communauté claire protège la modération.</li></ul>' +
        '<h2>Questions-réponses</h2><p>Sur la diffamation : réagir vite, garder des preuves, ne pas supprimer sans trace.</p>',
      submittedAt: new Date('2026-09-10T19:30:00Z'),
      feedback: 'Synthèse claire et bien structurée ; développez l’exemple de la charte.',
      feedbackById: userId(S),
      feedbackAt: new Date('2026-09-14T08:00:00Z'),
    },
    {
      sessionId: fanti,
      studentId: userId('lucas.favre@clique.test'),
      bodyHtml: '<p>Brouillon : le droit à l’image, la charte, la modération…</p>',
      submittedAt: null,
    },
  ]);
}
