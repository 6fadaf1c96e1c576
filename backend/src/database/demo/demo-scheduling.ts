import type { EntityManager } from 'typeorm';
import { RoomEntity } from '../../scheduling/room.entity';
import { SessionInstructorEntity } from '../../scheduling/session-instructor.entity';
import { SessionEntity } from '../../scheduling/session.entity';
import { SynthesisEntity } from '../../scheduling/synthesis.entity';
import { InvitationEventEntity } from '../../speakers/invitation-event.entity';
import { InvitationLinkEntity } from '../../speakers/invitation-link.entity';
import type { InvitationStatus } from '../../speakers/invitation-status';
import { InvitationEntity } from '../../speakers/invitation.entity';
import { SpeakerEntity } from '../../speakers/speaker.entity';
import { on, type DemoCalendar } from './demo-calendar';
import { PLACE, ROOMS, S, SESSIONS, sessionTimes } from './demo-sessions';
import { invitationsAsOf, SPEAKERS } from './demo-speakers';

/**
 * Rooms at the Maison de la Communication, about twenty course days of the MCMS demo cohort over
 * its four modules (past and upcoming), one of them with its agenda of slots, the module-I guest speakers with invitations in every
 * state and their timelines as they stand on the calendar's today, and two students' syntheses
 * once the talk they cover is held. Runs inside loadDemoData's transaction, after the programme.
 */
export async function loadDemoScheduling(
  manager: EntityManager,
  cohortName: string,
  calendar: DemoCalendar,
): Promise<void> {
  const [cohort] = await manager.query<{ id: string; programme_id: string }[]>(
    `SELECT c.id, c.programme_id FROM cohorts c WHERE c.name = $1`,
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
      ...sessionTimes(calendar, s),
      roomId: roomId(s.room),
      createdById: userId(s.by[0] ?? S),
    });
    await manager
      .getRepository(SessionInstructorEntity)
      .insert(s.by.map((email) => ({ sessionId: saved.id, instructorId: userId(email) })));
    if (s.key) sessionIds.set(s.key, saved.id);
    for (const slot of s.slots ?? []) {
      const times = sessionTimes(calendar, { ...s, from: slot.from, to: slot.to });
      const savedSlot = await manager.getRepository(SessionEntity).save({
        cohortId: cohort.id,
        moduleId: saved.moduleId,
        title: slot.title,
        description: slot.description ?? '',
        kind: slot.kind,
        ...times,
        parentId: saved.id,
        parentStartsAt: saved.startsAt,
        parentEndsAt: saved.endsAt,
        roomId: slot.room ? roomId(slot.room) : null,
        createdById: saved.createdById,
      });
      await manager.getRepository(SessionInstructorEntity).insert(
        (slot.by ?? []).map((email) => ({
          sessionId: savedSlot.id,
          instructorId: userId(email),
        })),
      );
    }
  }

  const speakers = await manager
    .getRepository(SpeakerEntity)
    .save(SPEAKERS.map(({ key: _key, ...sp }) => ({ ...sp, email: null })));
  const speakerId = (key: string) => speakers[SPEAKERS.findIndex((s) => s.key === key)]?.id ?? '';

  for (const { invitation: inv, createdAt, status, moves, link } of invitationsAsOf(calendar)) {
    const sessionId = sessionIds.get(inv.session) ?? '';
    const planner = userId(SESSIONS.find((s) => s.key === inv.session)?.by[0] ?? S);
    const answer = moves.find((m) => m.to === 'confirmed' || m.to === 'declined');
    const { identifiers } = await manager.getRepository(InvitationEntity).insert({
      sessionId,
      speakerId: speakerId(inv.speaker),
      status,
      talkTitle: inv.talkTitle,
      abstract: inv.abstract,
      messageToSpeaker:
        'Merci d’avance ! Les étudiants de la volée MCMS se réjouissent de vous entendre.',
      accessInfo:
        'Entrée principale de la Maison de la Communication, 1er étage, salle à droite de l’accueil. Parking visiteurs P2 ; métro M1, arrêt « Malley ».',
      equipment:
        'Projecteur HDMI et USB-C, micro sans fil, tableau blanc. Wi-Fi invité à l’accueil.',
      speakerNote: answer?.by === 'speaker' ? (answer.note ?? null) : null,
      respondedAt: answer?.at ?? null,
      createdById: planner,
      createdAt,
    } as Partial<InvitationEntity>);
    const invitationId = String(identifiers[0]?.['id']);
    const events: Partial<InvitationEventEntity>[] = [
      { type: 'created', actorKind: 'user', actorId: planner, occurredAt: createdAt },
    ];
    let from: InvitationStatus = 'draft';
    for (const move of moves) {
      events.push({
        type: 'status_changed',
        fromStatus: from,
        toStatus: move.to,
        actorKind: move.by,
        actorId: move.by === 'user' ? planner : null,
        note: move.note ?? null,
        occurredAt: move.at,
      });
      if (move.to === 'invited' && link) {
        events.push({
          type: 'link_issued',
          actorKind: 'user',
          actorId: planner,
          occurredAt: new Date(move.at.getTime() + 1000),
        });
      }
      from = move.to;
    }
    await manager
      .getRepository(InvitationEventEntity)
      .insert(events.map((e) => ({ ...e, invitationId })));
    if (link) {
      const session = SESSIONS.find((s) => s.key === inv.session);
      await manager.getRepository(InvitationLinkEntity).insert({
        invitationId,
        createdAt: link.at,
        expiresAt: session ? sessionTimes(calendar, session).endsAt : link.at,
        usedAt: link.used,
        lastOpenedAt: link.used,
        createdById: planner,
      });
    }
  }

  await loadDemoSyntheses(manager, calendar, sessionIds.get('talk-fanti') ?? '', userId);
}

/**
 * Two students' syntheses of the module-I law talk, once it is held: Camille's submitted a week
 * later and commented by the instructor, Lucas's still a draft.
 */
async function loadDemoSyntheses(
  manager: EntityManager,
  calendar: DemoCalendar,
  sessionId: string,
  userId: (email: string) => string,
): Promise<void> {
  const talk = SESSIONS.find((s) => s.key === 'talk-fanti');
  if (!talk || !calendar.happened({ day: talk.day, time: talk.to })) return;
  const submitted = on(talk.day + 6, '21:30');
  const commented = on(talk.day + 10, '10:00');
  const feedback = calendar.happened(commented)
    ? {
        feedback: 'Synthèse claire et bien structurée ; développez l’exemple de la charte.',
        feedbackById: userId(S),
        feedbackAt: calendar.at(commented),
      }
    : {};
  await manager.getRepository(SynthesisEntity).insert([
    {
      sessionId,
      studentId: userId('camille.rochat@clique.test'),
      bodyHtml:
        '<h2>L’intervenant</h2><p>Avocat, Sébastien Fanti conseille des organisations sur leur présence en ligne.</p>' +
        '<h2>Ce que j’en retiens</h2><ul><li>Le droit à l’image s’applique aussi aux photos de nos événements.</li>' +
        '<li>Une charte de communauté claire protège la modération.</li></ul>' +
        '<h2>Questions-réponses</h2><p>Sur la diffamation : réagir vite, garder des preuves, ne pas supprimer sans trace.</p>',
      submittedAt: calendar.happened(submitted) ? calendar.at(submitted) : null,
      ...feedback,
    },
    {
      sessionId,
      studentId: userId('lucas.favre@clique.test'),
      bodyHtml: '<p>Brouillon : le droit à l’image, la charte, la modération…</p>',
      submittedAt: null,
    },
  ]);
}
