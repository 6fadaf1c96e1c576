import type { InvitationStatus } from '../scheduling';

// A session shows its speakers with their invitation's status, so the list itself lives with the
// session's vocabulary in scheduling; speakers own the invitations and every move between them.
export { INVITATION_STATUSES, type InvitationStatus } from '../scheduling';

/** Statuses in which the speaker is booked for the session's time (the exclusion applies). */
export const BOOKING_STATUSES: readonly InvitationStatus[] = [
  'draft',
  'invited',
  'confirmed',
  'held',
];

/** Statuses in which students see the speaker on the talk page. */
export const PUBLISHED_STATUSES: readonly InvitationStatus[] = ['confirmed', 'held'];

export const INVITATION_EVENT_TYPES = [
  'created',
  'status_changed',
  'details_edited',
  'link_issued',
  'link_opened',
  'speaker_profile_edited',
] as const;
export type InvitationEventType = (typeof INVITATION_EVENT_TYPES)[number];

export const ACTOR_KINDS = ['user', 'speaker', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
