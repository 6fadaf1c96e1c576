import { type Session } from '../../core/api/types';
import { type IsoDate, zonedMinutes, zonedToInstant } from '../zoned-time';

/**
 * The arithmetic of editing the week by hand: moves and resizes snap to a quarter of an hour,
 * in the programme's zone (a 09:00 day moved to a day after a DST change still starts at 09:00).
 */

export const SNAP_MINUTES = 15;

/** A move or resize not saved yet. */
export interface Proposal {
  id: string;
  startsAt: string;
  endsAt: string;
}

/** `minutes` since midnight as `HH:MM` (clamped to the day). */
export function clockOf(minutes: number): string {
  const m = Math.min(Math.max(Math.round(minutes), 0), 24 * 60 - 1);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function floorTo(minutes: number, step: number): number {
  return Math.floor(minutes / step) * step;
}

/**
 * The session moved by `minutes` on the wall clock, onto `date` (its own date, or another
 * column's), keeping its length.
 */
export function moveBy(session: Session, minutes: number, date: IsoDate, zone: string): Proposal {
  const start = new Date(session.startsAt);
  const length = new Date(session.endsAt).getTime() - start.getTime();
  const from = zonedMinutes(start, zone) + minutes;
  // Past midnight either way: onto the neighbouring day, at the same clock time.
  const dayShift = Math.floor(from / (24 * 60));
  const clock = from - dayShift * 24 * 60;
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + dayShift);
  const startsAt = zonedToInstant(day.toISOString().slice(0, 10) as IsoDate, clockOf(clock), zone);
  return {
    id: session.id,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + length).toISOString(),
  };
}

/** The session's end moved by `minutes`, never shorter than a quarter of an hour. */
export function resizeBy(session: Session, minutes: number): Proposal {
  const start = new Date(session.startsAt).getTime();
  const end = Math.max(
    new Date(session.endsAt).getTime() + minutes * 60_000,
    start + SNAP_MINUTES * 60_000,
  );
  return { id: session.id, startsAt: session.startsAt, endsAt: new Date(end).toISOString() };
}

/** Where a slot sits within its day's block, as fractions (0–1) of the day's length. */
export function slotPlacement(day: Session, slot: Session): { top: number; height: number } {
  const from = new Date(day.startsAt).getTime();
  const length = new Date(day.endsAt).getTime() - from || 1;
  const clamp = (x: number) => Math.min(Math.max(x, 0), 1);
  const top = clamp((new Date(slot.startsAt).getTime() - from) / length);
  const bottom = clamp((new Date(slot.endsAt).getTime() - from) / length);
  return { top, height: Math.max(bottom - top, 0) };
}

/**
 * The grid's blocks (course days and other top-level sessions) and each day's slots. A slot
 * whose day is not in the list (a filter by speaker or room kept the talk, not the day) is a
 * block of its own.
 */
export function splitSlots(sessions: readonly Session[]): {
  days: Session[];
  slotsOf: Map<string, Session[]>;
} {
  const ids = new Set(sessions.map((s) => s.id));
  const days: Session[] = [];
  const slotsOf = new Map<string, Session[]>();
  for (const s of sessions) {
    if (s.parent && ids.has(s.parent.id)) {
      slotsOf.set(s.parent.id, [...(slotsOf.get(s.parent.id) ?? []), s]);
    } else {
      days.push(s);
    }
  }
  return { days, slotsOf };
}
