import type { EntityManager } from 'typeorm';
import { CHECK_VIOLATION, pgError } from '../common/db-errors';
import { conflict } from '../common/problem';
import type { Booking } from './session-conflicts';
import { wallClockSpan } from './zoned-time';

/** A day as its slots see it. */
export interface DayFrame {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/**
 * A slot lies within its day (`ck_sessions_slot_within` is what guarantees it): 409
 * `session.outside_day` naming the day's times, in the programme's zone and in UTC.
 */
export function checkWithinDay(day: DayFrame, startsAt: Date, endsAt: Date): void {
  if (startsAt >= day.startsAt && endsAt <= day.endsAt) return;
  throw conflict(
    'session.outside_day',
    `A slot lies within its day: "${day.title}" runs ${wallClockSpan(day.startsAt, day.endsAt, day.timeZone)} ` +
      `(${day.timeZone}; UTC ${day.startsAt.toISOString()} – ${day.endsAt.toISOString()}).`,
    {
      day: {
        id: day.id,
        title: day.title,
        startsAt: day.startsAt.toISOString(),
        endsAt: day.endsAt.toISOString(),
      },
      timeZone: day.timeZone,
    },
  );
}

interface SlotRow {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
}

/**
 * A day keeps its slots inside it: moving or shortening days (one, or a series' in one go) so
 * that a scheduled slot falls outside is refused, 409 `session.slots_outside` naming each slot.
 * Cancelled slots count too: the database keeps every slot inside its day. A day moved whole
 * (same length) takes its slots along instead (carrySlots). The days are locked by the caller and a slot is added only under its day's lock; a slot moved
 * at the same moment can pass this check, and then `ck_sessions_slot_within` refuses the later
 * write (slotFrameRace names it).
 */
export async function refuseSlotsOutside(
  m: EntityManager,
  days: { id: string; startsAt: Date; endsAt: Date }[],
  timeZone: string,
): Promise<void> {
  if (days.length === 0) return;
  const rows: SlotRow[] = await m.query(
    `SELECT s.id, s.title, s.starts_at, s.ends_at
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS d(id, starts_at, ends_at)
       JOIN sessions s ON s.parent_id = d.id
      WHERE s.starts_at < d.starts_at OR s.ends_at > d.ends_at
      ORDER BY s.starts_at, s.id`,
    [
      days.map((d) => d.id),
      days.map((d) => d.startsAt.toISOString()),
      days.map((d) => d.endsAt.toISOString()),
    ],
  );
  if (rows.length) throw slotsOutside(rows, timeZone);
}

function slotsOutside(rows: SlotRow[], timeZone: string) {
  const names = rows
    .map((r) => `"${r.title}" (${wallClockSpan(r.starts_at, r.ends_at, timeZone)})`)
    .join(', ');
  return conflict(
    'session.slots_outside',
    `The day holds ${rows.length === 1 ? 'a slot' : `${rows.length} slots`} that would fall outside it: ${names}. ` +
      'Move or delete them first, or move the whole day (its slots go with it).',
    {
      slots: rows.map((r) => ({
        id: r.id,
        title: r.title,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
      })),
      timeZone,
    },
  );
}

/**
 * `ck_sessions_slot_within` refused a write the checks had passed: a slot moved while its day
 * was shortened, each check reading the other's old times. The 409 the check would have given,
 * `session.outside_day` for the slot and `session.slots_outside` for the day; else undefined.
 */
export function slotFrameRace(error: unknown, writingSlot: boolean) {
  if (!pgError(error, CHECK_VIOLATION, 'ck_sessions_slot_within')) return undefined;
  return writingSlot
    ? conflict(
        'session.outside_day',
        'A slot lies within its day, and its day was changed meanwhile: reload it and try again.',
      )
    : conflict(
        'session.slots_outside',
        'A slot of this day was moved meanwhile and would fall outside it: reload the day and try again.',
      );
}

/** A slot of a day moved or restored, locked, with what it books. */
export interface CarriedSlot {
  id: string;
  title: string;
  kind: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  room_id: string | null;
  instructor_ids: string[];
  speaker_ids: string[];
}

/**
 * The day's slots, locked, with what they book: every one (cancelled too) for a move, or those
 * cancelled at `cancelledAt` (with their day) for a restore.
 */
export async function lockedSlots(
  m: EntityManager,
  dayId: string,
  cancelledAt?: Date,
): Promise<CarriedSlot[]> {
  return m.query(
    `SELECT s.id, s.title, s.kind, s.status, s.starts_at, s.ends_at, s.room_id,
            ARRAY(SELECT si.instructor_id FROM session_instructors si
                   WHERE si.session_id = s.id) AS instructor_ids,
            ARRAY(SELECT i.speaker_id FROM invitations i WHERE i.session_id = s.id
                     AND i.status IN ('draft', 'invited', 'confirmed', 'held')) AS speaker_ids
       FROM sessions s
      WHERE s.parent_id = $1
        ${cancelledAt ? `AND s.status = 'cancelled' AND s.cancelled_at = $2` : ''}
      ORDER BY s.starts_at, s.id
      FOR UPDATE OF s`,
    cancelledAt ? [dayId, cancelledAt] : [dayId],
  );
}

const shifted = (at: Date, by: number) => new Date(at.getTime() + by);

/**
 * What each scheduled slot would book once its day moved by `by` ms: its room, instructors and
 * speakers at its new times. The day and its slots move together, so none is counted against
 * another.
 */
export function carriedBookings(slots: CarriedSlot[], dayId: string, by: number): Booking[] {
  const together = [dayId, ...slots.map((s) => s.id)];
  return slots
    .filter((s) => s.status === 'scheduled')
    .map((s) => ({
      kind: s.kind,
      slots: [{ startsAt: shifted(s.starts_at, by), endsAt: shifted(s.ends_at, by) }],
      cohortId: null,
      roomId: s.room_id,
      instructorIds: s.instructor_ids,
      speakerIds: s.speaker_ids,
      excludeSessionIds: together,
      dayIds: [dayId],
    }));
}

/**
 * Moves the day's slots by `by` ms, naming the day's new times, before the day itself moves (in
 * the same transaction): the slot-to-day key is deferred until the caller's `SET CONSTRAINTS …
 * IMMEDIATE`. They move latest first when later (earliest first when earlier), so no two of
 * them overlap on the way (`ex_sessions_slots` is checked row by row).
 */
export async function carrySlots(
  m: EntityManager,
  slots: CarriedSlot[],
  by: number,
  day: { startsAt: Date; endsAt: Date },
): Promise<void> {
  if (!slots.length) return;
  await m.query('SET CONSTRAINTS fk_sessions_parent DEFERRED');
  const ordered = by > 0 ? [...slots].reverse() : slots;
  for (const s of ordered) {
    await m.query(
      `UPDATE sessions SET starts_at = $2, ends_at = $3, parent_starts_at = $4,
              parent_ends_at = $5, sequence = sequence + 1, updated_at = now()
        WHERE id = $1`,
      [s.id, shifted(s.starts_at, by), shifted(s.ends_at, by), day.startsAt, day.endsAt],
    );
  }
}
