import { HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EXCLUSION_VIOLATION, pgError } from '../common/db-errors';
import { ProblemException } from '../common/problem';
import { slotFrameRace } from './session-slots';
import type { Clash, SessionConflictDto } from './dto/session-response.dto';
import { wallClockSpan } from './zoned-time';

export interface Slot {
  /** YYYY-MM-DD in the programme's zone, for a series' report. */
  date?: string;
  startsAt: Date;
  endsAt: Date;
}

/** What a session (or each slot of a series) would occupy. */
export interface Booking {
  slots: Slot[];
  /** Null to leave the cohort out (an invitation only books its speaker). */
  cohortId: string | null;
  /** A defence books its jury and room, not the whole cohort: defences may run in parallel. */
  kind?: string;
  roomId: string | null;
  instructorIds: string[];
  speakerIds: string[];
  /** Sessions not to count (the one being edited). */
  excludeSessionIds: string[];
  /**
   * A slot's day: the booking must not overlap the day's other slots (clash `slot`), and the
   * cohort is left out (the day holds it).
   */
  parentId?: string | null;
  /**
   * Days whose own sessions (the day and its slots) share rooms, instructors and speakers with
   * the booking freely: by default the excluded sessions; a slot's day for a slot.
   */
  dayIds?: string[];
}

interface ConflictRow {
  idx: number;
  clash: Clash;
  resource_id: string;
  resource_name: string;
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  cohort_id: string;
  cohort_name: string;
  time_zone: string;
}

/** Which exclusion constraint stands for which clash. */
export const CLASH_OF_CONSTRAINT: Record<string, Clash> = {
  ex_sessions_room: 'room',
  ex_sessions_cohort: 'cohort',
  ex_sessions_slots: 'slot',
  ex_session_instructors_time: 'instructor',
  ex_invitations_speaker: 'speaker',
};

/**
 * Every session that a booking would overlap (not cancelled, `[start, end)` ranges, so back to
 * back is fine), per slot and per clash, in one query. The exclusion constraints are what
 * guarantees it; this names the sessions for a useful 409, also after a constraint fired.
 */
