import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { attendanceReadable, type Viewer } from '../common/access';
import { isCalendarDate } from '../common/dates';
import { type PdfFile, renderPdf } from '../common/pdf/pdf';
import { notFound, ProblemException } from '../common/problem';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import { attendanceRate } from './attendance-rate';
import type { AttendanceStatus, SignatureMethod } from './attendance-record.entity';
import { signatureCell, statusText } from './attendance-sheets.service';
import { formatRate, SheetClock, SHEET_TEXTS } from './attendance-texts';
import type { ModuleAttendanceDto, StudentAttendanceDto } from './dto/attendance.dto';

interface ContextRow {
  student_id: string;
  display_name: string;
  cohort_id: string;
  cohort_name: string;
  programme_title: string;
  time_zone: string;
  threshold: string | null;
  excused_absent: boolean;
  now: Date;
}

interface LineRow {
  session_id: string;
  part: number;
  title: string;
  module_id: string | null;
  module_title: string | null;
  starts_at: Date;
  ends_at: Date;
  minutes: number;
  status: AttendanceStatus;
  excuse_reason: string | null;
  signed_at: Date | null;
  signature_method: SignatureMethod | null;
  signature?: string | null;
}

const MONTH_FILE = /^(\d{4}-\d{2})\.pdf$/;

/**
 * A student's attendance in a cohort: per held and taken part (the `attendance_outcomes`
 * view, no record counting absent), per module and overall rates under the programme's
 * attendance rule; and the month's statement as a PDF for a work-study employer.
 */
