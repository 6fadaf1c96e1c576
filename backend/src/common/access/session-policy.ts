import { cohortManageable, cohortReadable, mayPlan } from './cohort-policy';
import { belongsToCohortSql } from './membership';
import { allOf, anyOf, forViewer, NEVER, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * Who may read the session aliased `s`: whoever may read its cohort, and an instructor who
 * teaches the session itself.
 */
export function sessionReadable(viewer: Viewer, s = 's'): SqlPredicate {
  const cohort = cohortReadable(viewer, `${s}.cohort_id`);
  if (viewer.role !== 'instructor') return cohort;
  return anyOf(cohort, teachesSession(viewer, s));
}

/** Who may change the session aliased `s` (and invite its speakers): its cohort's planners. */
export function sessionManageable(viewer: Viewer, s = 's'): SqlPredicate {
  return cohortManageable(viewer, `${s}.cohort_id`);
}

/** A student writing their own synthesis of the session aliased `s`: active in its cohort. */
export function synthesisWritable(viewer: Viewer, s = 's'): SqlPredicate {
  if (viewer.role !== 'student') return NEVER;
  return forViewer(viewer, (me) => belongsToCohortSql(me, `${s}.cohort_id`, 'acts'));
}

/**
 * The viewer's own synthesis `y` of session `s`: its author, while they still belong to the
 * cohort (a graduate keeps reading it, a withdrawn student does not).
 */
export function synthesisOwn(viewer: Viewer, y = 'y', s = 's'): SqlPredicate {
  if (viewer.role !== 'student') return NEVER;
  return forViewer(
    viewer,
    (me) => `(${y}.student_id = ${me} AND ${belongsToCohortSql(me, `${s}.cohort_id`, 'reads')})`,
  );
}

/** A handed-in synthesis `y` of session `s`, read and answered by its cohort's planners. */
export function synthesisReviewable(viewer: Viewer, y = 'y', s = 's'): SqlPredicate {
  return allOf({ sql: `${y}.submitted_at IS NOT NULL`, params: {} }, sessionManageable(viewer, s));
}

/** Who may read the synthesis `y` of session `s`: its author, or a planner once handed in. */
export function synthesisReadable(viewer: Viewer, y = 'y', s = 's'): SqlPredicate {
  return anyOf(synthesisOwn(viewer, y, s), synthesisReviewable(viewer, y, s));
}

/** The calendar feed aliased `f` as its owner sees it (list, revoke): only their own. */
export function calendarFeedOwned(viewer: Viewer, f = 'f'): SqlPredicate {
  return forViewer(viewer, (me) => `${f}.owner_id = ${me}`);
}

export type CalendarFeedScope = 'user' | 'cohort' | 'speaker';

/**
 * Which sessions (aliased `s`) a feed may show, decided at every fetch from what its owner may
 * read now: a student's own feed their cohort's sessions, anyone else's the sessions they
 * teach; a cohort feed its sessions while the owner may read the cohort; a speaker feed the
 * sessions a planner may read.
 */
export function calendarFeedSessions(
  owner: Viewer,
  scope: CalendarFeedScope,
  s = 's',
): SqlPredicate {
  switch (scope) {
    case 'user':
      return owner.role === 'student'
        ? cohortReadable(owner, `${s}.cohort_id`)
        : teachesSession(owner, s);
    case 'cohort':
      return cohortReadable(owner, `${s}.cohort_id`);
    case 'speaker':
      return calendarFeedMayFollowSpeakers(owner) ? sessionReadable(owner, s) : NEVER;
    default:
      return NEVER;
  }
}

/** Only planners subscribe to a speaker's talks. */
export function calendarFeedMayFollowSpeakers(viewer: Viewer): boolean {
  return mayPlan(viewer);
}

function teachesSession(viewer: Viewer, s: string): SqlPredicate {
  return forViewer(
    viewer,
    (me) =>
      `EXISTS (SELECT 1 FROM session_instructors a_si WHERE a_si.session_id = ${s}.id AND a_si.instructor_id = ${me})`,
  );
}
