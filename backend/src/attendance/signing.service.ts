import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import {
  attendanceManageable,
  attendanceOwnSession,
  attendanceSelf,
  attendanceSignable,
  type Viewer,
} from '../common/access';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { badRequest, conflict } from '../common/problem';
import { namedQuery } from '../common/sql';
import { APP_CONFIG, AppConfig } from '../config/config';
import {
  type AttendanceSession,
  currentPart,
  loadAttendanceSession,
  partOf,
  type SessionPart,
  toPartDto,
  toSessionDto,
} from './attendance-session';
import type {
  AttendanceMarkDto,
  AttendanceQrDto,
  CertifyAttendanceDto,
  MyAttendanceDto,
  SignAttendanceDto,
} from './dto/attendance.dto';
import { qrExpiresAt, qrToken, qrTokenValid, qrWindow } from './qr-token';
import { parseSignaturePng } from './signature-png';

/** A signature later than this after the part's start marks the student late. */
export const LATE_AFTER_MINUTES = 15;

interface MarkRow {
  part: number;
  status: AttendanceMarkDto['status'];
  excuse_reason: string | null;
  signed_at: Date | null;
  signature_method: AttendanceMarkDto['signatureMethod'];
}

const toMark = (r: MarkRow): AttendanceMarkDto => ({
  part: r.part,
  status: r.status,
  excuseReason: r.excuse_reason,
  signedAt: r.signed_at?.toISOString() ?? null,
  signatureMethod: r.signature_method,
});

const signatureInvalid = () =>
  badRequest(
    'attendance.signature_invalid',
    'The signature must be a PNG image (at most 256 KiB).',
    [{ field: 'signature', code: 'attendance.signature_invalid', message: 'a PNG data URL' }],
  );

/**
 * Signing in (émargement): the rotating code shown in the room, the student's signature (drawn
 * or confirmed) while the part's window is open, once (the database keeps the first), and the
 * instructor's certification of the sheet.
 */
