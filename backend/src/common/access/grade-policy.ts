import { cohortManageable } from './cohort-policy';
import { belongsToCohortSql } from './membership';
import { ALWAYS, forViewer, NEVER, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * Who may read the results (grades, progress, transcript) of the student `studentId` in the
 * cohort `cohortId` (both columns or parameter references): the student themself while their
 * enrolment `reads` (active or graduated), the cohort's instructors, admins. Anyone else finds
 * nothing (404). What a student reads of them is narrowed further by `gradeShown`.
 */
export function resultsReadable(viewer: Viewer, cohortId: string, studentId: string): SqlPredicate {
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
 * Who may grade in the cohort `cohortId` (define assessments, set, clear and release grades,
 * import and export them): its instructors and admins.
 */
export function gradable(viewer: Viewer, cohortId: string): SqlPredicate {
  return cohortManageable(viewer, cohortId);
}

/**
 * Which grades of the assessment aliased `a` a reader of the results sees: staff all of them,
 * a student those of released assessments only.
 */
export function gradeShown(viewer: Viewer, a = 'a'): SqlPredicate {
  if (viewer.role === 'admin' || viewer.role === 'instructor') return ALWAYS;
  if (viewer.role === 'student') return { sql: `${a}.released_at IS NOT NULL`, params: {} };
  return NEVER;
}

/** Whether the viewer reads results as staff (every grade) rather than as the student. */
export function readsAllGrades(viewer: Viewer): boolean {
  return viewer.role === 'admin' || viewer.role === 'instructor';
}

/** The grade audit log: administrators only. */
export function gradeAuditReadable(viewer: Viewer): SqlPredicate {
  return viewer.role === 'admin' ? ALWAYS : NEVER;
}
