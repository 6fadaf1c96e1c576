import { cohortManageable } from './cohort-policy';
import { ALWAYS, NEVER, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * Who reads a cohort's juries (the board, the minutes): admins, and the instructors who teach
 * the cohort (`cohortId` a column such as `j.cohort_id`). Anyone else finds nothing (404).
 */
export function juryReadable(viewer: Viewer, cohortId: string): SqlPredicate {
  return cohortManageable(viewer, cohortId);
}

/** Who holds a jury (creates it, records decisions, signs its minutes): admins only. */
export function juryDecidable(viewer: Viewer): SqlPredicate {
  return viewer.role === 'admin' ? ALWAYS : NEVER;
}
