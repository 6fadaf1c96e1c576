import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Instructor and admin: /…/gradebook?cohort=&module=. */
export const gradebookRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('assessments')],
    title: 'title.gradebook',
    loadComponent: () => import('./gradebook.page').then((m) => m.GradebookPage),
  },
];
