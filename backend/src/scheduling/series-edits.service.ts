import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { sessionManageable, type Viewer } from '../common/access';
import { EXCLUSION_VIOLATION, pgError } from '../common/db-errors';
import { badRequest, conflict, notFound, ProblemException } from '../common/problem';
import { namedQuery } from '../common/sql';
import type { SeriesChangedDto, SessionConflictDto } from './dto/session-response.dto';
import type { CancelSeriesDto, SeriesScope, UpdateSeriesDto } from './dto/sessions.dto';
import { SessionCancellationService } from './session-cancellation';
import { type Booking, findConflicts } from './session-conflicts';
import { sessionChangeKind, SessionEvents, type SessionSnapshot } from './session-events';
import { SessionReadsService } from './session-reads.service';
import { refuseSlotsOutside, slotFrameRace } from './session-slots';
import { checkReferences, checkTimes, plannableCohort } from './session-refs';
import { instantOf, NonexistentLocalTime, wallClock } from './zoned-time';

interface Member {
  id: string;
  kind: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  room_id: string | null;
  instructor_ids: string[];
  speaker_ids: string[];
}

interface Planned {
  member: Member;
  date: string;
  startsAt: Date;
  endsAt: Date;
  roomId: string | null;
  instructorIds: string[];
}

/**
 * "This and the following" or "the whole series": one change (title, room, instructors, wall
 * clock times) or one cancellation for every scheduled session of a series, in one transaction.
 * Every clash is checked first and named per date, as when the series was made; a clash with
 * any date changes nothing.
 */
