import { cohortManageable } from './cohort-policy';
import { ALWAYS, anyOf, NEVER, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * The shared directories (rooms, speakers) every planner reads and adds to. Who changes an
 * entry follows who uses it: an admin always; an instructor while every cohort that uses it is
 * one they teach (so also an entry nothing uses yet, such as one just added). Deleting also
 * needs the entry unused (the foreign keys say so); otherwise it is archived.
 */

/** Who may change, archive or delete the room aliased `r`. */
export function roomEditable(viewer: Viewer, r = 'r'): SqlPredicate {
  return usedOnlyWhereManageable(
    viewer,
    (cohort) =>
      `SELECT 1 FROM sessions a_rs WHERE a_rs.room_id = ${r}.id AND NOT ${cohort('a_rs.cohort_id')}`,
  );
}

/** Who may change, archive or delete the speaker aliased `sp`: by the cohorts they were invited to. */
export function speakerEditable(viewer: Viewer, sp = 'sp'): SqlPredicate {
  return usedOnlyWhereManageable(
    viewer,
    (cohort) =>
      `SELECT 1 FROM invitations a_si JOIN sessions a_ss ON a_ss.id = a_si.session_id
        WHERE a_si.speaker_id = ${sp}.id AND NOT ${cohort('a_ss.cohort_id')}`,
  );
}

/**
 * Who sees the speaker `sp`'s private details (phone, internal notes): an admin; an instructor
 * who may edit the speaker, or who plans a cohort the speaker is invited to. Others see the
 * public profile only.
 */
export function speakerPrivateShown(viewer: Viewer, sp = 'sp'): SqlPredicate {
  if (viewer.role === 'admin') return ALWAYS;
  if (viewer.role !== 'instructor') return NEVER;
  const cohort = cohortManageable(viewer, 'a_ps.cohort_id');
  return anyOf(speakerEditable(viewer, sp), {
    sql: `EXISTS (SELECT 1 FROM invitations a_pi JOIN sessions a_ps ON a_ps.id = a_pi.session_id
                   WHERE a_pi.speaker_id = ${sp}.id AND ${cohort.sql})`,
    params: cohort.params,
  });
}

/** Holds when no row of `usesOutside` (a use in a cohort the viewer may not manage) exists. */
function usedOnlyWhereManageable(
  viewer: Viewer,
  usesOutside: (manageable: (cohortId: string) => string) => string,
): SqlPredicate {
  if (viewer.role === 'admin') return ALWAYS;
  if (viewer.role !== 'instructor') return NEVER;
  let params: Record<string, unknown> = {};
  const sql = usesOutside((cohortId) => {
    const p = cohortManageable(viewer, cohortId);
    params = p.params;
    return p.sql;
  });
  return { sql: `NOT EXISTS (${sql})`, params };
}
