import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { attendanceManageable, enrolmentCountsSql, type Viewer } from '../common/access';
import { badRequest, conflict } from '../common/problem';
import { namedQuery } from '../common/sql';
import {
  type AttendanceSession,
  currentPart,
  loadAttendanceSession,
  partOf,
  toPartDto,
  toSessionDto,
} from './attendance-session';
import type {
  AttendanceMarkDto,
  AttendanceRosterDto,
  RosterStudentDto,
  TakeAttendanceDto,
} from './dto/attendance.dto';

interface StudentRow {
  id: string;
  display_name: string;
  records: {
    part: number;
    status: AttendanceMarkDto['status'];
    excuse_reason: string | null;
    signed_at: string | null;
    signature_method: AttendanceMarkDto['signatureMethod'];
  }[];
}

/**
 * Who is expected at a session of cohort `:cohortId` (`:sessionId`): its active students, and
 * anyone who already has a record there (a student who withdrew since keeps their line).
 */
export const EXPECTED_SQL = `(${enrolmentCountsSql('e', 'acts')}
  OR EXISTS (SELECT 1 FROM attendance_records x
              WHERE x.session_id = :sessionId AND x.student_id = e.student_id))`;

/**
 * The instructor's roster: per expected student and part, the status, the signature and the
 * excuse; and taking attendance for many students at once. Two queries a read (the live view
 * polls it every few seconds, on whichever API instance), all state in PostgreSQL.
 */
@Injectable()
export class RosterService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async roster(viewer: Viewer, sessionId: string): Promise<AttendanceRosterDto> {
    const session = await loadAttendanceSession(
      this.db.manager,
      sessionId,
      attendanceManageable(viewer),
    );
    return this.build(this.db.manager, session);
  }

  /**
   * Sets the status of many students for one part (e.g. everyone present, then the
   * exceptions), from the opening of its signing window. `excused` needs a reason; a student
   * who is not expected at the session refuses the whole request.
   */
  async take(
    viewer: Viewer,
    sessionId: string,
    dto: TakeAttendanceDto,
  ): Promise<AttendanceRosterDto> {
    const ids = dto.entries.map((e) => e.studentId);
    if (new Set(ids).size !== ids.length) {
      throw badRequest('validation', 'A student is listed twice.', [
        { field: 'entries', code: 'arrayUnique', message: 'each student once' },
      ]);
    }
    const missing = dto.entries.findIndex((e) => e.status === 'excused' && !e.excuseReason);
    if (missing >= 0) {
      throw badRequest('attendance.reason_required', 'An excused absence needs a reason.', [
        {
          field: `entries.${missing}.excuseReason`,
          code: 'attendance.reason_required',
          message: 'excuseReason is required when excused',
        },
      ]);
    }
    return this.db.transaction(async (m) => {
      const session = await loadAttendanceSession(m, sessionId, attendanceManageable(viewer));
      if (session.cancelled) {
        throw conflict('attendance.session_cancelled', 'This session was cancelled.');
      }
      const part = partOf(session, dto.part);
      if (!part.opened) {
        throw conflict(
          'attendance.too_early',
          'Attendance is taken from the signing window’s opening.',
          {
            opensAt: part.opensAt.toISOString(),
          },
        );
      }
      const saved = await namedQuery<{ student_id: string }>(
        m,
        `INSERT INTO attendance_records
                (session_id, student_id, part, status, excuse_reason, recorded_by_id)
         SELECT :sessionId, i.student_id, :part, i.status, i.reason, :author
           FROM unnest(:ids::uuid[], :statuses::text[], :reasons::text[]) AS i(student_id, status, reason)
          WHERE EXISTS (SELECT 1 FROM enrolments e
                         WHERE e.cohort_id = :cohortId AND e.student_id = i.student_id
                           AND ${EXPECTED_SQL})
         ON CONFLICT (session_id, student_id, part) DO UPDATE
            SET status = EXCLUDED.status, excuse_reason = EXCLUDED.excuse_reason,
                recorded_by_id = EXCLUDED.recorded_by_id, updated_at = now()
         RETURNING student_id`,
        {
          sessionId,
          cohortId: session.cohortId,
          part: dto.part,
          author: viewer.id,
          ids,
          statuses: dto.entries.map((e) => e.status),
          reasons: dto.entries.map((e) => (e.status === 'excused' ? e.excuseReason : null)),
        },
      );
      if (saved.length !== ids.length) {
        const found = new Set(saved.map((r) => r.student_id));
        const index = ids.findIndex((id) => !found.has(id));
        throw badRequest('attendance.not_enrolled', 'A student is not in this session’s cohort.', [
          {
            field: `entries.${index}.studentId`,
            code: 'attendance.not_enrolled',
            message: 'not an active student of the cohort',
          },
        ]);
      }
      return this.build(m, await loadAttendanceSession(m, sessionId, attendanceManageable(viewer)));
    });
  }

  private async build(m: EntityManager, session: AttendanceSession): Promise<AttendanceRosterDto> {
    const rows = await namedQuery<StudentRow>(
      m,
      `SELECT u.id, u.display_name,
              COALESCE(json_agg(json_build_object(
                'part', r.part, 'status', r.status, 'excuse_reason', r.excuse_reason,
                'signed_at', r.signed_at, 'signature_method', r.signature_method))
                FILTER (WHERE r.part IS NOT NULL), '[]'::json) AS records
         FROM enrolments e
         JOIN users u ON u.id = e.student_id
         LEFT JOIN attendance_records r ON r.session_id = :sessionId AND r.student_id = e.student_id
        WHERE e.cohort_id = :cohortId AND ${EXPECTED_SQL}
        GROUP BY u.id, u.display_name
        ORDER BY u.display_name COLLATE "und-x-icu", u.id`,
      { sessionId: session.id, cohortId: session.cohortId },
    );
    const current = currentPart(session);
    return {
      session: toSessionDto(session),
      parts: session.parts.map(toPartDto),
      currentPart: current?.part ?? null,
      students: rows.map((r) => toRosterStudent(r, session)),
      now: session.now.toISOString(),
    };
  }
}

function toRosterStudent(row: StudentRow, session: AttendanceSession): RosterStudentDto {
  return {
    student: { id: row.id, displayName: row.display_name },
    marks: session.parts.map((p) => {
      const r = row.records.find((x) => x.part === p.part);
      return {
        part: p.part,
        status: r?.status ?? null,
        excuseReason: r?.excuse_reason ?? null,
        signedAt: r?.signed_at ? new Date(r.signed_at).toISOString() : null,
        signatureMethod: r?.signature_method ?? null,
      };
    }),
  };
}
