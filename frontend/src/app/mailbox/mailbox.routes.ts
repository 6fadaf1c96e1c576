import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Admin: /admin/mail… (sent mail, a mail, the templates' preview). */
export const mailboxRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('mailbox')],
    children: [
      {
        path: '',
        title: 'title.mail',
        loadComponent: () => import('./mailbox.page').then((m) => m.MailboxPage),
      },
      {
        path: 'templates',
        title: 'title.mailTemplates',
        loadComponent: () => import('./mail-templates.page').then((m) => m.MailTemplatesPage),
      },
      {
        path: ':id',
        title: 'title.mailDetail',
        loadComponent: () => import('./mail-detail.page').then((m) => m.MailDetailPage),
      },
    ],
  },
];
