import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Admin: /admin/juries (the juries per cohort), /admin/juries/:id (the board). */
export const juriesRoutes: Routes = [
  {
    path: '',
    // The board shows the progress rules' reasons and reuses attendance's signature pad.
    providers: [provideTranslocoScope('juries', 'progress', 'attendance')],
    children: [
      {
        path: '',
        title: 'title.juries',
        loadComponent: () => import('./juries.page').then((m) => m.JuriesPage),
      },
      {
        path: ':id',
        title: 'title.jury',
        loadComponent: () => import('./jury-board.page').then((m) => m.JuryBoardPage),
      },
    ],
  },
];
