import { belongsToCohortSql } from './membership';
import { ALWAYS, anyOf, forViewer, NEVER, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * Who may read the project aliased `p`: an admin all, an instructor those they tutor and those
 * of the cohorts they teach, a student those whose current team they are in while they still
 * belong to the cohort.
 */
export function projectReadable(viewer: Viewer, p = 'p'): SqlPredicate {
  switch (viewer.role) {
    case 'admin':
      return ALWAYS;
    case 'instructor':
      return anyOf(projectTutor(viewer, p), teachesCohortOf(viewer, p));
    case 'student':
      return projectTeam(viewer, p);
    default:
      return NEVER;
  }
}

/**
 * The student's own projects: in the current team of `p` while still belonging to its cohort
 * (a graduate keeps reading their past projects).
 */
export function projectTeam(viewer: Viewer, p = 'p'): SqlPredicate {
  if (viewer.role !== 'student') return NEVER;
  return forViewer(
    viewer,
    (me) => `(${inTeam(me, p)} AND ${belongsToCohortSql(me, `${p}.cohort_id`, 'reads')})`,
  );
}

/** The viewer administers every project (approves, grades and answers as an administrator). */
export function projectAdmin(viewer: Viewer): SqlPredicate {
  return viewer.role === 'admin' ? ALWAYS : NEVER;
}

/** The viewer tutors the project `p`. */
export function projectTutor(viewer: Viewer, p = 'p'): SqlPredicate {
  if (viewer.role === 'student') return NEVER;
  return forViewer(viewer, (me) => `${p}.tutor_id = ${me}`);
}

/** The project's tutor or an administrator: approves, grades, grants extensions. */
export function projectStaff(viewer: Viewer, p = 'p'): SqlPredicate {
  return anyOf(projectAdmin(viewer), projectTutor(viewer, p));
}

/** A student acting as a team member of `p`: in its current team and active in its cohort. */
export function projectMember(viewer: Viewer, p = 'p'): SqlPredicate {
  if (viewer.role !== 'student') return NEVER;
  return forViewer(
    viewer,
    (me) => `(${inTeam(me, p)} AND ${belongsToCohortSql(me, `${p}.cohort_id`, 'acts')})`,
  );
}

/**
 * Who may see the grades of the readable project `p`: its staff and the cohort's instructors
 * at any time, its team once it is graded. (Module grades and attendance join here.)
 */
export function projectGradesReadable(viewer: Viewer, p = 'p'): SqlPredicate {
  switch (viewer.role) {
    case 'admin':
      return ALWAYS;
    case 'instructor':
      return projectReadable(viewer, p);
    case 'student':
      return { sql: `${p}.state = 'graded'`, params: {} };
    default:
      return NEVER;
  }
}

/**
 * What proposing a project makes of its proposer: a student joins its team, an instructor
 * tutors it (unless another tutor is named), an administrator neither.
 */
export function proposerPart(viewer: Viewer): 'team' | 'tutor' | null {
  if (viewer.role === 'student') return 'team';
  if (viewer.role === 'instructor') return 'tutor';
  return null;
}

function inTeam(me: string, p: string): string {
  return `EXISTS (SELECT 1 FROM project_members a_m WHERE a_m.project_id = ${p}.id AND a_m.student_id = ${me} AND a_m.left_at IS NULL)`;
}

function teachesCohortOf(viewer: Viewer, p: string): SqlPredicate {
  return forViewer(
    viewer,
    (me) =>
      `EXISTS (SELECT 1 FROM cohort_instructors a_ci WHERE a_ci.cohort_id = ${p}.cohort_id AND a_ci.instructor_id = ${me})`,
  );
}
