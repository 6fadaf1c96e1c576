import { type ProjectState } from '../core/api/types';

/** How a button for a state change looks: the main action, a secondary one, or a risky one. */
export type TransitionEmphasis = 'primary' | 'secondary' | 'danger';

/** A button for one of the moves the API allows the viewer now. */
export interface TransitionAction {
  to: ProjectState;
  /** Translation key (projects scope) of the button's label and of the dialog's texts. */
  key: string;
  icon: string;
  emphasis: TransitionEmphasis;
  /** The API refuses the move without a comment (the reason, kept in the history). */
  commentRequired: boolean;
}

type ActionSpec = Omit<TransitionAction, 'to' | 'commentRequired'>;

/** The move's meaning when it depends on where the project comes from. */
function specFor(from: ProjectState, to: ProjectState): ActionSpec | null {
  switch (to) {
    case 'approved':
      return { key: 'approve', icon: 'check_circle', emphasis: 'primary' };
    case 'sent_back':
      return { key: 'sendBack', icon: 'undo', emphasis: 'secondary' };
    case 'rejected':
      return { key: 'reject', icon: 'block', emphasis: 'danger' };
    case 'abandoned':
      return { key: 'abandon', icon: 'cancel', emphasis: 'danger' };
    case 'proposed':
      return from === 'sent_back' ? { key: 'resubmit', icon: 'send', emphasis: 'primary' } : null;
    case 'in_progress':
      return from === 'submitted'
        ? { key: 'reopen', icon: 'replay', emphasis: 'secondary' }
        : { key: 'start', icon: 'play_arrow', emphasis: 'primary' };
    case 'submitted':
      return { key: 'submit', icon: 'task_alt', emphasis: 'primary' };
    case 'defended':
      return { key: 'markDefended', icon: 'record_voice_over', emphasis: 'primary' };
    case 'graded':
      return { key: 'markGraded', icon: 'grading', emphasis: 'primary' };
    default:
      return null;
  }
}

/** Moves that need the reason (the API answers 400 without one). */
export function commentRequired(from: ProjectState, to: ProjectState): boolean {
  return (
    to === 'sent_back' ||
    to === 'rejected' ||
    to === 'abandoned' ||
    (from === 'submitted' && to === 'in_progress')
  );
}

const ORDER: Readonly<Record<TransitionEmphasis, number>> = { primary: 0, secondary: 1, danger: 2 };

/**
 * The buttons for the moves the API says the viewer may make now (`permissions.transitions`):
 * the main action first, risky ones last; a move the page does not know gets no button.
 */
export function transitionActions(
  from: ProjectState,
  allowed: readonly ProjectState[],
): TransitionAction[] {
  return allowed
    .flatMap((to) => {
      const spec = specFor(from, to);
      return spec ? [{ ...spec, to, commentRequired: commentRequired(from, to) }] : [];
    })
    .sort((a, b) => ORDER[a.emphasis] - ORDER[b.emphasis]);
}
