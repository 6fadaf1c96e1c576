import { type HttpInterceptorFn, HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

/** Calls whose 401 is an answer, not an expired session. */
function isExempt(method: string, url: string): boolean {
  const path = url.split('?')[0];
  return (method === 'GET' && path.endsWith('/api/me')) || path.endsWith('/api/auth/sign-in');
}

/** On a 401 from the API: forget the user and send them to sign in, coming back afterwards. */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (
        error instanceof HttpErrorResponse &&
        error.status === 401 &&
        !isExempt(request.method, request.url)
      ) {
        auth.clear();
        const current = router.url;
        if (!current.startsWith('/sign-in')) {
          void router.navigate(['/sign-in'], { queryParams: { returnUrl: current } });
        }
      }
      return throwError(() => error);
    }),
  );
};
