import type { EntityManager } from 'typeorm';
import { badRequest, conflict, type FieldError, notFound } from '../common/problem';
import { cohortManageable, type Viewer } from '../common/access';
import { namedQuery } from '../common/sql';
import { wallClock } from './zoned-time';

export interface PlannableCohort {
  id: string;
  name: string;
  programmeId: string;
  timeZone: string;
  status: string;
  /** The cohort's first and last days (YYYY-MM-DD, in the programme's zone). */
  startsOn: string;
  endsOn: string;
}

/**
 * The cohort, if the viewer may plan in it (else 404, also when it exists elsewhere), held
 * (FOR SHARE) until the planning transaction ends: its dates cannot change meanwhile.
 */
export async function plannableCohort(
  manager: EntityManager,
  viewer: Viewer,
  cohortId: string,
): Promise<PlannableCohort> {
  const manageable = cohortManageable(viewer, 'c.id');
  const [row] = await namedQuery<{
    id: string;
    name: string;
    programme_id: string;
    status: string;
    time_zone: string;
    starts_on: string;
    ends_on: string;
  }>(
    manager,
    `SELECT c.id, c.name, c.programme_id, c.status, p.time_zone,
            c.starts_on::text AS starts_on, c.ends_on::text AS ends_on
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id
      WHERE c.id = :cohortId AND ${manageable.sql}
        FOR SHARE OF c`,
    { ...manageable.params, cohortId },
  );
  if (!row) throw notFound('cohort');
  if (row.status === 'closed') {
    throw conflict('cohort.closed', 'A closed cohort gets no new or changed session.');
  }
  return {
    id: row.id,
    name: row.name,
    programmeId: row.programme_id,
    timeZone: row.time_zone,
    status: row.status,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };
}

/**
 * Checks in one query that the module belongs to the cohort's programme and is not archived,
 * the room exists and is not archived, and every instructor is an active instructor. A bad
 * reference is a 400 naming the field.
 */
export async function checkReferences(
  manager: EntityManager,
  cohort: PlannableCohort,
  refs: { moduleId?: string | null; roomId?: string | null; instructorIds?: string[] },
): Promise<void> {
  const instructorIds = refs.instructorIds ?? [];
  const [row] = (await manager.query(
    `SELECT
       (SELECT count(*)::int FROM course_modules m
         WHERE m.id = $1 AND m.programme_id = $2 AND m.archived_at IS NULL) AS module_ok,
       (SELECT count(*)::int FROM rooms r WHERE r.id = $3 AND r.archived_at IS NULL) AS room_ok,
       (SELECT COALESCE(array_agg(u.id::text), '{}') FROM users u
         WHERE u.id = ANY($4::uuid[]) AND u.role = 'instructor' AND u.active) AS instructors_ok`,
    [refs.moduleId ?? null, cohort.programmeId, refs.roomId ?? null, instructorIds],
  )) as { module_ok: number; room_ok: number; instructors_ok: string[] }[];
  const errors: FieldError[] = [];
  if (refs.moduleId && !row?.module_ok) {
    errors.push({
      field: 'moduleId',
      code: 'exists',
      message: "moduleId must name a current module of the cohort's programme",
    });
  }
  if (refs.roomId && !row?.room_ok) {
    errors.push({ field: 'roomId', code: 'exists', message: 'roomId must name a room in use' });
  }
  const ok = new Set(row?.instructors_ok ?? []);
  instructorIds.forEach((id, i) => {
    if (!ok.has(id)) {
      errors.push({
        field: `instructorIds.${i}`,
        code: 'isInstructor',
        message: 'must be an active instructor',
      });
    }
  });
  if (errors.length) throw badRequest('validation', 'Some references are not valid.', errors);
}

const MAX_HOURS = 24;

/** A session ends after it starts and lasts at most a day. */
export function checkTimes(startsAt: Date, endsAt: Date): void {
  if (!(endsAt > startsAt)) {
    throw badRequest('validation', 'The session must end after it starts.', [
      { field: 'endsAt', code: 'isAfter', message: 'endsAt must be after startsAt' },
    ]);
  }
  if (endsAt.getTime() - startsAt.getTime() > MAX_HOURS * 3_600_000) {
    throw badRequest('validation', `A session lasts at most ${MAX_HOURS} hours.`, [
      {
        field: 'endsAt',
        code: 'maxDuration',
        message: `at most ${MAX_HOURS} hours after startsAt`,
      },
    ]);
  }
}

/**
 * Every session lies within its cohort's dates, read in the programme's zone: a typo in the
 * year is refused (409 `session.outside_cohort`) with the cohort's dates and the dates asked.
 */
export function checkWithinCohort(
  cohort: PlannableCohort,
  slots: { startsAt: Date; endsAt: Date }[],
): void {
  const outside = slots
    .map((s) => ({
      first: wallClock(s.startsAt, cohort.timeZone).date,
      // A session that ends at midnight belongs to the day it started.
      last: wallClock(new Date(s.endsAt.getTime() - 1), cohort.timeZone).date,
    }))
    .filter((d) => d.first < cohort.startsOn || d.last > cohort.endsOn)
    .map((d) => (d.first < cohort.startsOn ? d.first : d.last));
  if (!outside.length) return;
  const dates = [...new Set(outside)].sort();
  throw conflict(
    'session.outside_cohort',
    `The cohort ${cohort.name} runs from ${cohort.startsOn} to ${cohort.endsOn} (${cohort.timeZone}); ` +
      `${dates.length === 1 ? `${dates[0]} is` : `${dates.join(', ')} are`} outside it.`,
    { startsOn: cohort.startsOn, endsOn: cohort.endsOn, timeZone: cohort.timeZone, dates },
  );
}
