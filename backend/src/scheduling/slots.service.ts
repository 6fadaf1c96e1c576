import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sessionManageable, type Viewer } from '../common/access';
import { conflict, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import type { SessionDto } from './dto/session-response.dto';
import type { CreateSlotDto } from './dto/sessions.dto';
import {
  type Booking,
  findConflicts,
  mappingConflicts,
  sessionConflict,
} from './session-conflicts';
import { SessionInstructorEntity } from './session-instructor.entity';
import { SessionReadsService } from './session-reads.service';
import { checkReferences, checkTimes, plannableCohort } from './session-refs';
import { checkWithinDay } from './session-slots';
import { SessionEntity } from './session.entity';

interface DayRow {
  id: string;
  cohort_id: string;
  module_id: string | null;
  title: string;
  kind: string;
  status: string;
  parent_id: string | null;
  room_id: string | null;
  starts_at: Date;
  ends_at: Date;
}

/**
 * Slots within a course day: a guest talk from 14:00 to 15:30 inside a 09:00–17:00 day, an
 * exam, a workshop, a break. A slot is a session of its own (a talk page, invitations,
 * syntheses) that lies within its day, takes the day's room unless it names another, and books
 * its speakers and instructors only for its own times. Editing, cancelling and restoring a slot
 * go through the session endpoints.
 */
@Injectable()
export class SlotsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: SessionReadsService,
  ) {}

  async create(viewer: Viewer, dayId: string, dto: CreateSlotDto): Promise<SessionDto> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    checkTimes(startsAt, endsAt);
    const instructorIds = dto.instructorIds ?? [];
    let booking: Booking | undefined;
    const id = await mappingConflicts(
      this.db.manager,
      () => booking,
      () =>
        this.db.transaction(async (m) => {
          // The day's lock: its times cannot change under the slot being added.
          const manageable = sessionManageable(viewer);
          const [day] = await namedQuery<DayRow>(
            m,
            `SELECT s.id, s.cohort_id, s.module_id, s.title, s.kind, s.status, s.parent_id,
                    s.room_id, s.starts_at, s.ends_at
               FROM sessions s WHERE s.id = :id AND ${manageable.sql} FOR UPDATE OF s`,
            { ...manageable.params, id: dayId },
          );
          if (!day) throw notFound('session');
          if (day.parent_id !== null || day.kind === 'defence') {
            throw conflict(
              'session.not_a_day',
              day.parent_id !== null
                ? 'A slot holds no slots of its own: add it to the day.'
                : 'A defence holds no slots: its jury sits for the whole of it.',
            );
          }
          if (day.status === 'cancelled') {
            throw conflict('session.day_cancelled', 'This day is cancelled: restore it first.');
          }
          const cohort = await plannableCohort(m, viewer, day.cohort_id);
          // The day's room is the slot's by default: naming it again is the same as naming none.
          const roomId = dto.roomId && dto.roomId !== day.room_id ? dto.roomId : null;
          await checkReferences(m, cohort, { roomId, instructorIds });
          checkWithinDay(
            {
              id: day.id,
              title: day.title,
              startsAt: day.starts_at,
              endsAt: day.ends_at,
              timeZone: cohort.timeZone,
            },
            startsAt,
            endsAt,
          );
          booking = {
            kind: dto.kind,
            slots: [{ startsAt, endsAt }],
            cohortId: null,
            parentId: day.id,
            dayIds: [day.id],
            roomId,
            instructorIds,
            speakerIds: [],
            excludeSessionIds: [],
          };
          const conflicts = await findConflicts(m, booking);
          if (conflicts.length) throw sessionConflict(conflicts);
          const slot = await m.getRepository(SessionEntity).save({
            cohortId: day.cohort_id,
            moduleId: day.module_id,
            parentId: day.id,
            parentStartsAt: day.starts_at,
            parentEndsAt: day.ends_at,
            title: dto.title,
            description: dto.description ?? '',
            kind: dto.kind,
            startsAt,
            endsAt,
            roomId,
            onlineUrl: dto.onlineUrl ?? null,
            materials: [],
            createdById: viewer.id,
          });
          if (instructorIds.length) {
            await m
              .getRepository(SessionInstructorEntity)
              .insert(instructorIds.map((instructorId) => ({ sessionId: slot.id, instructorId })));
          }
          return slot.id;
        }),
    );
    return this.reads.getDto(viewer, id);
  }
}
