import { type Routes } from '@angular/router';

export const instructorRoutes: Routes = [
  {
    path: '',
    title: 'title.home',
    loadComponent: () => import('./home/instructor-home.page').then((m) => m.InstructorHomePage),
  },
  {
    path: 'projects',
    loadChildren: () => import('../projects/projects.routes').then((m) => m.tutorProjectRoutes),
  },
  {
    path: 'cohorts',
    loadChildren: () =>
      import('../cohorts/cohorts.routes').then((m) => m.instructorCohortsRoutes),
  },
];