@Injectable()
export class SeriesEditsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: SessionReadsService,
    private readonly cancellation: SessionCancellationService,
    private readonly events: SessionEvents,
  ) {}

  async update(viewer: Viewer, id: string, dto: UpdateSeriesDto): Promise<SeriesChangedDto> {
    let bookings: Booking[] = [];
    const { seriesId, ids } = await this.mappingConflicts(
      () => bookings,
      () =>
        this.db.transaction(async (m) => {
          const { anchor, members } = await this.lockSeries(m, viewer, id, dto.scope);
          const cohort = await plannableCohort(m, viewer, anchor.cohort_id);
          await checkReferences(m, cohort, {
            roomId: dto.roomId ?? undefined,
            instructorIds: dto.instructorIds,
          });
          const planned = members.map((member) => this.plan(member, dto, cohort.timeZone));
          bookings = this.bookings(planned, anchor.cohort_id);
          const conflicts = await conflictsOf(m, bookings);
          if (conflicts.length) throw seriesConflict(conflicts, planned.length);
          await refuseSlotsOutside(
            m,
            planned.map((p) => ({ id: p.member.id, startsAt: p.startsAt, endsAt: p.endsAt })),
            cohort.timeZone,
          );

          await m.query(
            `UPDATE sessions s
                SET starts_at = v.starts_at, ends_at = v.ends_at,
                    title = COALESCE($4::text, s.title),
                    room_id = CASE WHEN $5::boolean THEN $6::uuid ELSE s.room_id END,
                    sequence = s.sequence + 1, updated_at = now()
               FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS v(id, starts_at, ends_at)
              WHERE s.id = v.id`,
            [
              planned.map((p) => p.member.id),
              planned.map((p) => p.startsAt.toISOString()),
              planned.map((p) => p.endsAt.toISOString()),
              dto.title ?? null,
              dto.roomId !== undefined,
              dto.roomId ?? null,
            ],
          );
          if (dto.instructorIds) {
            const sessionIds = planned.map((p) => p.member.id);
            await m.query(
              `DELETE FROM session_instructors
                WHERE session_id = ANY($1::uuid[]) AND instructor_id <> ALL($2::uuid[])`,
              [sessionIds, dto.instructorIds],
            );
            await m.query(
              `INSERT INTO session_instructors (session_id, instructor_id)
               SELECT s, i FROM unnest($1::uuid[]) AS s CROSS JOIN unnest($2::uuid[]) AS i
               ON CONFLICT DO NOTHING`,
              [sessionIds, dto.instructorIds],
            );
          }
          for (const p of planned) {
            const before = snapshot(p.member);
            const after: SessionSnapshot = {
              startsAt: p.startsAt,
              endsAt: p.endsAt,
              title: dto.title ?? p.member.title,
              roomId: p.roomId,
            };
            const kind = sessionChangeKind(before, after);
            if (kind) {
              await this.events.emit(m, {
                kind,
                sessionId: p.member.id,
                cohortId: anchor.cohort_id,
                actorId: viewer.id,
                before,
                after,
                reason: dto.reason ?? null,
              });
            }
          }
          return { seriesId: anchor.series_id, ids: planned.map((p) => p.member.id) };
        }),
    );
    return { seriesId, items: await this.reads.byIds(viewer, ids, this.db.manager) };
  }

  /** Cancels every scheduled session of the scope, with their invitations, and tells people. */
  async cancel(viewer: Viewer, id: string, dto: CancelSeriesDto): Promise<SeriesChangedDto> {
    const { seriesId, ids } = await this.db.transaction(async (m) => {
      const { anchor, members } = await this.lockSeries(m, viewer, id, dto.scope);
      await plannableCohort(m, viewer, anchor.cohort_id);
      const sessionIds = members.map((s) => s.id);
      // The days and their scheduled slots (a talk within a cancelled day is cancelled too).
      const slots: {
        id: string;
        title: string;
        starts_at: Date;
        ends_at: Date;
        room_id: string | null;
      }[] = await m.query(
        `WITH c AS (
           UPDATE sessions SET status = 'cancelled', cancelled_at = now(), cancellation_reason = $2,
                  sequence = sequence + 1, updated_at = now()
            WHERE id = ANY($1::uuid[]) OR (parent_id = ANY($1::uuid[]) AND status = 'scheduled')
            RETURNING id, parent_id, title, starts_at, ends_at, room_id)
         SELECT id, title, starts_at, ends_at, room_id
           FROM c WHERE parent_id IS NOT NULL ORDER BY starts_at, id`,
        [sessionIds, dto.reason ?? null],
      );
      for (const s of [...members, ...slots]) {
        await this.cancellation.cancelled(m, s.id, viewer.id);
        await this.events.emit(m, {
          kind: 'cancelled',
          sessionId: s.id,
          cohortId: anchor.cohort_id,
          actorId: viewer.id,
          before: snapshot(s),
          after: snapshot(s),
          reason: dto.reason ?? null,
        });
      }
      return { seriesId: anchor.series_id, ids: sessionIds };
    });
    return { seriesId, items: await this.reads.byIds(viewer, ids, this.db.manager) };
  }

  /**
   * The session (404 unless the viewer plans its cohort), and the scheduled sessions of its
   * series in scope, locked, in time order, with their instructors and booked speakers.
   */
  private async lockSeries(m: EntityManager, viewer: Viewer, id: string, scope: SeriesScope) {
    const manageable = sessionManageable(viewer);
    const [anchor] = await namedQuery<{
      id: string;
      cohort_id: string;
      series_id: string | null;
      starts_at: Date;
    }>(
      m,
      `SELECT s.id, s.cohort_id, s.series_id, s.starts_at FROM sessions s
        WHERE s.id = :id AND ${manageable.sql}`,
      { ...manageable.params, id },
    );
    if (!anchor) throw notFound('session');
    if (!anchor.series_id) {
      throw conflict('session.not_in_series', 'This session is not part of a series.');
    }
    const members = await namedQuery<Member>(
      m,
      `WITH locked AS (
         SELECT s.id FROM sessions s
          WHERE s.series_id = :seriesId AND s.status = 'scheduled'
            AND (:all OR s.starts_at >= :from)
          ORDER BY s.starts_at FOR UPDATE
       )
       SELECT s.id, s.kind, s.title, s.starts_at, s.ends_at, s.room_id,
              COALESCE((SELECT array_agg(si.instructor_id::text ORDER BY si.instructor_id)
                          FROM session_instructors si WHERE si.session_id = s.id), '{}') AS instructor_ids,
              COALESCE((SELECT array_agg(i.speaker_id::text ORDER BY i.speaker_id) FROM invitations i
                         WHERE i.session_id = s.id
                           AND i.status IN ('draft', 'invited', 'confirmed', 'held')), '{}') AS speaker_ids
         FROM sessions s JOIN locked USING (id)
        ORDER BY s.starts_at`,
      { seriesId: anchor.series_id, all: scope === 'all', from: anchor.starts_at },
    );
    if (!members.length) {
      throw conflict('session.series_empty', 'No scheduled session of the series is in scope.');
    }
    return { anchor: { ...anchor, series_id: anchor.series_id }, members };
  }

  /** Where and when one session goes: its own date, the new wall-clock times if given. */
  private plan(member: Member, dto: UpdateSeriesDto, zone: string): Planned {
    const start = wallClock(member.starts_at, zone);
    const end = wallClock(member.ends_at, zone);
    const at = (date: string, time: string, field: string) => {
      try {
        return instantOf(date, time, zone);
      } catch (error) {
        if (!(error instanceof NonexistentLocalTime)) throw error;
        throw badRequest('validation', `${date} ${time} does not exist in ${zone} (DST).`, [
          { field, code: 'nonexistentTime', message: `${time} is skipped on ${date}` },
        ]);
      }
    };
    const startsAt = dto.startTime ? at(start.date, dto.startTime, 'startTime') : member.starts_at;
    const endsAt = dto.endTime ? at(end.date, dto.endTime, 'endTime') : member.ends_at;
    if (!(endsAt > startsAt)) {
      throw badRequest('validation', `On ${start.date} the session would end before it starts.`, [
        { field: 'endTime', code: 'isAfter', message: 'endTime must be after startTime' },
      ]);
    }
    checkTimes(startsAt, endsAt);
    return {
      member,
      date: start.date,
      startsAt,
      endsAt,
      roomId: dto.roomId === undefined ? member.room_id : dto.roomId,
      instructorIds: dto.instructorIds ?? member.instructor_ids,
    };
  }

  /** One booking per kind, room, instructors and speakers: one conflict query each. */
  private bookings(planned: Planned[], cohortId: string): Booking[] {
    const exclude = planned.map((p) => p.member.id);
    const groups = new Map<string, Booking>();
    for (const p of planned) {
      const instructorIds = [...p.instructorIds].sort();
      const key = JSON.stringify([p.member.kind, p.roomId, instructorIds, p.member.speaker_ids]);
      const group = groups.get(key) ?? {
        kind: p.member.kind,
        slots: [],
        cohortId,
        roomId: p.roomId,
        instructorIds,
        speakerIds: p.member.speaker_ids,
        excludeSessionIds: exclude,
      };
      group.slots.push({ date: p.date, startsAt: p.startsAt, endsAt: p.endsAt });
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  /** A concurrent booking that slipped past the check: the same 409, every clash named. */
  private async mappingConflicts<T>(bookings: () => Booking[], write: () => Promise<T>) {
    try {
      return await write();
    } catch (error) {
      const frame = slotFrameRace(error, false);
      if (frame) throw frame;
      if (!pgError(error, EXCLUSION_VIOLATION)) throw error;
      const all = bookings();
      const conflicts = await conflictsOf(this.db.manager, all);
      throw seriesConflict(
        conflicts,
        all.reduce((n, b) => n + b.slots.length, 0),
      );
    }
  }
}

/** Every clash of the bookings, one query each (on one connection, so one after the other). */
async function conflictsOf(m: EntityManager, bookings: Booking[]): Promise<SessionConflictDto[]> {
  const found: SessionConflictDto[] = [];
  for (const b of bookings) found.push(...(await findConflicts(m, b)));
  return found;
}

function seriesConflict(conflicts: SessionConflictDto[], occurrences: number): ProblemException {
  conflicts.sort((a, b) =>
    (a.occurrence?.startsAt ?? '').localeCompare(b.occurrence?.startsAt ?? ''),
  );
  const dates = new Set(conflicts.map((c) => c.occurrence?.date));
  return new ProblemException(
    HttpStatus.CONFLICT,
    'session.series_conflict',
    `${dates.size} of the ${occurrences} dates clash with other sessions; nothing was changed.`,
    { conflicts, occurrences },
  );
}

function snapshot(s: { starts_at: Date; ends_at: Date; title: string; room_id: string | null }) {
  return { startsAt: s.starts_at, endsAt: s.ends_at, title: s.title, roomId: s.room_id };
}
