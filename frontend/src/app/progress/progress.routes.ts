import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Student: /student/results ("My results"). */
export const studentProgressRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('progress')],
    title: 'title.myResults',
    loadComponent: () => import('./my-results.page').then((m) => m.MyResultsPage),
  },
];

/** Staff: /<role>/progress?cohort= (the cohort table), /<role>/progress/:cohortId/students/:studentId. */
const staffProgressRoutes = (back: string): Routes => [
  {
    path: '',
    providers: [provideTranslocoScope('progress')],
    children: [
      {
        path: '',
        title: 'title.cohortProgress',
        loadComponent: () => import('./cohort-progress.page').then((m) => m.CohortProgressPage),
      },
      {
        path: ':cohortId/students/:studentId',
        title: 'title.studentResults',
        data: { back },
        loadComponent: () => import('./student-results.page').then((m) => m.StudentResultsPage),
      },
    ],
  },
];

export const instructorProgressRoutes = staffProgressRoutes('/instructor/progress');
export const adminProgressRoutes = staffProgressRoutes('/admin/progress');
