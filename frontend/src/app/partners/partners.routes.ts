import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Admin: /admin/partners… */
export const partnersRoutes: Routes = [
  {
    path: '',
    providers: [provideTranslocoScope('partners')],
    children: [
      {
        path: '',
        title: 'title.partners',
        loadComponent: () => import('./partners.page').then((m) => m.PartnersPage),
      },
      {
        path: 'new',
        title: 'title.partnerNew',
        loadComponent: () => import('./partner-form.page').then((m) => m.PartnerFormPage),
      },
      {
        path: ':id',
        title: 'title.partner',
        loadComponent: () => import('./partner-form.page').then((m) => m.PartnerFormPage),
      },
    ],
  },
];