@Injectable()
export class StudentAttendanceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async summary(
    viewer: Viewer,
    cohortId: string,
    studentId: string,
  ): Promise<StudentAttendanceDto> {
    const context = await this.context(viewer, cohortId, studentId);
    const lines = await this.lines(cohortId, studentId, null, false, context.time_zone);
    const overall = attendanceRate(lines, context.excused_absent);
    const modules = new Map<
      string,
      { title: string | null; id: string | null; lines: LineRow[] }
    >();
    for (const line of lines) {
      const key = line.module_id ?? '';
      const entry = modules.get(key) ?? { id: line.module_id, title: line.module_title, lines: [] };
      entry.lines.push(line);
      modules.set(key, entry);
    }
    return {
      student: { id: context.student_id, displayName: context.display_name },
      cohortId,
      timeZone: context.time_zone,
      excusedCountAsAbsent: context.excused_absent,
      minimumPercent: context.threshold === null ? null : Number(context.threshold),
      overall,
      modules: [...modules.values()].map((m): ModuleAttendanceDto => ({
        moduleId: m.id,
        moduleTitle: m.title,
        ...attendanceRate(m.lines, context.excused_absent),
        present: m.lines.filter((l) => l.status === 'present').length,
        late: m.lines.filter((l) => l.status === 'late').length,
        excused: m.lines.filter((l) => l.status === 'excused').length,
        absent: m.lines.filter((l) => l.status === 'absent').length,
      })),
      lines: [...lines].reverse().map((l) => ({
        sessionId: l.session_id,
        part: l.part,
        title: l.title,
        moduleTitle: l.module_title,
        startsAt: l.starts_at.toISOString(),
        endsAt: l.ends_at.toISOString(),
        status: l.status,
        excuseReason: l.excuse_reason,
        signedAt: l.signed_at?.toISOString() ?? null,
      })),
    };
  }

  /** `file` is `YYYY-MM.pdf`; anything else names nothing (404). */
  async month(
    viewer: Viewer,
    cohortId: string,
    studentId: string,
    file: string,
    lang: Language,
  ): Promise<PdfFile> {
    const match = MONTH_FILE.exec(file);
    if (!match || !isCalendarDate(`${match[1]}-01`))
      throw new ProblemException(HttpStatus.NOT_FOUND, 'not_found', 'No such month.');
    const month = match[1];
    const context = await this.context(viewer, cohortId, studentId);
    const lines = await this.lines(cohortId, studentId, month, true, context.time_zone);
    const t = SHEET_TEXTS[lang];
    const clock = new SheetClock(lang, context.time_zone);
    const rate = attendanceRate(lines, context.excused_absent);
    const body = await renderPdf({
      info: { title: `${t.monthTitle} – ${context.display_name} – ${month}` },
      pageSize: 'A4',
      pageMargins: [40, 40, 40, 50],
      footer: (page: number, pages: number) => ({
        text: `${t.generated(clock.dayTime(context.now))} · ${page}/${pages}`,
        alignment: 'center',
        fontSize: 8,
        color: '#666666',
      }),
      content: [
        { text: t.monthTitle, fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
        {
          layout: 'noBorders',
          table: {
            widths: [80, '*'],
            body: [
              [t.student, context.display_name],
              [t.programme, context.programme_title],
              [t.cohort, context.cohort_name],
              [t.month, clock.month(month)],
            ].map(([k, v]) => [{ text: k, bold: true }, v]),
          },
          margin: [0, 0, 0, 10],
        },
        lines.length === 0
          ? { text: t.noLines }
          : {
              table: {
                headerRows: 1,
                widths: [95, '*', 80, 110],
                body: [
                  [t.date, t.session, t.status, t.signature].map((h) => ({ text: h, bold: true })),
                  ...lines.map((l) => [
                    {
                      stack: [clock.day(l.starts_at), clock.range(l.starts_at, l.ends_at)],
                      fontSize: 9,
                    },
                    { stack: [l.title, { text: l.module_title ?? '', fontSize: 8 }] },
                    statusText(t, l.status, l.excuse_reason),
                    signatureCell(t, clock, { ...l, signature: l.signature ?? null }),
                  ]),
                ],
              },
            },
        {
          text: rate.rate === null ? t.noRate : t.rate(formatRate(rate.rate, lang)),
          margin: [0, 10, 0, 0],
          bold: true,
        },
      ],
    });
    const name = context.display_name.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-');
    return { fileName: `presences-${name}-${month}.pdf`, body };
  }

  private async context(viewer: Viewer, cohortId: string, studentId: string): Promise<ContextRow> {
    const readable = attendanceReadable(viewer, 'c.id', 'e.student_id');
    const [row] = await namedQuery<ContextRow>(
      this.db.manager,
      `SELECT e.student_id, u.display_name, c.id AS cohort_id, c.name AS cohort_name,
              p.title AS programme_title, p.time_zone, dr.threshold,
              COALESCE(dr.excused_count_as_absent, false) AS excused_absent, now() AS now
         FROM cohorts c
         JOIN programmes p ON p.id = c.programme_id
         JOIN enrolments e ON e.cohort_id = c.id AND e.student_id = :studentId
         JOIN users u ON u.id = e.student_id
         LEFT JOIN LATERAL (
           SELECT d.threshold, d.excused_count_as_absent FROM diploma_rules d
            WHERE d.programme_id = p.id AND d.kind = 'attendance'
            ORDER BY d.position LIMIT 1) dr ON true
        WHERE c.id = :cohortId AND ${readable.sql}`,
      { ...readable.params, cohortId, studentId },
    );
    if (!row) throw notFound('enrolment');
    return row;
  }

  /** Held, taken parts of the student, oldest first; with `month`, that month only (local). */
  private lines(
    cohortId: string,
    studentId: string,
    month: string | null,
    withSignatures: boolean,
    timeZone: string,
  ): Promise<LineRow[]> {
    return namedQuery<LineRow>(
      this.db.manager,
      `SELECT o.session_id, o.part, s.title, o.module_id, cm.title AS module_title, o.starts_at,
              o.ends_at, o.minutes, o.status, r.excuse_reason, r.signed_at, r.signature_method
              ${withSignatures ? `, encode(r.signature_png, 'base64') AS signature` : ''}
         FROM attendance_outcomes o
         JOIN sessions s ON s.id = o.session_id
         LEFT JOIN course_modules cm ON cm.id = o.module_id
         LEFT JOIN attendance_records r ON r.session_id = o.session_id AND r.part = o.part
                                       AND r.student_id = o.student_id
        WHERE o.cohort_id = :cohortId AND o.student_id = :studentId
          ${
            month
              ? `AND o.starts_at >= (:first::date::timestamp AT TIME ZONE :zone)
                 AND o.starts_at < ((:first::date + interval '1 month')::timestamp AT TIME ZONE :zone)`
              : ''
          }
        ORDER BY o.starts_at, o.part`,
      { cohortId, studentId, first: month ? `${month}-01` : null, zone: timeZone },
    );
  }
}
