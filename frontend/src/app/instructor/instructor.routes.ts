import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

export const instructorRoutes: Routes = [
  {
    path: '',
    title: 'title.home',
    providers: [provideTranslocoScope('home')],
    loadComponent: () => import('./home/instructor-home.page').then((m) => m.InstructorHomePage),
  },
  {
    path: 'calendar',
    loadChildren: () => import('../scheduling/scheduling.routes').then((m) => m.calendarRoutes),
  },
  {
    path: 'sessions',
    loadChildren: () => import('../scheduling/scheduling.routes').then((m) => m.sessionRoutes),
  },
  {
    path: 'rooms',
    loadChildren: () => import('../scheduling/scheduling.routes').then((m) => m.roomRoutes),
  },
  {
    path: 'speakers',
    loadChildren: () => import('../speakers/speakers.routes').then((m) => m.speakersRoutes),
  },
  {
    path: 'invitations',
    loadChildren: () => import('../scheduling/scheduling.routes').then((m) => m.invitationRoutes),
  },
  {
    path: 'projects',
    loadChildren: () => import('../projects/projects.routes').then((m) => m.tutorProjectRoutes),
  },
  {
    path: 'gradebook',
    loadChildren: () => import('../assessments/assessments.routes').then((m) => m.gradebookRoutes),
  },
  {
    path: 'attendance',
    loadChildren: () =>
      import('../attendance/attendance.routes').then((m) => m.staffAttendanceRoutes),
  },
  {
    path: 'cohorts',
    loadChildren: () => import('../cohorts/cohorts.routes').then((m) => m.instructorCohortsRoutes),
  },
  {
    path: 'progress',
    loadChildren: () =>
      import('../progress/progress.routes').then((m) => m.instructorProgressRoutes),
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
