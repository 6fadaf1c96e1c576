import { cohortManageable } from './cohort-policy';
import { belongsToCohortSql } from './membership';
import { forViewer, NEVER, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * Who takes attendance at the session aliased `s` (roster, statuses, excuses, the QR code,
 * the certified sheet): the instructors of its cohort and admins.
 */
export function attendanceManageable(viewer: Viewer, s = 's'): SqlPredicate {
  return cohortManageable(viewer, `${s}.cohort_id`);
}

/** Who signs in at the session aliased `s`: a student who takes part in its cohort now. */
export function attendanceSignable(viewer: Viewer, s = 's'): SqlPredicate {
  if (viewer.role !== 'student') return NEVER;
  return forViewer(viewer, (me) => belongsToCohortSql(me, `${s}.cohort_id`, 'acts'));
}

/**
 * Who may read the attendance of the student `studentId` in the cohort `cohortId` (columns or
 * parameter references): the student themself while their enrolment `reads`, the cohort's
 * instructors, admins. Anyone else finds nothing (404).
 */
export function attendanceReadable(
  viewer: Viewer,
  cohortId: string,
  studentId: string,
): SqlPredicate {
  switch (viewer.role) {
    case 'admin':
    case 'instructor':
      return cohortManageable(viewer, cohortId);
    case 'student':
      return forViewer(
        viewer,
        (me) => `(${studentId} = ${me} AND ${belongsToCohortSql(me, cohortId, 'reads')})`,
      );
    default:
      return NEVER;
  }
}

/**
 * A student reading their own marks at the session aliased `s` (the sign page): their
 * enrolment in its cohort still `reads`.
 */
export function attendanceOwnSession(viewer: Viewer, s = 's'): SqlPredicate {
  if (viewer.role !== 'student') return NEVER;
  return forViewer(viewer, (me) => belongsToCohortSql(me, `${s}.cohort_id`, 'reads'));
}

/** The viewer's own records (`studentId` a column such as `r.student_id`): "my marks". */
export function attendanceSelf(viewer: Viewer, studentId: string): SqlPredicate {
  return forViewer(viewer, (me) => `${studentId} = ${me}`);
}
