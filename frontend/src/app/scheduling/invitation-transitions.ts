import { type InvitationStatus } from '../core/api/types';

/**
 * The invitation's legal moves as an instructor makes them (the API's state machine):
 * draft → invited | cancelled; invited → confirmed | declined | cancelled;
 * confirmed → held | cancelled. Declined, held and cancelled are final.
 */
export const PLANNER_TRANSITIONS: Readonly<Record<InvitationStatus, readonly InvitationStatus[]>> =
  {
    draft: ['invited', 'cancelled'],
    invited: ['confirmed', 'declined', 'cancelled'],
    confirmed: ['held', 'cancelled'],
    declined: [],
    held: [],
    cancelled: [],
  };

export interface TransitionButton {
  to: InvitationStatus;
  /** `scheduling.invitation.move.<to>`: "Envoyer l'invitation", "Marquer comme tenue"… */
  label: string;
  icon: string;
  /** The main move is a filled button; cancelling is a warning. */
  emphasis: 'primary' | 'secondary' | 'danger';
  /** Whether to ask first (moves that cannot be undone by the speaker). */
  confirm: boolean;
}

const BUTTONS: Readonly<Record<InvitationStatus, Omit<TransitionButton, 'to' | 'label'>>> = {
  invited: { icon: 'send', emphasis: 'primary', confirm: false },
  confirmed: { icon: 'event_available', emphasis: 'secondary', confirm: false },
  declined: { icon: 'event_busy', emphasis: 'secondary', confirm: true },
  held: { icon: 'task_alt', emphasis: 'primary', confirm: false },
  cancelled: { icon: 'cancel', emphasis: 'danger', confirm: true },
  draft: { icon: 'edit_note', emphasis: 'secondary', confirm: false },
};

/**
 * The buttons for the moves allowed now: the API's `allowedTransitions` when given (else the
 * local table), in the table's order; `held` only once the session has begun.
 */
export function transitionButtons(
  status: InvitationStatus,
  sessionStarted: boolean,
  allowed?: readonly InvitationStatus[],
): TransitionButton[] {
  return PLANNER_TRANSITIONS[status]
    .filter((to) => !allowed || allowed.includes(to))
    .filter((to) => to !== 'held' || sessionStarted)
    .map((to) => ({ to, label: `scheduling.invitation.move.${to}`, ...BUTTONS[to] }));
}

/** Statuses in which students see the speaker. */
export const PUBLISHED: readonly InvitationStatus[] = ['confirmed', 'held'];

/** Whether the speaker still holds the slot (a new invitation for them would clash). */
export function isOpen(status: InvitationStatus): boolean {
  return status === 'draft' || status === 'invited' || status === 'confirmed';
}
