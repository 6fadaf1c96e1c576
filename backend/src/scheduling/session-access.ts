import { cohortVisibleSql, type Viewer } from '../cohorts/cohort-access';

export type { Viewer };

/**
 * SQL that holds when the viewer may read the session aliased `s`: an admin reads all, an
 * instructor the sessions of the cohorts they teach and those they teach themselves, a student
 * those of their cohort. Bind `viewerId`. A session outside it is simply not found (404).
 */
export function sessionVisibleSql(viewer: Viewer, s = 's'): string {
  if (viewer.role === 'instructor') {
    return `(${cohortVisibleSql(viewer, `${s}.cohort_id`)} OR EXISTS (SELECT 1 FROM session_instructors v_si WHERE v_si.session_id = ${s}.id AND v_si.instructor_id = :viewerId))`;
  }
  return cohortVisibleSql(viewer, `${s}.cohort_id`);
}

/**
 * SQL that holds when the viewer may plan in the cohort whose id is the column `cohortId`
 * (sessions, invitations): admins everywhere, instructors in the cohorts they teach.
 */
export function cohortManageableSql(viewer: Viewer, cohortId: string): string {
  switch (viewer.role) {
    case 'admin':
      return 'TRUE';
    case 'instructor':
      return `EXISTS (SELECT 1 FROM cohort_instructors m_ci WHERE m_ci.cohort_id = ${cohortId} AND m_ci.instructor_id = :viewerId)`;
    default:
      return 'FALSE';
  }
}

export const canPlan = (viewer: Viewer) => viewer.role === 'admin' || viewer.role === 'instructor';
