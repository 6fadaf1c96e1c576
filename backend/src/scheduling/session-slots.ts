import type { EntityManager } from 'typeorm';
import { CHECK_VIOLATION, pgError } from '../common/db-errors';
import { conflict } from '../common/problem';
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
 * Its slots are not moved along: a guest speaker confirmed a time, which only a planner changes.
 * The days are locked by the caller and a slot is added only under its day's lock; a slot moved
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
      WHERE s.status <> 'cancelled' AND (s.starts_at < d.starts_at OR s.ends_at > d.ends_at)
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
      'Move or cancel them first.',
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
