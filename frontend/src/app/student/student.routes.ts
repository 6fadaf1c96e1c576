import { type Routes } from '@angular/router';

export const studentRoutes: Routes = [
  {
    path: '',
    title: 'title.home',
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
];
