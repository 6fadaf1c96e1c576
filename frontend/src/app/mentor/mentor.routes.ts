import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** /mentor/:token: the partner mentor's page, public, outside the app shell. */
export const mentorRoutes: Routes = [
  {
    path: ':token',
    title: 'title.mentor',
    providers: [provideTranslocoScope('projects')],
    loadComponent: () => import('./mentor.page').then((m) => m.MentorPage),
  },
];
