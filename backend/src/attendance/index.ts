/**
 * The public surface of the attendance domain. Its tables (attendance_records,
 * attendance_certifications) are written by it alone; other domains read the views
 * `attendance_parts` and `attendance_outcomes` in SQL (see the Attendance migration).
 */
export { AttendanceModule } from './attendance.module';
export { StudentAttendanceService } from './student-attendance.service';
export { attendanceRate, type Outcome, type Rate } from './attendance-rate';
export * from './attendance-record.entity';
export * from './attendance-certification.entity';
export { parseSignaturePng, pngDataUrl } from './signature-png';
