import { type HttpInterceptorFn, HttpErrorResponse, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, tap, throwError } from 'rxjs';
import { toProblem } from '../api/problem';
import { ApiStatusService } from './api-status.service';

/** Reports an unreachable API (status 0) or a server error (5xx) to the global banner. */
export const apiStatusInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api/')) return next(request);
  const status = inject(ApiStatusService);
  return next(request).pipe(
    tap((event) => {
      if (event instanceof HttpResponse) status.reportReachable();
    }),
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse) {
        if (error.status === 0) {
          status.reportUnreachable();
        } else {
          status.reportReachable();
          if (error.status >= 500) status.reportServerError(toProblem(error).requestId);
        }
      }
      return throwError(() => error);
    }),
  );
};
