import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** The calendar, sessions and rooms; texts from the `scheduling` scope. */
const scope = provideTranslocoScope('scheduling');

/** /<area>/calendar: week, month and agenda, for every role. */
export const calendarRoutes: Routes = [
  {
    path: '',
    title: 'title.calendar',
    providers: [scope],
    loadComponent: () => import('./calendar/calendar.page').then((m) => m.CalendarPage),
  },
];

/** Admins and instructors: /<area>/sessions… (plan, edit, invite speakers). */
export const sessionRoutes: Routes = [
  {
    path: '',
    providers: [scope],
    children: [
      {
        path: 'new',
        title: 'title.sessionNew',
        loadComponent: () =>
          import('./session-form/session-form.page').then((m) => m.SessionFormPage),
      },
      {
        path: ':id',
        title: 'title.session',
        loadComponent: () => import('./session/session.page').then((m) => m.SessionPage),
      },
      {
        path: ':id/edit',
        title: 'title.sessionEdit',
        loadComponent: () =>
          import('./session-form/session-form.page').then((m) => m.SessionFormPage),
      },
      {
        path: ':id/invitations/:invitationId',
        title: 'title.invitation',
        loadComponent: () => import('./invitation/invitation.page').then((m) => m.InvitationPage),
      },
    ],
  },
];

/** Students: /student/sessions/:id, the session or talk page with the synthesis. */
export const studentSessionRoutes: Routes = [
  {
    path: '',
    providers: [scope],
    children: [
      {
        path: ':id',
        title: 'title.session',
        loadComponent: () => import('./session/session.page').then((m) => m.SessionPage),
      },
    ],
  },
];

/** Admins and instructors: /<area>/invitations, every invitation to follow to the talk. */
export const invitationRoutes: Routes = [
  {
    path: '',
    title: 'title.invitations',
    providers: [scope],
    loadComponent: () => import('./invitations/invitations.page').then((m) => m.InvitationsPage),
  },
];

/** Admins and instructors: /<area>/rooms. */
export const roomRoutes: Routes = [
  {
    path: '',
    title: 'title.rooms',
    providers: [scope],
    loadComponent: () => import('./rooms/rooms.page').then((m) => m.RoomsPage),
  },
];
