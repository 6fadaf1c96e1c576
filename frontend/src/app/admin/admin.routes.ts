import { type Routes } from '@angular/router';

export const adminRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'title.home',
    loadComponent: () => import('./home/admin-home.page').then((m) => m.AdminHomePage),
  },
  {
    path: 'users',
    title: 'title.users',
    loadComponent: () => import('./users/users.page').then((m) => m.UsersPage),
  },
];
