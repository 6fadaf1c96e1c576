/**
 * A project's life: proposed → approved → in progress → submitted → defended → graded, with
 * a proposal sent back for changes (and proposed again), rejected, or abandoned on the way.
 * Pure rules; the service applies them under a row lock and records every move.
 */

export const PROJECT_STATES = [
  'proposed',
  'sent_back',
  'approved',
  'in_progress',
  'submitted',
  'defended',
  'graded',
  'rejected',
  'abandoned',
] as const;
export type ProjectState = (typeof PROJECT_STATES)[number];

/** States that free the team: a student may then join another project of the cohort. */
export const CLOSED_STATES: readonly ProjectState[] = ['rejected', 'abandoned'];
/** States in which nothing changes any more. */
export const FINAL_STATES: readonly ProjectState[] = ['graded', 'rejected', 'abandoned'];
/** While the proposal is being worked out, the team edits it. */
export const DRAFT_STATES: readonly ProjectState[] = ['proposed', 'sent_back'];

/** Who may make a move: `staff` is the project's tutor or an administrator; `team` a member. */
export type Mover = 'staff' | 'team';

interface Move {
  by: readonly Mover[];
  /** Whether a comment (the reason) must come with the move. */
  comment: 'required' | 'optional';
}

const staff = (comment: Move['comment'] = 'optional'): Move => ({ by: ['staff'], comment });
const anyone = (comment: Move['comment'] = 'optional'): Move => ({
  by: ['staff', 'team'],
  comment,
});

export const TRANSITIONS: Record<ProjectState, Partial<Record<ProjectState, Move>>> = {
  proposed: {
    approved: staff(),
    sent_back: staff('required'),
    rejected: staff('required'),
    abandoned: anyone('required'),
  },
  sent_back: {
    proposed: anyone(),
    rejected: staff('required'),
    abandoned: anyone('required'),
  },
  approved: { in_progress: anyone(), abandoned: anyone('required') },
  in_progress: { submitted: anyone(), abandoned: anyone('required') },
  // The tutor may reopen a submitted project for more work, with the reason.
  submitted: { defended: staff(), in_progress: staff('required'), abandoned: staff('required') },
  defended: { graded: staff() },
  graded: {},
  rejected: {},
  abandoned: {},
};

export type TransitionCheck =
  { ok: true; commentRequired: boolean } | { ok: false; reason: 'illegal' | 'not_allowed' };

/** Whether `movers` (what the viewer is to the project) may move it from `from` to `to`. */
export function checkTransition(
  from: ProjectState,
  to: ProjectState,
  movers: readonly Mover[],
): TransitionCheck {
  const move = TRANSITIONS[from][to];
  if (!move) return { ok: false, reason: 'illegal' };
  if (!move.by.some((m) => movers.includes(m))) return { ok: false, reason: 'not_allowed' };
  return { ok: true, commentRequired: move.comment === 'required' };
}

/** The states the viewer may move the project to now, for the buttons of the project page. */
export function availableTransitions(from: ProjectState, movers: readonly Mover[]): ProjectState[] {
  return (Object.keys(TRANSITIONS[from]) as ProjectState[]).filter(
    (to) => checkTransition(from, to, movers).ok,
  );
}
