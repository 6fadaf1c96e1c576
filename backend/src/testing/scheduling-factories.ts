import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { CohortEntity } from '../cohorts/cohort.entity';
import type { CourseModuleEntity } from '../programmes/course-module.entity';
import type { ProgrammeEntity } from '../programmes/programme.entity';
import { RoomEntity } from '../scheduling/room.entity';
import { SessionInstructorEntity } from '../scheduling/session-instructor.entity';
import type { SessionKind } from '../scheduling/session-kind';
import { SessionEntity } from '../scheduling/session.entity';
import type { InvitationStatus } from '../speakers/invitation-status';
import { InvitationEntity } from '../speakers/invitation.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { type BuiltUser, buildUser } from './factories';
import { buildCohort, buildEnrolment, buildModule, buildProgramme } from './programme-factories';

const tag = () => randomUUID().slice(0, 8);

export async function buildRoom(
  db: DataSource,
  overrides: Partial<Pick<RoomEntity, 'name' | 'address' | 'capacity' | 'archivedAt'>> = {},
): Promise<RoomEntity> {
  return db.getRepository(RoomEntity).save({
    name: `Salle ${tag()}`,
    address: 'Avenue de Rhodanie 2, 1007 Lausanne',
    capacity: 24,
    ...overrides,
  });
}

/** A session inserted directly (no API), with its instructors. */
export async function buildSession(
  db: DataSource,
  fields: {
    cohortId: string;
    startsAt: string | Date;
    endsAt: string | Date;
    moduleId?: string | null;
    roomId?: string | null;
    kind?: SessionKind;
    title?: string;
    instructorIds?: string[];
    status?: 'scheduled' | 'cancelled';
  },
): Promise<SessionEntity> {
  const session = await db.getRepository(SessionEntity).save({
    cohortId: fields.cohortId,
    moduleId: fields.moduleId ?? null,
    roomId: fields.roomId ?? null,
    kind: fields.kind ?? 'lecture',
    title: fields.title ?? `Séance ${tag()}`,
    startsAt: new Date(fields.startsAt),
    endsAt: new Date(fields.endsAt),
    status: fields.status ?? 'scheduled',
    cancelledAt: fields.status === 'cancelled' ? new Date() : null,
  });
  if (fields.instructorIds?.length) {
    await db
      .getRepository(SessionInstructorEntity)
      .insert(
        fields.instructorIds.map((instructorId) => ({ sessionId: session.id, instructorId })),
      );
  }
  return session;
}

export async function buildSpeaker(
  db: DataSource,
  overrides: Partial<
    Pick<
      SpeakerEntity,
      | 'fullName'
      | 'email'
      | 'organisationId'
      | 'organisationName'
      | 'jobTitle'
      | 'bio'
      | 'topics'
      | 'preferredLanguage'
    >
  > = {},
): Promise<SpeakerEntity> {
  const t = tag();
  return db.getRepository(SpeakerEntity).save({
    fullName: `Intervenant ${t}`,
    email: `speaker-${t}@test.clique`,
    organisationName: 'Indépendant',
    jobTitle: 'Community manager',
    bio: 'Parcours de test.',
    topics: ['e-réputation'],
    ...overrides,
  });
}

/** An invitation inserted directly (the trigger copies the session's time range). */
export async function buildInvitation(
  db: DataSource,
  sessionId: string,
  speakerId: string,
  overrides: Partial<{ status: InvitationStatus; talkTitle: string; abstract: string }> = {},
): Promise<InvitationEntity> {
  const repo = db.getRepository(InvitationEntity);
  const { identifiers } = await repo.insert({
    sessionId,
    speakerId,
    status: overrides.status ?? 'draft',
    talkTitle: overrides.talkTitle ?? 'Un métier en mouvement',
    abstract: overrides.abstract ?? 'Résumé.',
  } as Partial<InvitationEntity>);
  return repo.findOneByOrFail({ id: String(identifiers[0]?.['id']) });
}

export interface PlanningWorld {
  programme: ProgrammeEntity;
  cohort: CohortEntity;
  module: CourseModuleEntity;
  room: RoomEntity;
  instructor: BuiltUser;
  student: BuiltUser;
}

/**
 * A cohort taught by a new instructor, with a module, a room and one active student: what most
 * scheduling tests start from.
 */
export async function buildPlanningWorld(
  db: DataSource,
  options: { timeZone?: 'Europe/Zurich' | 'Europe/Paris' } = {},
): Promise<PlanningWorld> {
  const instructor = await buildUser(db, { role: 'instructor' });
  const student = await buildUser(db, { role: 'student' });
  const programme = await buildProgramme(db, { timeZone: options.timeZone ?? 'Europe/Zurich' });
  const cohort = await buildCohort(db, {
    programmeId: programme.id,
    instructorIds: [instructor.id],
  });
  await buildEnrolment(db, cohort.id, student.id);
  const module = await buildModule(db, programme.id);
  const room = await buildRoom(db);
  return { programme, cohort, module, room, instructor, student };
}

/** A slot on `day` in summer time (+02:00, Zurich), e.g. `slot('2026-09-04', '09:00', '12:00')`. */
export const slot = (day: string, from: string, to: string) => ({
  startsAt: `${day}T${from}:00+02:00`,
  endsAt: `${day}T${to}:00+02:00`,
});

/** The body of `POST /api/sessions` for a lecture of the world's cohort at these times. */
export function sessionBody(
  w: PlanningWorld,
  times: { startsAt: string; endsAt: string },
  extra = {},
) {
  return {
    cohortId: w.cohort.id,
    moduleId: w.module.id,
    title: 'Culture et stratégie des médias sociaux',
    kind: 'lecture',
    roomId: w.room.id,
    instructorIds: [w.instructor.id],
    ...times,
    ...extra,
  };
}
