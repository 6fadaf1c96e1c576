import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Translation, type TranslocoLoader } from '@jsverse/transloco';
import { type Observable } from 'rxjs';

/**
 * Loads `/i18n/{lang}.json`, served as static assets from `frontend/public/i18n/`; a scope's
 * texts (`provideTranslocoScope('programmes')`) come from `/i18n/programmes/{lang}.json`.
 */
@Injectable({ providedIn: 'root' })
export class TranslocoHttpLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(lang: string): Observable<Translation> {
    const path = lang.split('/').map(encodeURIComponent).join('/');
    return this.http.get<Translation>(`/i18n/${path}.json`);
  }
}
