import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type components } from '../core/api/schema';

type Schemas = components['schemas'];
export type AttendanceRoster = Schemas['AttendanceRosterDto'];
export type AttendancePart = Schemas['AttendancePartDto'];
export type AttendanceMark = Schemas['AttendanceMarkDto'];
export type AttendanceStatus = NonNullable<AttendanceMark['status']>;
/** 0: the whole session; 1 morning, 2 afternoon of a full course day. */
export type AttendancePartNo = AttendanceMark['part'];
export type RosterStudent = Schemas['RosterStudentDto'];
export type AttendanceQr = Schemas['AttendanceQrDto'];
export type MyAttendance = Schemas['MyAttendanceDto'];
export type StudentAttendance = Schemas['StudentAttendanceDto'];
export type TakeAttendanceRequest = Schemas['TakeAttendanceDto'];
export type AttendanceEntry = Schemas['AttendanceEntryDto'];
export type SignAttendanceRequest = Schemas['SignAttendanceDto'];

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = [
  'present',
  'late',
  'excused',
  'absent',
];

const session = (id: string) => `/api/sessions/${encodeURIComponent(id)}/attendance`;

/** Attendance (émargement): the roster, the room's code, signing, the sheets and the rates. */
@Injectable({ providedIn: 'root' })
export class AttendanceApiService {
  private readonly http = inject(HttpClient);

  /** Staff: the roster (polled by the live views: state lives in the database). */
  roster(sessionId: string): Observable<AttendanceRoster> {
    return this.http.get<AttendanceRoster>(session(sessionId));
  }

  /** Staff: sets many students' status for one part at once. */
  take(sessionId: string, body: TakeAttendanceRequest): Observable<AttendanceRoster> {
    return this.http.put<AttendanceRoster>(session(sessionId), body);
  }

  /** Staff: the signing code of the part open now (changes every 30 s). */
  qr(sessionId: string): Observable<AttendanceQr> {
    return this.http.get<AttendanceQr>(`${session(sessionId)}/qr`);
  }

  /** Staff: certifies a part's sheet with a drawn signature (PNG data URL). */
  certify(sessionId: string, part: number, signature: string): Observable<void> {
    return this.http.post<void>(`${session(sessionId)}/certify`, { part, signature });
  }

  /** Staff: the PDF sheet of a part, in a language. */
  sheetUrl(sessionId: string, part: number, lang: string): string {
    return `${session(sessionId)}/parts/${part}/sheet.pdf?lang=${encodeURIComponent(lang)}`;
  }

  /** Student: my signing at a session. */
  mine(sessionId: string): Observable<MyAttendance> {
    return this.http.get<MyAttendance>(`${session(sessionId)}/mine`);
  }

  /** Student: signs for a part (with the room's code, or online without). */
  sign(body: SignAttendanceRequest): Observable<AttendanceMark> {
    return this.http.post<AttendanceMark>('/api/attendance/sign', body);
  }

  /** A student's rates and lines in a cohort (the student themself, or staff). */
  student(cohortId: string, studentId: string): Observable<StudentAttendance> {
    return this.http.get<StudentAttendance>(studentUrl(cohortId, studentId));
  }

  /** The month's statement (PDF) of a student, `month` as YYYY-MM. */
  monthUrl(cohortId: string, studentId: string, month: string, lang: string): string {
    return `${studentUrl(cohortId, studentId)}/${month}.pdf?lang=${encodeURIComponent(lang)}`;
  }
}

const studentUrl = (cohortId: string, studentId: string) =>
  `/api/cohorts/${encodeURIComponent(cohortId)}/students/${encodeURIComponent(studentId)}/attendance`;
