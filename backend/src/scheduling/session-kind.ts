export const SESSION_KINDS = [
  'lecture',
  'workshop',
  'guest_talk',
  'exam',
  'defence',
  'break',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** What a top-level session (a course day) may be: a break is only ever a slot. */
export const DAY_KINDS = ['lecture', 'workshop', 'guest_talk', 'exam', 'defence'] as const;
/** What a slot within a day may be: a defence has its own day and jury. */
export const SLOT_KINDS = ['guest_talk', 'workshop', 'exam', 'lecture', 'break'] as const;

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A link to course material (slides, reading, recording) shown with the session. */
export interface MaterialLink {
  label: string;
  url: string;
}

/**
 * The status of a speaker's invitation to a session, as a session shows its speakers. Speakers
 * own the invitations and move them (speakers/invitation-state.ts); the list lives here, with
 * the rest of what a session reads as, so that scheduling depends on no other domain.
 */
export const INVITATION_STATUSES = [
  'draft',
  'invited',
  'confirmed',
  'declined',
  'held',
  'cancelled',
] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
