import { belongsToCohortSql } from './membership';
import { ALWAYS, forViewer, NEVER, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * Who may read a cohort (`cohortId` a column such as `c.id`): an admin all of them, an
 * instructor those they teach, a student the one they still belong to (active or graduated).
 * Used inside the query, so a cohort the viewer may not see is simply not found (404).
 */
export function cohortReadable(viewer: Viewer, cohortId: string): SqlPredicate {
  switch (viewer.role) {
    case 'admin':
      return ALWAYS;
    case 'instructor':
      return teaches(viewer, cohortId);
    case 'student':
      return forViewer(viewer, (me) => belongsToCohortSql(me, cohortId, 'reads'));
    default:
      return NEVER;
  }
}

/**
 * Who may plan and manage in a cohort (sessions, invitations, reading syntheses): admins
 * everywhere, instructors in the cohorts they teach.
 */
export function cohortManageable(viewer: Viewer, cohortId: string): SqlPredicate {
  switch (viewer.role) {
    case 'admin':
      return ALWAYS;
    case 'instructor':
      return teaches(viewer, cohortId);
    default:
      return NEVER;
  }
}

/**
 * Who may act in a cohort as a participant: propose a project there. Admins anywhere,
 * instructors in the cohorts they teach, students in the cohort they are active in.
 */
export function cohortParticipable(viewer: Viewer, cohortId: string): SqlPredicate {
  if (viewer.role === 'student') {
    return forViewer(viewer, (me) => belongsToCohortSql(me, cohortId, 'acts'));
  }
  return cohortManageable(viewer, cohortId);
}

/** Who may read a programme (`programmeId` a column such as `p.id`): through one of its cohorts. */
export function programmeReadable(viewer: Viewer, programmeId: string): SqlPredicate {
  if (viewer.role === 'admin') return ALWAYS;
  const cohort = cohortReadable(viewer, 'a_pc.id');
  return {
    sql: `EXISTS (SELECT 1 FROM cohorts a_pc WHERE a_pc.programme_id = ${programmeId} AND ${cohort.sql})`,
    params: cohort.params,
  };
}

/** Whether the viewer plans anywhere at all (admins and instructors), before any row is known. */
export function mayPlan(viewer: Viewer): boolean {
  return viewer.role === 'admin' || viewer.role === 'instructor';
}

function teaches(viewer: Viewer, cohortId: string): SqlPredicate {
  return forViewer(
    viewer,
    (me) =>
      `EXISTS (SELECT 1 FROM cohort_instructors a_ci WHERE a_ci.cohort_id = ${cohortId} AND a_ci.instructor_id = ${me})`,
  );
}
