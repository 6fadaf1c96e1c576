import type { DataSource } from 'typeorm';
import { buildUser, type BuiltUser } from '../../testing/factories';
import { buildEnrolment } from '../../testing/programme-factories';
import {
  buildPlanningWorld,
  buildSession,
  type PlanningWorld,
} from '../../testing/scheduling-factories';

/** A 1×1 PNG, as signature_pad would send a (tiny) drawing. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000);

/** The instant of a local wall-clock time in a zone, as PostgreSQL reads it. */
export async function localInstant(
  db: DataSource,
  day: string,
  time: string,
  zone = 'Europe/Zurich',
): Promise<Date> {
  const [row] = await db.query<{ at: Date }[]>(
    `SELECT ($1::date + $2::time) AT TIME ZONE $3 AS at`,
    [day, time, zone],
  );
  return row!.at;
}

export interface AttendanceWorld extends PlanningWorld {
  classmate: BuiltUser;
}

/** A planning world with a second active student. */
export async function buildAttendanceWorld(db: DataSource): Promise<AttendanceWorld> {
  const w = await buildPlanningWorld(db);
  const classmate = await buildUser(db, { role: 'student' });
  await buildEnrolment(db, w.cohort.id, classmate.id);
  return { ...w, classmate };
}

/** A session of the world's cohort in its room, from `from` to `to` minutes from now. */
export function sessionAround(w: PlanningWorld, db: DataSource, from: number, to: number) {
  return buildSession(db, {
    cohortId: w.cohort.id,
    moduleId: w.module.id,
    roomId: w.room.id,
    instructorIds: [w.instructor.id],
    startsAt: minutesFromNow(from),
    endsAt: minutesFromNow(to),
  });
}
