import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

export const studentRoutes: Routes = [
  {
    path: '',
    title: 'title.home',
    providers: [provideTranslocoScope('home')],
    loadComponent: () => import('./home/student-home.page').then((m) => m.StudentHomePage),
  },
  {
    path: 'calendar',
    loadChildren: () => import('../scheduling/scheduling.routes').then((m) => m.calendarRoutes),
  },
  {
    path: 'sessions',
    loadChildren: () =>
      import('../scheduling/scheduling.routes').then((m) => m.studentSessionRoutes),
  },
  {
    path: 'project',
    loadChildren: () => import('../projects/projects.routes').then((m) => m.studentProjectRoutes),
  },
  {
    path: 'attendance',
    loadChildren: () =>
      import('../attendance/attendance.routes').then((m) => m.studentAttendanceRoutes),
  },
  {
    path: 'diploma',
    loadChildren: () => import('../diplomas/diplomas.routes').then((m) => m.studentDiplomaRoutes),
  },
  {
    path: 'results',
    loadChildren: () => import('../progress/progress.routes').then((m) => m.studentProgressRoutes),
  },
  {
    path: 'notifications',
    loadChildren: () =>
      import('../notifications/notifications.routes').then((m) => m.notificationRoutes),
  },
  {
    path: 'settings/notifications',
    loadChildren: () =>
      import('../notifications/notifications.routes').then((m) => m.notificationSettingsRoutes),
  },
  {
    path: 'veille',
    loadChildren: () => import('../veille/veille.routes').then((m) => m.veilleRoutes),
  },
];
