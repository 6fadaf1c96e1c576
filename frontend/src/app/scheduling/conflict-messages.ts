import { type Clash, type Language, type Problem, type SessionConflict } from '../core/api/types';
import { formatDateValue } from '../core/i18n/date-format';

export const CONFLICT_CODES: readonly string[] = ['session.conflict', 'session.series_conflict'];

/** One translated line of a refused booking: `scheduling.conflict.<clash>` with its params. */
export interface ConflictLine {
  clash: Clash;
  key: string;
  params: {
    /** The double-booked room, cohort, instructor or speaker. */
    resource: string;
    /** The session already there: its title, cohort and time. */
    title: string;
    cohort: string;
    when: string;
  };
  /** Series: the refused date, formatted. */
  occurrence?: string;
}

const CLASH_ORDER: readonly Clash[] = ['room', 'instructor', 'speaker', 'cohort'];

/** Whether a problem is a 409 that lists clashes. */
export function isConflictProblem(
  problem: Problem,
): problem is Problem & { conflicts: SessionConflict[] } {
  const conflicts = (problem as { conflicts?: unknown }).conflicts;
  return CONFLICT_CODES.includes(problem.code) && Array.isArray(conflicts);
}

/**
 * The lines that explain a 409 `session.conflict` or `session.series_conflict`: for each clash,
 * what is double-booked and the session already booked then (title, cohort, date and time in
 * the programme's zone). Duplicates dropped; by refused date, then room, instructor, speaker,
 * cohort.
 */
export function conflictLines(
  conflicts: readonly SessionConflict[],
  timeZone: string,
  language: Language,
): ConflictLine[] {
  const context = { language, timeZone };
  const seen = new Set<string>();
  const unique = conflicts.filter((c) => {
    const key = [c.clash, c.resource.id, c.session.id, c.occurrence?.date ?? ''].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort(
    (a, b) =>
      (a.occurrence?.date ?? '').localeCompare(b.occurrence?.date ?? '') ||
      CLASH_ORDER.indexOf(a.clash) - CLASH_ORDER.indexOf(b.clash) ||
      a.session.startsAt.localeCompare(b.session.startsAt),
  );
  return unique.map((c) => ({
    clash: c.clash,
    key: `scheduling.conflict.${c.clash}`,
    params: {
      resource: c.resource.name,
      title: c.session.title,
      cohort: c.session.cohort.name,
      when: formatDateValue([c.session.startsAt, c.session.endsAt], 'dateTimeRange', context),
    },
    occurrence: c.occurrence ? formatDateValue(c.occurrence.date, 'dateLong', context) : undefined,
  }));
}