@Injectable()
export class SigningService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The code of the part open now, for the QR shown in the room; it changes every 30 s. */
  async qr(viewer: Viewer, sessionId: string): Promise<AttendanceQrDto> {
    const session = await loadAttendanceSession(
      this.db.manager,
      sessionId,
      attendanceManageable(viewer),
    );
    const part = this.openPart(session, currentPart(session));
    const window = qrWindow(session.now);
    const token = qrToken(this.config.APP_SECRET, session.id, part.part, window);
    const url = new URL(`/sign/${session.id}`, this.config.PUBLIC_URL);
    url.searchParams.set('t', token);
    return {
      part: part.part,
      token,
      url: url.toString(),
      expiresAt: qrExpiresAt(window).toISOString(),
      qrDataUrl: await QRCode.toDataURL(url.toString(), {
        errorCorrectionLevel: 'M',
        margin: 2,
        width: 480,
      }),
    };
  }

  /** The student's own view of a session's signing: parts, windows, their marks. */
  async mine(viewer: Viewer, sessionId: string): Promise<MyAttendanceDto> {
    const session = await loadAttendanceSession(
      this.db.manager,
      sessionId,
      attendanceOwnSession(viewer),
    );
    const self = attendanceSelf(viewer, 'r.student_id');
    const rows = await namedQuery<MarkRow>(
      this.db.manager,
      `SELECT r.part, r.status, r.excuse_reason, r.signed_at, r.signature_method
         FROM attendance_records r WHERE r.session_id = :sessionId AND ${self.sql}`,
      { ...self.params, sessionId },
    );
    return {
      session: toSessionDto(session),
      parts: session.parts.map(toPartDto),
      currentPart: currentPart(session)?.part ?? null,
      tokenRequired: !session.online,
      marks: session.parts.map((p) =>
        toMark(
          rows.find((r) => r.part === p.part) ?? {
            part: p.part,
            status: null,
            excuse_reason: null,
            signed_at: null,
            signature_method: null,
          },
        ),
      ),
    };
  }

  /**
   * The student signs for themselves, while the part's window is open, with the room's code
   * (in-room sessions). The signature marks them present, or late past the start + 15 min;
   * a second signature finds the row signed and is refused (also when both arrive at once:
   * the upsert's `WHERE signed_at IS NULL` sees the first one's row).
   */
  async sign(viewer: Viewer, dto: SignAttendanceDto): Promise<AttendanceMarkDto> {
    const session = await loadAttendanceSession(
      this.db.manager,
      dto.sessionId,
      attendanceSignable(viewer),
    );
    const part = this.openPart(session, partOf(session, dto.part));
    if (
      !session.online &&
      !(
        dto.token &&
        qrTokenValid(this.config.APP_SECRET, session.id, part.part, dto.token, session.now)
      )
    ) {
      throw badRequest(
        'attendance.token_invalid',
        'This code is not valid or has expired: scan the code shown in the room again.',
        [{ field: 'token', code: 'attendance.token_invalid', message: 'scan the code again' }],
      );
    }
    let png: Buffer | null = null;
    if (dto.method === 'drawn') {
      png = dto.signature ? parseSignaturePng(dto.signature) : null;
      if (!png) throw signatureInvalid();
    } else if (dto.signature !== undefined) {
      throw signatureInvalid();
    }
    const [row] = await namedQuery<MarkRow>(
      this.db.manager,
      `INSERT INTO attendance_records AS r
              (session_id, student_id, part, status, signed_at, signature_method, signature_png,
               recorded_by_id)
       VALUES (:sessionId, :student, :part,
               CASE WHEN now() > :startsAt::timestamptz + make_interval(mins => :late)
                    THEN 'late' ELSE 'present' END,
               now(), :method, :png, :student)
       ON CONFLICT (session_id, student_id, part) DO UPDATE
          SET status = EXCLUDED.status, excuse_reason = NULL, signed_at = EXCLUDED.signed_at,
              signature_method = EXCLUDED.signature_method, signature_png = EXCLUDED.signature_png,
              recorded_by_id = EXCLUDED.recorded_by_id, updated_at = now()
        WHERE r.signed_at IS NULL
       RETURNING r.part, r.status, r.excuse_reason, r.signed_at, r.signature_method`,
      {
        sessionId: session.id,
        student: viewer.id,
        part: part.part,
        startsAt: part.startsAt,
        late: LATE_AFTER_MINUTES,
        method: dto.method,
        png,
      },
    );
    if (!row) {
      throw conflict('attendance.already_signed', 'You have already signed for this part.');
    }
    return toMark(row);
  }

  /** The instructor certifies the sheet of a part with a drawn signature, once it has begun. */
  async certify(viewer: Viewer, sessionId: string, dto: CertifyAttendanceDto): Promise<void> {
    const session = await loadAttendanceSession(
      this.db.manager,
      sessionId,
      attendanceManageable(viewer),
    );
    if (session.cancelled) {
      throw conflict('attendance.session_cancelled', 'This session was cancelled.');
    }
    const part = partOf(session, dto.part);
    if (session.now < part.startsAt) {
      throw conflict('attendance.too_early', 'The sheet is certified once the part has begun.', {
        opensAt: part.startsAt.toISOString(),
      });
    }
    const png = parseSignaturePng(dto.signature);
    if (!png) throw signatureInvalid();
    try {
      await namedQuery(
        this.db.manager,
        `INSERT INTO attendance_certifications (session_id, part, instructor_id, signature_png)
         VALUES (:sessionId, :part, :author, :png)`,
        { sessionId, part: part.part, author: viewer.id, png },
      );
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION)) {
        throw conflict('attendance.already_certified', 'You have already certified this sheet.');
      }
      throw error;
    }
  }

  private openPart(session: AttendanceSession, part: SessionPart | null): SessionPart {
    if (session.cancelled) {
      throw conflict('attendance.session_cancelled', 'This session was cancelled.');
    }
    if (!part?.open) {
      const next = session.parts.find((p) => p.opensAt > session.now);
      throw conflict('attendance.window_closed', 'Signing is not open for this session now.', {
        opensAt: next?.opensAt.toISOString() ?? null,
      });
    }
    return part;
  }
}
