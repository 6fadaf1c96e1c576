import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { attendanceManageable, type Viewer } from '../common/access';
import { type PdfFile, renderPdf } from '../common/pdf/pdf';
import type { Language } from '../common/role';
import { namedQuery } from '../common/sql';
import type { AttendanceStatus, SignatureMethod } from './attendance-record.entity';
import { loadAttendanceSession, partOf } from './attendance-session';
import { SheetClock, SHEET_TEXTS } from './attendance-texts';
import { EXPECTED_SQL } from './roster.service';

interface SheetRow {
  display_name: string;
  status: AttendanceStatus | null;
  excuse_reason: string | null;
  signed_at: Date | null;
  signature_method: SignatureMethod | null;
  signature: string | null;
}

/** A cell of a signature: the drawn image, or the words for a confirmed or missing one. */
export function signatureCell(
  texts: (typeof SHEET_TEXTS)[Language],
  clock: SheetClock,
  row: {
    signed_at: Date | null;
    signature_method: SignatureMethod | null;
    signature: string | null;
  },
): unknown {
  if (!row.signed_at) return { text: texts.notSigned, color: '#666666' };
  const when = { text: texts.signedAt(clock.time(row.signed_at)), fontSize: 8 };
  if (row.signature_method === 'drawn' && row.signature) {
    return { stack: [{ image: `data:image/png;base64,${row.signature}`, fit: [110, 32] }, when] };
  }
  return { stack: [{ text: texts.confirmed }, when] };
}

export function statusText(
  texts: (typeof SHEET_TEXTS)[Language],
  status: AttendanceStatus | null,
  reason: string | null,
): unknown {
  const label = texts.statuses[status ?? 'none'];
  return reason ? { stack: [label, { text: texts.excused(reason), fontSize: 8 }] } : label;
}

/**
 * The signed sheet (feuille d'émargement) of one part of a session, for funders: programme,
 * module, session, date and times in the programme's time zone, each student with their
 * signature or status and time, the instructor's certification.
 */
@Injectable()
export class AttendanceSheetsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async sheet(viewer: Viewer, sessionId: string, partNo: number, lang: Language): Promise<PdfFile> {
    const m = this.db.manager;
    const session = await loadAttendanceSession(m, sessionId, attendanceManageable(viewer));
    const part = partOf(session, partNo);
    const rows = await namedQuery<SheetRow>(
      m,
      `SELECT u.display_name, r.status, r.excuse_reason, r.signed_at, r.signature_method,
              encode(r.signature_png, 'base64') AS signature
         FROM enrolments e
         JOIN users u ON u.id = e.student_id
         LEFT JOIN attendance_records r ON r.session_id = :sessionId AND r.part = :part
                                       AND r.student_id = e.student_id
        WHERE e.cohort_id = :cohortId AND ${EXPECTED_SQL}
        ORDER BY u.display_name COLLATE "und-x-icu", u.id`,
      { sessionId, cohortId: session.cohortId, part: partNo },
    );
    const certifications = await namedQuery<{
      display_name: string;
      signed_at: Date;
      signature: string;
    }>(
      m,
      `SELECT u.display_name, ac.signed_at, encode(ac.signature_png, 'base64') AS signature
         FROM attendance_certifications ac JOIN users u ON u.id = ac.instructor_id
        WHERE ac.session_id = :sessionId AND ac.part = :part
        ORDER BY ac.signed_at, ac.instructor_id`,
      { sessionId, part: partNo },
    );
    const t = SHEET_TEXTS[lang];
    const clock = new SheetClock(lang, session.timeZone);
    const count = (s: AttendanceStatus) => rows.filter((r) => r.status === s).length;
    const facts: [string, string][] = [
      [t.programme, session.programmeTitle],
      [t.cohort, session.cohortName],
      [t.module, session.moduleTitle ?? '—'],
      [t.session, session.title],
      [t.date, clock.day(part.startsAt)],
      [t.time, `${clock.range(part.startsAt, part.endsAt)} (${t.part[part.part]})`],
      [t.room, session.roomName ?? (session.online ? t.online : '—')],
    ];
    const body = await renderPdf({
      info: { title: `${t.sheetTitle} – ${session.title}` },
      pageSize: 'A4',
      pageMargins: [40, 40, 40, 50],
      footer: (page: number, pages: number) => ({
        text: `${t.generated(clock.dayTime(session.now))} · ${page}/${pages}`,
        alignment: 'center',
        fontSize: 8,
        color: '#666666',
      }),
      content: [
        { text: t.sheetTitle, fontSize: 18, bold: true, margin: [0, 0, 0, 8] },
        ...(session.cancelled ? [{ text: t.cancelled, bold: true, color: '#b00020' }] : []),
        {
          layout: 'noBorders',
          table: {
            widths: [80, '*'],
            body: facts.map(([k, v]) => [{ text: k, bold: true }, v]),
          },
          margin: [0, 0, 0, 10],
        },
        {
          table: {
            headerRows: 1,
            widths: ['*', 110, 130],
            body: [
              [t.student, t.status, t.signature].map((h) => ({ text: h, bold: true })),
              ...rows.map((r) => [
                r.display_name,
                statusText(t, r.status, r.excuse_reason),
                signatureCell(t, clock, r),
              ]),
            ],
          },
        },
        {
          text: t.summary(count('present'), count('late'), count('excused'), count('absent')),
          margin: [0, 8, 0, 16],
        },
        { text: t.certification, bold: true, margin: [0, 0, 0, 4] },
        ...(certifications.length === 0
          ? [{ text: t.notCertified, color: '#666666' }]
          : certifications.map((c) => ({
              stack: [
                t.certifiedBy(c.display_name, clock.dayTime(c.signed_at)),
                { image: `data:image/png;base64,${c.signature}`, fit: [160, 50] },
              ],
              margin: [0, 0, 0, 8],
            }))),
      ],
    });
    const day = part.startsAt.toISOString().slice(0, 10);
    const suffix = part.part === 0 ? '' : `-${part.part}`;
    return { fileName: `emargement-${day}${suffix}.pdf`, body };
  }
}
