import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { FOREIGN_KEY_VIOLATION, pgError } from '../common/db-errors';
import { badRequest, conflict, notFound } from '../common/problem';
import type { SessionDto } from './dto/session-response.dto';
import type { CancelSessionDto, CreateSessionDto, UpdateSessionDto } from './dto/sessions.dto';
import { SessionCancellationService } from './session-cancellation';
import { sessionChangeKind, SessionEvents, type SessionSnapshot } from './session-events';
import { sessionManageable, type Viewer } from '../common/access';
import {
  type Booking,
  findConflicts,
  mappingConflicts,
  sessionConflict,
} from './session-conflicts';
import { SessionInstructorEntity } from './session-instructor.entity';
import { SessionReadsService } from './session-reads.service';
import { checkReferences, checkTimes, checkWithinCohort, plannableCohort } from './session-refs';
import {
  type CarriedSlot,
  carriedBookings,
  carrySlots,
  checkWithinDay,
  refuseSlotsOutside,
  lockedSlots,
} from './session-slots';
import { SessionEntity } from './session.entity';
import { namedQuery } from '../common/sql';

/** Creates, edits, cancels, restores and deletes single sessions. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: SessionReadsService,
    private readonly cancellation: SessionCancellationService,
    private readonly events: SessionEvents,
  ) {}

  async create(viewer: Viewer, dto: CreateSessionDto): Promise<SessionDto> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    checkTimes(startsAt, endsAt);
    const instructorIds = dto.instructorIds ?? [];
    const booking: Booking = {
      kind: dto.kind,
      slots: [{ startsAt, endsAt }],
      cohortId: dto.cohortId,
      roomId: dto.roomId ?? null,
      instructorIds,
      speakerIds: [],
      excludeSessionIds: [],
    };
    const id = await mappingConflicts(
      this.db.manager,
      () => booking,
      () =>
        this.db.transaction(async (m) => {
          const cohort = await plannableCohort(m, viewer, dto.cohortId);
          await checkReferences(m, cohort, dto);
          checkWithinCohort(cohort, [{ startsAt, endsAt }]);
          const conflicts = await findConflicts(m, booking);
          if (conflicts.length) throw sessionConflict(conflicts);
          const session = await m.getRepository(SessionEntity).save({
            cohortId: cohort.id,
            moduleId: dto.moduleId ?? null,
            title: dto.title,
            description: dto.description ?? '',
            kind: dto.kind,
            startsAt,
            endsAt,
            roomId: dto.roomId ?? null,
            onlineUrl: dto.onlineUrl ?? null,
            materials: dto.materials ?? [],
            createdById: viewer.id,
          });
          if (instructorIds.length) {
            await m
              .getRepository(SessionInstructorEntity)
              .insert(
                instructorIds.map((instructorId) => ({ sessionId: session.id, instructorId })),
              );
          }
          return session.id;
        }),
    );
    return this.reads.getDto(viewer, id);
  }

  async update(viewer: Viewer, id: string, dto: UpdateSessionDto): Promise<SessionDto> {
    let booking: Booking | undefined;
    await mappingConflicts(
      this.db.manager,
      () => booking,
      () =>
        this.db.transaction(async (m) => {
          const session = await this.lockManageable(m, viewer, id);
          if (dto.expectedSequence !== undefined && dto.expectedSequence !== session.sequence) {
            throw conflict(
              'session.stale',
              'Someone changed this session meanwhile: reload it and try again.',
              { sequence: session.sequence },
            );
          }
          const cohort = await plannableCohort(m, viewer, session.cohortId);
          const day = session.parentId ? await this.dayOf(m, session.parentId) : null;
          checkKindAndModule(session, dto);
          // A slot names another room than its day's, or none (the day's).
          const roomId = day && dto.roomId === day.roomId ? null : dto.roomId;
          const {
            instructorIds,
            expectedSequence: _expected,
            reason,
            startsAt,
            endsAt,
            ...fields
          } = dto;
          void _expected;
          await checkReferences(m, cohort, {
            moduleId: dto.moduleId !== session.moduleId ? dto.moduleId : undefined,
            roomId: roomId !== session.roomId ? roomId : undefined,
            instructorIds,
          });
          const next = {
            ...fields,
            ...(roomId !== undefined ? { roomId } : {}),
            startsAt: startsAt ? new Date(startsAt) : session.startsAt,
            endsAt: endsAt ? new Date(endsAt) : session.endsAt,
          };
          checkTimes(next.startsAt, next.endsAt);
          // A day moved whole (the same length) takes its slots along, by the same amount.
          const by = next.startsAt.getTime() - session.startsAt.getTime();
          const whole =
            by !== 0 &&
            next.endsAt.getTime() - next.startsAt.getTime() ===
              session.endsAt.getTime() - session.startsAt.getTime();
          let carried: CarriedSlot[] = [];
          if (by !== 0 || next.endsAt.getTime() !== session.endsAt.getTime()) {
            // Only a move is checked: a session left outside by new cohort dates can still be edited.
            if (day)
              checkWithinDay({ ...day, timeZone: cohort.timeZone }, next.startsAt, next.endsAt);
            else {
              checkWithinCohort(cohort, [next]);
              if (whole) carried = await lockedSlots(m, id);
              else await refuseSlotsOutside(m, [{ id, ...next }], cohort.timeZone);
            }
          }
          const speakerIds = await this.bookedSpeakers(m, id);
          if (dto.kind && dto.kind !== 'guest_talk' && speakerIds.length) {
            throw conflict(
              'session.has_invitations',
              'Cancel the invitations of this guest talk before changing its kind.',
            );
          }
          const currentInstructors = (
            await m.getRepository(SessionInstructorEntity).findBy({ sessionId: id })
          ).map((r) => r.instructorId);
          const wantedInstructors = instructorIds ?? currentInstructors;
          if (session.status === 'scheduled') {
            booking = {
              kind: dto.kind ?? session.kind,
              slots: [{ startsAt: next.startsAt, endsAt: next.endsAt }],
              cohortId: day ? null : session.cohortId,
              ...(day ? { parentId: day.id, dayIds: [day.id] } : {}),
              roomId: roomId === undefined ? session.roomId : roomId,
              instructorIds: wantedInstructors,
              speakerIds,
              excludeSessionIds: [id],
            };
            const conflicts = await findConflicts(m, booking);
            // Each slot going along is checked at its new times too, its clashes named.
            for (const b of carriedBookings(carried, id, by))
              conflicts.push(...(await findConflicts(m, b)));
            if (conflicts.length) throw sessionConflict(conflicts);
          }
          await carrySlots(m, carried, by, next);
          await m
            .getRepository(SessionEntity)
            .update(id, { ...next, sequence: () => 'sequence + 1' });
          if (carried.length) await m.query('SET CONSTRAINTS fk_sessions_parent IMMEDIATE');
          if (instructorIds)
            await this.replaceInstructors(m, id, currentInstructors, instructorIds);
          const before = snapshot(session);
          const after = snapshot({
            ...next,
            title: next.title ?? session.title,
            roomId: next.roomId === undefined ? session.roomId : next.roomId,
          });
          const kind = sessionChangeKind(before, after);
          if (kind && session.status === 'scheduled') {
            await this.events.emit(m, {
              kind,
              sessionId: id,
              cohortId: session.cohortId,
              actorId: viewer.id,
              before,
              after,
              reason: reason ?? null,
            });
            // Its slots' instructors and speakers are told of their own new times (not breaks).
            for (const slot of carried.filter(
              (c) => c.status === 'scheduled' && c.kind !== 'break',
            )) {
              const was = {
                startsAt: slot.starts_at,
                endsAt: slot.ends_at,
                title: slot.title,
                roomId: slot.room_id,
              };
              await this.events.emit(m, {
                kind: 'moved',
                sessionId: slot.id,
                cohortId: session.cohortId,
                actorId: viewer.id,
                before: was,
                after: {
                  ...was,
                  startsAt: new Date(slot.starts_at.getTime() + by),
                  endsAt: new Date(slot.ends_at.getTime() + by),
                },
                reason: reason ?? null,
              });
            }
          }
        }),
    );
    return this.reads.getDto(viewer, id);
  }

  /** Cancels the session (it stays, STATUS:CANCELLED in calendars) and its invitations. */
  async cancel(viewer: Viewer, id: string, dto: CancelSessionDto): Promise<SessionDto> {
    await this.db.transaction(async (m) => {
      const session = await this.lockManageable(m, viewer, id);
      if (session.status === 'cancelled') {
        throw conflict('session.already_cancelled', 'This session is already cancelled.');
      }
      const cancelledAt = new Date();
      await m.getRepository(SessionEntity).update(id, {
        status: 'cancelled',
        cancelledAt,
        cancellationReason: dto.reason ?? null,
        sequence: () => 'sequence + 1',
      });
      // A cancelled day takes its scheduled slots with it (their speakers are told), at the
      // day's very instant: restoring the day brings back these, not slots cancelled before.
      const slots: ({ id: string } & SessionSnapshot)[] = await m.query(
        `WITH c AS (
           UPDATE sessions SET status = 'cancelled', cancelled_at = $3, cancellation_reason = $2,
                  sequence = sequence + 1, updated_at = now()
            WHERE parent_id = $1 AND status = 'scheduled'
            RETURNING id, title, starts_at, ends_at, room_id)
         SELECT id, title, starts_at AS "startsAt", ends_at AS "endsAt", room_id AS "roomId" FROM c`,
        [id, dto.reason ?? null, cancelledAt],
      );
      for (const s of [session, ...slots]) {
        await this.cancellation.cancelled(m, s.id, viewer.id);
        await this.events.emit(m, {
          kind: 'cancelled',
          sessionId: s.id,
          cohortId: session.cohortId,
          actorId: viewer.id,
          before: snapshot(s),
          after: snapshot(s),
          reason: dto.reason ?? null,
        });
      }
    });
    return this.reads.getDto(viewer, id);
  }

  /** Puts a cancelled session back, if its room, cohort and instructors are still free. */
  async restore(viewer: Viewer, id: string): Promise<SessionDto> {
    let booking: Booking | undefined;
    await mappingConflicts(
      this.db.manager,
      () => booking,
      () =>
        this.db.transaction(async (m) => {
          const session = await this.lockManageable(m, viewer, id);
          if (session.status !== 'cancelled') {
            throw conflict('session.not_cancelled', 'Only a cancelled session can be restored.');
          }
          await plannableCohort(m, viewer, session.cohortId);
          const day = session.parentId ? await this.dayOf(m, session.parentId) : null;
          if (day?.status === 'cancelled') {
            throw conflict(
              'session.day_cancelled',
              `Its day "${day.title}" is cancelled: restore the day first.`,
            );
          }
          const instructorIds = (
            await m.getRepository(SessionInstructorEntity).findBy({ sessionId: id })
          ).map((r) => r.instructorId);
          booking = {
            kind: session.kind,
            slots: [{ startsAt: session.startsAt, endsAt: session.endsAt }],
            cohortId: day ? null : session.cohortId,
            ...(day ? { parentId: day.id, dayIds: [day.id] } : {}),
            roomId: session.roomId,
            instructorIds,
            speakerIds: await this.bookedSpeakers(m, id),
            excludeSessionIds: [id],
          };
          const conflicts = await findConflicts(m, booking);
          if (conflicts.length) throw sessionConflict(conflicts);
          await m.getRepository(SessionEntity).update(id, {
            status: 'scheduled',
            cancelledAt: null,
            cancellationReason: null,
            sequence: () => 'sequence + 1',
          });
          if (!day && session.cancelledAt)
            await this.restoreSlotsOf(m, session, session.cancelledAt);
        }),
    );
    return this.reads.getDto(viewer, id);
  }

  /**
   * A restored day brings back the slots cancelled with it, those whose room, instructors and
   * speakers are still free at their times; any other stays cancelled, to be restored on its
   * own page, which names its clash. A slot cancelled before its day stays cancelled.
   */
  private async restoreSlotsOf(
    m: EntityManager,
    day: SessionEntity,
    cancelledAt: Date,
  ): Promise<void> {
    const slots = await lockedSlots(m, day.id, cancelledAt);
    for (const slot of slots) {
      const conflicts = await findConflicts(m, {
        kind: slot.kind,
        slots: [{ startsAt: slot.starts_at, endsAt: slot.ends_at }],
        cohortId: null,
        parentId: day.id,
        dayIds: [day.id],
        roomId: slot.room_id,
        instructorIds: slot.instructor_ids,
        speakerIds: slot.speaker_ids,
        // The slots restored before it count; the ones still cancelled do not.
        excludeSessionIds: [slot.id],
      });
      if (conflicts.length) continue;
      await m.query(
        `UPDATE sessions SET status = 'scheduled', cancelled_at = NULL, cancellation_reason = NULL,
                sequence = sequence + 1, updated_at = now()
          WHERE id = $1`,
        [slot.id],
      );
    }
  }

  /**
   * Deletes a session planned by mistake: only while no invitation went out and no student
   * wrote about it; otherwise cancel it (calendars then show it cancelled).
   */
  async remove(viewer: Viewer, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await this.lockManageable(m, viewer, id);
      // The day and its slots go together (ON DELETE CASCADE), so what hangs on a slot counts.
      const family = `SELECT id FROM sessions WHERE id = $1 OR parent_id = $1`;
      const [used] = await m.query(
        `SELECT EXISTS (SELECT 1 FROM invitations WHERE session_id IN (${family}) AND status <> 'draft') AS invited,
                EXISTS (SELECT 1 FROM syntheses WHERE session_id IN (${family})) AS written`,
        [id],
      );
      if (used.invited || used.written) throw this.inUse();
      await m.query(`DELETE FROM invitations WHERE session_id IN (${family})`, [id]);
      try {
        await m.getRepository(SessionEntity).delete(id);
      } catch (error) {
        if (pgError(error, FOREIGN_KEY_VIOLATION)) throw this.inUse();
        throw error;
      }
    });
  }

  private inUse() {
    return conflict(
      'session.in_use',
      'Invitations, syntheses or attendance refer to this session: cancel it instead.',
    );
  }

  /** The session, locked, if the viewer may plan in its cohort; 404 otherwise. */
  private async lockManageable(
    m: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<SessionEntity> {
    const manageable = sessionManageable(viewer);
    const [visible] = await namedQuery<{ id: string }>(
      m,
      `SELECT s.id FROM sessions s WHERE s.id = :id AND ${manageable.sql} FOR UPDATE OF s`,
      { ...manageable.params, id },
    );
    if (!visible) throw notFound('session');
    const session = await m.getRepository(SessionEntity).findOneBy({ id });
    if (!session) throw notFound('session');
    return session;
  }

  /** A slot's day, as its slots see it. */
  private async dayOf(m: EntityManager, dayId: string) {
    const day = await m.getRepository(SessionEntity).findOneByOrFail({ id: dayId });
    return {
      id: day.id,
      title: day.title,
      startsAt: day.startsAt,
      endsAt: day.endsAt,
      roomId: day.roomId,
      status: day.status,
    };
  }

  private async bookedSpeakers(m: EntityManager, sessionId: string): Promise<string[]> {
    const rows: { speaker_id: string }[] = await m.query(
      `SELECT speaker_id FROM invitations
        WHERE session_id = $1 AND status IN ('draft', 'invited', 'confirmed', 'held')`,
      [sessionId],
    );
    return rows.map((r) => r.speaker_id);
  }

  private async replaceInstructors(
    m: EntityManager,
    sessionId: string,
    current: string[],
    wanted: string[],
  ): Promise<void> {
    const gone = current.filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !current.includes(id));
    if (gone.length) {
      await m.query(
        `DELETE FROM session_instructors WHERE session_id = $1 AND instructor_id = ANY($2::uuid[])`,
        [sessionId, gone],
      );
    }
    if (added.length) {
      await m
        .getRepository(SessionInstructorEntity)
        .insert(added.map((instructorId) => ({ sessionId, instructorId })));
    }
  }
}

/**
 * A break is only ever a slot and a defence never is one (`ck_sessions_slot_kind`); a slot
 * belongs to its day's module. A 400 naming the field.
 */
function checkKindAndModule(session: SessionEntity, dto: UpdateSessionDto): void {
  const slot = session.parentId !== null;
  if (dto.kind && (slot ? dto.kind === 'defence' : dto.kind === 'break')) {
    throw badRequest(
      'validation',
      slot ? 'A slot cannot be a defence.' : 'Only a slot can be a break.',
      [
        {
          field: 'kind',
          code: 'isIn',
          message: slot ? 'a slot cannot be a defence' : 'only a slot can be a break',
        },
      ],
    );
  }
  if (slot && dto.moduleId !== undefined && dto.moduleId !== session.moduleId) {
    throw badRequest('validation', "A slot belongs to its day's module.", [
      { field: 'moduleId', code: 'slotModule', message: "a slot belongs to its day's module" },
    ]);
  }
}

function snapshot(s: SessionSnapshot): SessionSnapshot {
  return { startsAt: s.startsAt, endsAt: s.endsAt, title: s.title, roomId: s.roomId };
}
