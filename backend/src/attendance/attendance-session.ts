import type { EntityManager } from 'typeorm';
import type { SqlPredicate } from '../common/access';
import { badRequest, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import type { AttendancePartDto, AttendanceSessionDto } from './dto/attendance.dto';

/** A part of a session with its signing window, as one query reads it. */
export interface SessionPart {
  part: number;
  startsAt: Date;
  endsAt: Date;
  opensAt: Date;
  closesAt: Date;
  open: boolean;
  opened: boolean;
  held: boolean;
  taken: boolean;
  certifications: { instructorId: string; displayName: string; signedAt: Date }[];
}

export interface AttendanceSession {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  online: boolean;
  roomName: string | null;
  cohortId: string;
  cohortName: string;
  programmeTitle: string;
  moduleTitle: string | null;
  timeZone: string;
  now: Date;
  parts: SessionPart[];
}

interface Row {
  id: string;
  title: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  room_id: string | null;
  online_url: string | null;
  room_name: string | null;
  cohort_id: string;
  cohort_name: string;
  programme_title: string;
  module_title: string | null;
  time_zone: string;
  now: Date;
  parts: {
    part: number;
    starts_at: string;
    ends_at: string;
    opens_at: string;
    closes_at: string;
    open: boolean;
    opened: boolean;
    held: boolean;
    taken: boolean;
    certifications: { instructor_id: string; display_name: string; signed_at: string }[];
  }[];
}

/**
 * The session aliased `s` with its parts (the `attendance_parts` view) and each part's signing
 * window (the programme's minutes before the start and after the end), whether attendance was
 * taken and who certified the sheet: one query. The predicate decides who finds it (else 404).
 */
export async function loadAttendanceSession(
  m: EntityManager,
  sessionId: string,
  access: SqlPredicate,
): Promise<AttendanceSession> {
  const [row] = await namedQuery<Row>(
    m,
    `SELECT s.id, s.title, s.starts_at, s.ends_at, s.status, s.room_id, s.online_url,
            r.name AS room_name, c.id AS cohort_id, c.name AS cohort_name,
            p.title AS programme_title, cm.title AS module_title, p.time_zone, now() AS now,
            (SELECT json_agg(json_build_object(
                      'part', ap.part, 'starts_at', ap.starts_at, 'ends_at', ap.ends_at,
                      'opens_at', w.opens_at, 'closes_at', w.closes_at,
                      'open', s.status <> 'cancelled' AND now() BETWEEN w.opens_at AND w.closes_at,
                      'opened', now() >= w.opens_at,
                      'held', ap.held,
                      'taken', EXISTS (SELECT 1 FROM attendance_records t
                                        WHERE t.session_id = ap.session_id AND t.part = ap.part
                                          AND t.status IS NOT NULL),
                      'certifications', COALESCE((
                        SELECT json_agg(json_build_object('instructor_id', ac.instructor_id,
                                 'display_name', u.display_name, 'signed_at', ac.signed_at)
                                 ORDER BY ac.signed_at, ac.instructor_id)
                          FROM attendance_certifications ac JOIN users u ON u.id = ac.instructor_id
                         WHERE ac.session_id = ap.session_id AND ac.part = ap.part), '[]'::json)
                    ) ORDER BY ap.part)
               FROM attendance_parts ap
               CROSS JOIN LATERAL (
                 SELECT ap.starts_at - make_interval(mins => p.signing_opens_before_minutes) AS opens_at,
                        ap.ends_at + make_interval(mins => p.signing_closes_after_minutes) AS closes_at
               ) w
              WHERE ap.session_id = s.id) AS parts
       FROM sessions s
       JOIN cohorts c ON c.id = s.cohort_id
       JOIN programmes p ON p.id = c.programme_id
       LEFT JOIN course_modules cm ON cm.id = s.module_id
       LEFT JOIN rooms r ON r.id = s.room_id
      WHERE s.id = :sessionId AND s.parent_id IS NULL AND ${access.sql}`,
    { ...access.params, sessionId },
  );
  if (!row) throw notFound('session');
  return {
    id: row.id,
    title: row.title,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    cancelled: row.status === 'cancelled',
    online: row.room_id === null && row.online_url !== null,
    roomName: row.room_name,
    cohortId: row.cohort_id,
    cohortName: row.cohort_name,
    programmeTitle: row.programme_title,
    moduleTitle: row.module_title,
    timeZone: row.time_zone,
    now: row.now,
    parts: (row.parts ?? []).map((p) => ({
      part: p.part,
      startsAt: new Date(p.starts_at),
      endsAt: new Date(p.ends_at),
      opensAt: new Date(p.opens_at),
      closesAt: new Date(p.closes_at),
      open: p.open,
      opened: p.opened,
      held: p.held,
      taken: p.taken,
      certifications: p.certifications.map((c) => ({
        instructorId: c.instructor_id,
        displayName: c.display_name,
        signedAt: new Date(c.signed_at),
      })),
    })),
  };
}

/** The part of the session, or 400 `attendance.part_invalid` (e.g. part 1 of a short session). */
export function partOf(session: AttendanceSession, part: number): SessionPart {
  const found = session.parts.find((p) => p.part === part);
  if (!found) {
    throw badRequest('attendance.part_invalid', `This session has no part ${part}.`, [
      {
        field: 'part',
        code: 'attendance.part_invalid',
        message: `parts: ${session.parts.map((p) => p.part).join(', ')}`,
      },
    ]);
  }
  return found;
}

/** The part whose signing is open now (the later one if two windows meet), or null. */
export function currentPart(session: AttendanceSession): SessionPart | null {
  return [...session.parts].reverse().find((p) => p.open) ?? null;
}

export function toSessionDto(s: AttendanceSession): AttendanceSessionDto {
  return {
    id: s.id,
    title: s.title,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    cancelled: s.cancelled,
    online: s.online,
    roomName: s.roomName,
    cohortId: s.cohortId,
    cohortName: s.cohortName,
    programmeTitle: s.programmeTitle,
    moduleTitle: s.moduleTitle,
    timeZone: s.timeZone,
  };
}

export function toPartDto(p: SessionPart): AttendancePartDto {
  return {
    part: p.part,
    startsAt: p.startsAt.toISOString(),
    endsAt: p.endsAt.toISOString(),
    opensAt: p.opensAt.toISOString(),
    closesAt: p.closesAt.toISOString(),
    open: p.open,
    held: p.held,
    taken: p.taken,
    certifications: p.certifications.map((c) => ({
      instructor: { id: c.instructorId, displayName: c.displayName },
      signedAt: c.signedAt.toISOString(),
    })),
  };
}
