import { cohortManageable, cohortParticipable, cohortReadable } from './cohort-policy';
import { anyOf, forViewer, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * The veille (issue 12): whoever reads a cohort reads its feed; whoever takes part in it posts,
 * comments and reacts; its planners moderate (pin, hide, questions, topics, settings). A hidden
 * post stays visible to its author (with the reason) and to the moderators only.
 */
export const veilleReadable = (viewer: Viewer, cohortId: string): SqlPredicate =>
  cohortReadable(viewer, cohortId);

export const veilleParticipable = (viewer: Viewer, cohortId: string): SqlPredicate =>
  cohortParticipable(viewer, cohortId);

export const veilleModerable = (viewer: Viewer, cohortId: string): SqlPredicate =>
  cohortManageable(viewer, cohortId);

/** A post `post` (an alias of veille_posts) the viewer may see. */
export function veillePostVisible(viewer: Viewer, post: string): SqlPredicate {
  const readable = veilleReadable(viewer, `${post}.cohort_id`);
  const unhidden = anyOf(
    { sql: `${post}.hidden_at IS NULL`, params: {} },
    forViewer(viewer, (me) => `${post}.author_id = ${me}`),
    veilleModerable(viewer, `${post}.cohort_id`),
  );
  return {
    sql: `(${readable.sql} AND ${unhidden.sql})`,
    params: { ...readable.params, ...unhidden.params },
  };
}

/** A post the viewer may edit: its author, while still taking part in the cohort. */
export function veillePostEditable(viewer: Viewer, post: string): SqlPredicate {
  const acts = veilleParticipable(viewer, `${post}.cohort_id`);
  const own = forViewer(viewer, (me) => `${post}.author_id = ${me}`);
  return { sql: `(${own.sql} AND ${acts.sql})`, params: { ...own.params, ...acts.params } };
}