export async function findConflicts(
  manager: EntityManager,
  booking: Booking,
): Promise<SessionConflictDto[]> {
  if (booking.slots.length === 0) return [];
  const rows: ConflictRow[] = await manager.query(
    `WITH c(idx, starts_at, ends_at) AS (
       SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::timestamptz[])
     )
     SELECT c.idx, x.clash, x.resource_id, x.resource_name,
            s.id, s.title, s.starts_at, s.ends_at, s.cohort_id, co.name AS cohort_name,
            pg.time_zone
       FROM c
       CROSS JOIN LATERAL (
         SELECT 'room' AS clash, o.id AS session_id, r.id AS resource_id, r.name AS resource_name
           FROM sessions o JOIN rooms r ON r.id = o.room_id
          WHERE o.room_id = $4::uuid AND o.status <> 'cancelled'
            AND tstzrange(o.starts_at, o.ends_at) && tstzrange(c.starts_at, c.ends_at)
         UNION ALL
         SELECT 'cohort', o.id, co2.id, co2.name
           FROM sessions o JOIN cohorts co2 ON co2.id = o.cohort_id
          WHERE o.cohort_id = $5::uuid AND o.status <> 'cancelled' AND o.parent_id IS NULL
            AND o.kind <> 'defence' AND $9::text IS DISTINCT FROM 'defence'
            AND tstzrange(o.starts_at, o.ends_at) && tstzrange(c.starts_at, c.ends_at)
         UNION ALL
         SELECT 'slot', o.id, d.id, d.title
           FROM sessions o JOIN sessions d ON d.id = o.parent_id
          WHERE o.parent_id = $10::uuid AND o.status <> 'cancelled'
            AND tstzrange(o.starts_at, o.ends_at) && tstzrange(c.starts_at, c.ends_at)
         UNION ALL
         SELECT 'instructor', si.session_id, u.id, u.display_name
           FROM session_instructors si JOIN users u ON u.id = si.instructor_id
          WHERE si.instructor_id = ANY($6::uuid[]) AND NOT si.session_cancelled
            AND tstzrange(si.starts_at, si.ends_at) && tstzrange(c.starts_at, c.ends_at)
         UNION ALL
         SELECT 'speaker', i.session_id, sp.id, sp.full_name
           FROM invitations i JOIN speakers sp ON sp.id = i.speaker_id
          WHERE i.speaker_id = ANY($7::uuid[]) AND NOT i.session_cancelled
            AND i.status IN ('draft', 'invited', 'confirmed', 'held')
            AND tstzrange(i.starts_at, i.ends_at) && tstzrange(c.starts_at, c.ends_at)
       ) x
       JOIN sessions s ON s.id = x.session_id
       JOIN cohorts co ON co.id = s.cohort_id
       JOIN programmes pg ON pg.id = co.programme_id
      WHERE s.id <> ALL($8::uuid[])
        AND (x.clash IN ('cohort', 'slot') OR COALESCE(s.parent_id, s.id) <> ALL($11::uuid[]))
      ORDER BY c.idx, s.starts_at, x.clash`,
    [
      booking.slots.map((_, i) => i),
      booking.slots.map((s) => s.startsAt.toISOString()),
      booking.slots.map((s) => s.endsAt.toISOString()),
      booking.roomId,
      booking.cohortId,
      booking.instructorIds,
      booking.speakerIds,
      booking.excludeSessionIds,
      booking.kind ?? null,
      booking.parentId ?? null,
      booking.dayIds ?? booking.excludeSessionIds,
    ],
  );
  return rows.map((r) => {
    const slot = booking.slots[r.idx];
    return {
      clash: r.clash,
      resource: { id: r.resource_id, name: r.resource_name },
      session: {
        id: r.id,
        title: r.title,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        cohort: { id: r.cohort_id, name: r.cohort_name },
        timeZone: r.time_zone,
      },
      ...(slot?.date
        ? {
            occurrence: {
              date: slot.date,
              startsAt: slot.startsAt.toISOString(),
              endsAt: slot.endsAt.toISOString(),
            },
          }
        : {}),
    };
  });
}

const WHAT: Record<Clash, string> = {
  room: 'The room',
  cohort: 'The cohort',
  instructor: 'The instructor',
  speaker: 'The speaker',
  slot: 'The day',
};

/** 409 `session.conflict`, naming the other session(s) and what clashes (local times and UTC). */
export function sessionConflict(conflicts: SessionConflictDto[], clash?: Clash): ProblemException {
  const first = conflicts[0];
  const detail = first
    ? `${WHAT[first.clash]} ${first.resource.name} is already booked by "${first.session.title}" (${wallClockSpan(new Date(first.session.startsAt), new Date(first.session.endsAt), first.session.timeZone)} ${first.session.timeZone}; UTC ${first.session.startsAt} – ${first.session.endsAt}).` +
      (conflicts.length > 1 ? ` ${conflicts.length - 1} more conflict(s).` : '')
    : `${clash ? WHAT[clash] : 'A room, cohort, instructor or speaker'} is already booked at that time.`;
  return new ProblemException(HttpStatus.CONFLICT, 'session.conflict', detail, { conflicts });
}

/**
 * Runs a write; if an exclusion constraint refuses it (a concurrent booking slipped past the
 * check), answers 409 naming the sessions it now clashes with. If `ck_sessions_slot_within`
 * does (a slot moved while its day was shortened, each check passing before the other wrote),
 * answers the 409 the check would have: `session.outside_day` for the slot, `session.slots_outside`
 * for the day.
 */
export async function mappingConflicts<T>(
  manager: EntityManager,
  booking: () => Booking | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const frame = slotFrameRace(error, Boolean(booking()?.parentId));
    if (frame) throw frame;
    const violation = pgError(error, EXCLUSION_VIOLATION);
    if (!violation) throw error;
    const b = booking();
    const conflicts = b ? await findConflicts(manager, b) : [];
    throw sessionConflict(conflicts, CLASH_OF_CONSTRAINT[violation.constraint ?? '']);
  }
}
