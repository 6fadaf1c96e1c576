import { inject } from '@angular/core';
import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';
import { anonymousGuard, authGuard, roleGuard } from './core/auth/auth.guards';
import { AuthService } from './core/auth/auth.service';
import { homeFor } from './core/auth/role-home';
import { ShellComponent } from './core/shell/shell.component';

export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    redirectTo: () => {
      const role = inject(AuthService).role();
      return role ? homeFor(role) : '/sign-in';
    },
  },
  {
    path: 'sign-in',
    title: 'title.signIn',
    canActivate: [anonymousGuard],
    loadComponent: () => import('./auth/sign-in/sign-in.page').then((m) => m.SignInPage),
  },
  {
    path: 'set-password',
    title: 'title.setPassword',
    loadComponent: () =>
      import('./auth/set-password/set-password.page').then((m) => m.SetPasswordPage),
  },
  {
    path: 'reset-password',
    title: 'title.resetPassword',
    data: { mode: 'reset' },
    loadComponent: () =>
      import('./auth/set-password/set-password.page').then((m) => m.SetPasswordPage),
  },
  {
    path: 'forgot-password',
    title: 'title.forgotPassword',
    loadComponent: () =>
      import('./auth/forgot-password/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'confirm-email',
    title: 'title.confirmEmail',
    loadComponent: () =>
      import('./auth/confirm-email/confirm-email.page').then((m) => m.ConfirmEmailPage),
  },
  {
    path: 'speaker/:token',
    title: 'title.speakerLink',
    providers: [provideTranslocoScope('scheduling')],
    loadComponent: () => import('./speaker-link/speaker-link.page').then((m) => m.SpeakerLinkPage),
  },
  {
    path: 'verify',
    loadChildren: () => import('./diplomas/diplomas.routes').then((m) => m.verifyRoutes),
  },
  {
    path: 'veille/p',
    loadChildren: () => import('./veille/veille.routes').then((m) => m.veillePublicRoutes),
  },
  {
    path: 'mentor',
    loadChildren: () => import('./mentor/mentor.routes').then((m) => m.mentorRoutes),
  },
  {
    path: 'sign',
    canActivate: [roleGuard('student')],
    loadChildren: () => import('./attendance/attendance.routes').then((m) => m.signRoutes),
  },
  {
    path: '',
    component: ShellComponent,
    children: [
      {
        path: 'admin',
        canActivate: [roleGuard('admin')],
        loadChildren: () => import('./admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: 'instructor',
        canActivate: [roleGuard('instructor')],
        loadChildren: () =>
          import('./instructor/instructor.routes').then((m) => m.instructorRoutes),
      },
      {
        path: 'student',
        canActivate: [roleGuard('student')],
        loadChildren: () => import('./student/student.routes').then((m) => m.studentRoutes),
      },
      {
        path: 'account',
        title: 'title.account',
        canActivate: [authGuard],
        loadComponent: () => import('./auth/account/account.page').then((m) => m.AccountPage),
      },
      {
        path: 'forbidden',
        title: 'title.forbidden',
        loadComponent: () => import('./errors/forbidden.page').then((m) => m.ForbiddenPage),
      },
      {
        path: '**',
        title: 'title.notFound',
        loadComponent: () => import('./errors/not-found.page').then((m) => m.NotFoundPage),
      },
    ],
  },
];
