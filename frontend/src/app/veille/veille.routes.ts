import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** The cohort's veille; texts from the `veille` scope. */
const scope = provideTranslocoScope('veille');

/** /<area>/veille…: the feed, a post, the post form, teams; for managers settings and participation. */
export const veilleRoutes: Routes = [
  {
    path: '',
    providers: [scope],
    children: [
      {
        path: '',
        title: 'title.veille',
        loadComponent: () => import('./posts/veille-feed.page').then((m) => m.VeilleFeedPage),
      },
      {
        path: 'new',
        title: 'title.veillePostNew',
        loadComponent: () =>
          import('./posts/veille-post-form.page').then((m) => m.VeillePostFormPage),
      },
      {
        path: 'posts/:id',
        title: 'title.veillePost',
        loadComponent: () => import('./posts/veille-post.page').then((m) => m.VeillePostPage),
      },
      {
        path: 'posts/:id/edit',
        title: 'title.veillePostEdit',
        loadComponent: () =>
          import('./posts/veille-post-form.page').then((m) => m.VeillePostFormPage),
      },
      {
        path: 'teams/new',
        title: 'title.veilleTeamNew',
        loadComponent: () =>
          import('./teams/veille-team-form.page').then((m) => m.VeilleTeamFormPage),
      },
      {
        path: 'teams/:id',
        title: 'title.veilleTeam',
        loadComponent: () => import('./teams/veille-team.page').then((m) => m.VeilleTeamPage),
      },
      {
        path: 'teams/:id/edit',
        title: 'title.veilleTeamEdit',
        loadComponent: () =>
          import('./teams/veille-team-form.page').then((m) => m.VeilleTeamFormPage),
      },
      {
        path: 'manage/:cohortId',
        title: 'title.veilleManage',
        loadComponent: () =>
          import('./settings/veille-manage.page').then((m) => m.VeilleManagePage),
      },
      {
        path: 'participation/:cohortId',
        title: 'title.veilleParticipation',
        loadComponent: () =>
          import('./insight/veille-participation.page').then((m) => m.VeilleParticipationPage),
      },
    ],
  },
];

/** /veille/p/:key: a published feed, for anyone (no account, no shell). */
export const veillePublicRoutes: Routes = [
  {
    path: ':key',
    title: 'title.veillePublic',
    providers: [scope],
    loadComponent: () => import('./outward/veille-public.page').then((m) => m.VeillePublicPage),
  },
];
