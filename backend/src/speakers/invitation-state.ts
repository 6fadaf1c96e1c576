import type { ActorKind, InvitationStatus } from './invitation-status';

/**
 * The legal moves of an invitation, and who may make them. Anything else is refused (409).
 *
 *   draft ──send──▶ invited ──▶ confirmed ──▶ held        (held: once the session has started)
 *     │               │  └────▶ declined                  (terminal)
 *     │               │            confirmed ──▶ cancelled
 *     └──▶ cancelled ◀┘                                   (cancelled, declined, held: terminal)
 *
 * The speaker (through the link) may only confirm or decline an invitation that is `invited`;
 * an instructor may record either answer on the speaker's behalf (given by phone, say).
 */
export const TRANSITIONS: Record<
  InvitationStatus,
  Partial<Record<InvitationStatus, readonly ActorKind[]>>
> = {
  draft: { invited: ['user'], cancelled: ['user'] },
  invited: {
    confirmed: ['user', 'speaker'],
    declined: ['user', 'speaker'],
    cancelled: ['user', 'system'],
  },
  confirmed: { held: ['user'], cancelled: ['user', 'system'] },
  declined: {},
  held: {},
  cancelled: {},
};

export function canMove(from: InvitationStatus, to: InvitationStatus, actor: ActorKind): boolean {
  return TRANSITIONS[from][to]?.includes(actor) ?? false;
}

/** The statuses `actor` may move an invitation to from `from`. */
export function nextStatuses(from: InvitationStatus, actor: ActorKind): InvitationStatus[] {
  return (Object.keys(TRANSITIONS[from]) as InvitationStatus[]).filter((to) =>
    canMove(from, to, actor),
  );
}
