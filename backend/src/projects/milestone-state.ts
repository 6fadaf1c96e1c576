import type { MilestoneKind } from './milestone-kinds';
import { PROJECT_STATES, type ProjectState } from './project-states';

/**
 * The project states in which a milestone of each kind is done whatever was uploaded for it:
 * the project itself is the proposal (a proposal sent back for changes is followed by the
 * project's state, "sent back: 2 comments to address", not by a date long past), a submitted
 * project has handed in its final report, a defended one has held its defence. A milestone the
 * project has moved past is never "late".
 */
export const DONE_BY_STATE: Readonly<Partial<Record<MilestoneKind, readonly ProjectState[]>>> = {
  proposal: PROJECT_STATES,
  final_report: ['submitted', 'defended', 'graded'],
  defence: ['defended', 'graded'],
};

export function doneByState(kind: MilestoneKind, state: ProjectState): boolean {
  return DONE_BY_STATE[kind]?.includes(state) ?? false;
}

/**
 * The same rule in SQL, for the milestone aliased `ms` of the project aliased `p` (one
 * definition, read by every list of milestones: the project page, the homes).
 */
export function milestoneDoneByStateSql(ms = 'ms', p = 'p'): string {
  const cases = Object.entries(DONE_BY_STATE)
    .map(
      ([kind, states]) =>
        `WHEN '${kind}' THEN ${p}.state IN (${(states ?? []).map((s) => `'${s}'`).join(', ')})`,
    )
    .join(' ');
  return `(CASE ${ms}.kind ${cases} ELSE FALSE END)`;
}
