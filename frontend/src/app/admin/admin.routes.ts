import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

export const adminRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home',
    providers: [provideTranslocoScope('home')],
    loadComponent: () => import('./home/admin-home.page').then((m) => m.AdminHomePage),
  },
  {
    path: 'programmes',
    loadChildren: () => import('../programmes/programmes.routes').then((m) => m.programmesRoutes),
  },
  {
    path: 'cohorts',
    loadChildren: () => import('../cohorts/cohorts.routes').then((m) => m.cohortsRoutes),
  },
  {
    path: 'partners',
    loadChildren: () => import('../partners/partners.routes').then((m) => m.partnersRoutes),
  },
  {
    path: 'projects',
    loadChildren: () => import('../projects/projects.routes').then((m) => m.adminProjectRoutes),
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
    path: 'diplomas',
    loadChildren: () => import('../diplomas/diplomas.routes').then((m) => m.adminDiplomaRoutes),
  },
  {
    path: 'mail',
    loadChildren: () => import('../mailbox/mailbox.routes').then((m) => m.mailboxRoutes),
  },
  {
    path: 'users',
    title: 'title.users',
    loadComponent: () => import('./users/users.page').then((m) => m.UsersPage),
  },
  {
    path: 'progress',
    loadChildren: () => import('../progress/progress.routes').then((m) => m.adminProgressRoutes),
  },
  {
    path: 'juries',
    loadChildren: () => import('../juries/juries.routes').then((m) => m.juriesRoutes),
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
