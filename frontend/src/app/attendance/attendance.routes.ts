import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Attendance (émargement); texts from the `attendance` scope. */
const scope = provideTranslocoScope('attendance');

/** Admins and instructors: /<area>/attendance/:sessionId (roster) and …/qr (the room's code). */
export const staffAttendanceRoutes: Routes = [
  {
    path: '',
    providers: [scope],
    children: [
      {
        path: ':sessionId',
        title: 'title.attendance',
        loadComponent: () =>
          import('./roster/attendance-roster.page').then((m) => m.AttendanceRosterPage),
      },
      {
        path: ':sessionId/qr',
        title: 'title.attendanceQr',
        loadComponent: () => import('./qr/attendance-qr.page').then((m) => m.AttendanceQrPage),
      },
    ],
  },
];

/** Students: /student/attendance, their own rates. */
export const studentAttendanceRoutes: Routes = [
  {
    path: '',
    title: 'title.myAttendance',
    providers: [scope],
    loadComponent: () => import('./mine/my-attendance.page').then((m) => m.MyAttendancePage),
  },
];

/** /sign/:sessionId?t=<code>: where the room's QR code leads (signed-in students). */
export const signRoutes: Routes = [
  {
    path: ':sessionId',
    title: 'title.sign',
    providers: [scope],
    loadComponent: () => import('./sign/sign.page').then((m) => m.SignPage),
  },
];
