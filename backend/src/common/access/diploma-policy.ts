import { ALWAYS, forViewer, NEVER, type SqlPredicate } from './sql-predicate';
import type { Viewer } from './viewer';

/**
 * Who may read the diploma aliased `d` (its record, PDF and credential): admins, and its
 * holder. Anyone else, instructors included, finds nothing (404).
 */
export function diplomaReadable(viewer: Viewer, d = 'd'): SqlPredicate {
  switch (viewer.role) {
    case 'admin':
      return ALWAYS;
    case 'student':
      return forViewer(viewer, (me) => `${d}.student_id = ${me}`);
    default:
      return NEVER;
  }
}

/** Who may choose what the public page shows of the diploma aliased `d`: its holder alone. */
export function diplomaHeld(viewer: Viewer, d = 'd'): SqlPredicate {
  if (viewer.role !== 'student') return NEVER;
  return forViewer(viewer, (me) => `${d}.student_id = ${me}`);
}

/** Whether the viewer reads a revocation's reason (admins); the holder sees only its date. */
export function diplomaInternalsShown(viewer: Viewer): boolean {
  return viewer.role === 'admin';
}
