import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Diplomas; texts from the `diplomas` scope. */
const scope = provideTranslocoScope('diplomas');

/** Admins: /admin/diplomas?cohort=<id>: issuing, the list, revocation. */
export const adminDiplomaRoutes: Routes = [
  {
    path: '',
    title: 'title.diplomas',
    providers: [scope],
    loadComponent: () => import('./admin/admin-diplomas.page').then((m) => m.AdminDiplomasPage),
  },
];

/** Students: /student/diploma: the PDF, the credential, the verification link, the choices. */
export const studentDiplomaRoutes: Routes = [
  {
    path: '',
    title: 'title.myDiploma',
    providers: [scope],
    loadComponent: () => import('./mine/my-diploma.page').then((m) => m.MyDiplomaPage),
  },
];

/** Anyone, signed in or not: /verify/:number?c=<code> (the QR code's link). */
export const verifyRoutes: Routes = [
  {
    path: ':number',
    title: 'title.verify',
    providers: [scope],
    loadComponent: () => import('./verify/verify.page').then((m) => m.VerifyPage),
  },
  {
    path: '',
    title: 'title.verify',
    providers: [scope],
    loadComponent: () => import('./verify/verify.page').then((m) => m.VerifyPage),
  },
];
