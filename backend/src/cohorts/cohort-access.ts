import type { Role } from '../identity/role';

/** Who is asking: enough to scope a query. `AuthUser` fits. */
export interface Viewer {
  id: string;
  role: Role;
}

/** Enrolment statuses that still open the cohort to its student (a withdrawn student loses it). */
export const SEEING_STATUSES = `('active', 'graduated')`;

/**
 * A SQL condition that holds when the viewer may read the cohort whose id is `cohortId`
 * (a column such as `c.id`): an admin reads all, an instructor the cohorts they teach, a
 * student the cohort they are enrolled in. Bind `viewerId` to `viewer.id`. Used inside the
 * query, so a row the viewer may not see is simply not found (404), never a 403.
 */
export function cohortVisibleSql(viewer: Viewer, cohortId: string): string {
  switch (viewer.role) {
    case 'admin':
      return 'TRUE';
    case 'instructor':
      return `EXISTS (SELECT 1 FROM cohort_instructors v_ci WHERE v_ci.cohort_id = ${cohortId} AND v_ci.instructor_id = :viewerId)`;
    case 'student':
      return `EXISTS (SELECT 1 FROM enrolments v_e WHERE v_e.cohort_id = ${cohortId} AND v_e.student_id = :viewerId AND v_e.status IN ${SEEING_STATUSES})`;
    default:
      return 'FALSE';
  }
}

/** Same for a programme (`programmeId` a column such as `p.id`): visible through one of its cohorts. */
export function programmeVisibleSql(viewer: Viewer, programmeId: string): string {
  switch (viewer.role) {
    case 'admin':
      return 'TRUE';
    case 'instructor':
      return `EXISTS (SELECT 1 FROM cohorts v_c JOIN cohort_instructors v_ci ON v_ci.cohort_id = v_c.id
                      WHERE v_c.programme_id = ${programmeId} AND v_ci.instructor_id = :viewerId)`;
    case 'student':
      return `EXISTS (SELECT 1 FROM cohorts v_c JOIN enrolments v_e ON v_e.cohort_id = v_c.id
                      WHERE v_c.programme_id = ${programmeId} AND v_e.student_id = :viewerId AND v_e.status IN ${SEEING_STATUSES})`;
    default:
      return 'FALSE';
  }
}
