import { type Session, type SessionSpeaker } from '../core/api/types';

/**
 * The speakers to name beside a session: confirmed and held ones (students only ever get
 * those), and for planners also those invited or still in draft.
 */
export function visibleSpeakers(session: Pick<Session, 'speakers'>): SessionSpeaker[] {
  return session.speakers.filter((s) => s.status !== 'declined' && s.status !== 'cancelled');
}

/** Whether the session has begun (syntheses, "held"). */
export function hasBegun(session: Pick<Session, 'startsAt'>, now: Date = new Date()): boolean {
  return new Date(session.startsAt) <= now;
}

/** "Job title, Organisation", either alone, or one of them when both say the same. */
export function roleLine(
  jobTitle: string | null | undefined,
  organisation: string | null | undefined,
): string {
  const parts = [jobTitle?.trim(), organisation?.trim()].filter((p): p is string => !!p);
  return [...new Set(parts)].join(', ');
}
