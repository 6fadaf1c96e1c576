import { type Routes } from '@angular/router';

export const instructorRoutes: Routes = [
  {
    path: '',
    title: 'title.home',
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
    path: 'cohorts',
    loadChildren: () => import('../cohorts/cohorts.routes').then((m) => m.instructorCohortsRoutes),
  },
];
