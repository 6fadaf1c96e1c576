import {
  HttpClient,
  provideHttpClient,
  withInterceptors,
  withXsrfConfiguration,
} from '@angular/common/http';
import {
  EnvironmentInjector,
  InjectionToken,
  createEnvironmentInjector,
  inject,
} from '@angular/core';
import { authInterceptor } from '../auth/auth.interceptor';
import { apiStatusInterceptor } from '../errors/api-status.interceptor';

/**
 * An HttpClient on XMLHttpRequest, for uploads: the app's client runs on `fetch`, which
 * reports no upload progress. Same interceptors and XSRF header as the app's client
 * (keep them in step with `app.config.ts`).
 */
export const UPLOAD_HTTP_CLIENT = new InjectionToken<HttpClient>('UPLOAD_HTTP_CLIENT', {
  providedIn: 'root',
  factory: () =>
    createEnvironmentInjector(
      [
        provideHttpClient(
          withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
          withInterceptors([apiStatusInterceptor, authInterceptor]),
        ),
      ],
      inject(EnvironmentInjector),
    ).get(HttpClient),
});
