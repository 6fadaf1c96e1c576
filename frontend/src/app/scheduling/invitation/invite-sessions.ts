import { type InvitationStatus, type Session } from '../../core/api/types';
import { isOpen } from '../invitation-transitions';

/** How far ahead the speaker's invite dialog looks for guest talks (the API allows 400 days). */
export const INVITE_HORIZON_DAYS = 365;

/** A guest-talk session offered when inviting one speaker from their page. */
export interface SessionChoice {
  session: Session;
  /**
   * The status of the speaker's live invitation to it (draft, invited or confirmed): then it
   * cannot be chosen, since a second invitation would be refused; null when it is free.
   */
  taken: InvitationStatus | null;
}

/**
 * The sessions a speaker can be invited to from their page: guest talks not cancelled, not yet
 * begun, that the viewer plans, the soonest first; those where the speaker already has a live
 * invitation are kept (to say why they cannot be chosen).
 */
export function sessionChoices(
  sessions: readonly Session[],
  speakerId: string,
  now: Date = new Date(),
): SessionChoice[] {
  return sessions
    .filter(
      (s) =>
        s.kind === 'guest_talk' &&
        s.status !== 'cancelled' &&
        s.canManage &&
        Date.parse(s.startsAt) > now.getTime(),
    )
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.id.localeCompare(b.id))
    .map((session) => ({
      session,
      taken:
        session.speakers.find((s) => s.speakerId === speakerId && isOpen(s.status))?.status ?? null,
    }));
}
