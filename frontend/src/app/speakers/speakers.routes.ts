import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Admins and instructors: /<area>/speakers…, the directory of guest speakers. */
export const speakersRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('scheduling')],
    children: [
      {
        path: '',
        title: 'title.speakers',
        loadComponent: () => import('./speakers.page').then((m) => m.SpeakersPage),
      },
      {
        path: 'new',
        title: 'title.speakerNew',
        loadComponent: () => import('./speaker-form.page').then((m) => m.SpeakerFormPage),
      },
      {
        path: ':id',
        title: 'title.speaker',
        loadComponent: () => import('./speaker.page').then((m) => m.SpeakerPage),
      },
      {
        path: ':id/edit',
        title: 'title.speakerEdit',
        loadComponent: () => import('./speaker-form.page').then((m) => m.SpeakerFormPage),
      },
    ],
  },
];
