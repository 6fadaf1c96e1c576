import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Admin: /admin/cohorts… */
export const cohortsRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('cohorts')],
    children: [
      {
        path: '',
        title: 'title.cohorts',
        loadComponent: () => import('./cohorts.page').then((m) => m.CohortsPage),
      },
      {
        path: 'new',
        title: 'title.cohortNew',
        loadComponent: () => import('./cohort-form.page').then((m) => m.CohortFormPage),
      },
      {
        path: ':id',
        title: 'title.cohort',
        loadComponent: () => import('./cohort.page').then((m) => m.CohortPage),
      },
      {
        path: ':id/edit',
        title: 'title.cohortEdit',
        loadComponent: () => import('./cohort-form.page').then((m) => m.CohortFormPage),
      },
      {
        path: ':id/import',
        title: 'title.cohortImport',
        loadComponent: () => import('./import/import.page').then((m) => m.ImportPage),
      },
    ],
  },
];

/** Instructor: /instructor/cohorts/:id, the roster of a cohort they teach, read-only. */
export const instructorCohortsRoutes: Routes = [
  {
    path: ':id',
    title: 'title.cohort',
    providers: [provideTranslocoScope('cohorts')],
    data: { readOnly: true },
    loadComponent: () => import('./cohort.page').then((m) => m.CohortPage),
  },
];
