import { type Routes } from '@angular/router';

export const studentRoutes: Routes = [
  {
    path: '',
    title: 'title.home',
    loadComponent: () => import('./home/student-home.page').then((m) => m.StudentHomePage),
  },
  {
    path: 'project',
    loadChildren: () => import('../projects/projects.routes').then((m) => m.studentProjectRoutes),
  },
];
