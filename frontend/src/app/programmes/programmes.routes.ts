import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Admin: /admin/programmes… (the `programmes` and `cohorts` texts are scoped). */
export const programmesRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('programmes', 'cohorts')],
    children: [
      {
        path: '',
        title: 'title.programmes',
        loadComponent: () => import('./programmes.page').then((m) => m.ProgrammesPage),
      },
      {
        path: 'new',
        title: 'title.programmeNew',
        loadComponent: () => import('./programme-form.page').then((m) => m.ProgrammeFormPage),
      },
      {
        path: ':id',
        title: 'title.programme',
        loadComponent: () => import('./programme.page').then((m) => m.ProgrammePage),
      },
      {
        path: ':id/edit',
        title: 'title.programmeEdit',
        loadComponent: () => import('./programme-form.page').then((m) => m.ProgrammeFormPage),
      },
    ],
  },
];
