import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { type Problem } from '../api/types';
import { type ServerError } from '../forms/problem-form-errors';

/**
 * Translates API errors by their stable `code` (`problem.<code>` for a problem,
 * `fieldError.<code>` for a field error); an unknown code shows the server's message.
 */
@Injectable({ providedIn: 'root' })
export class ErrorMessagesService {
  private readonly transloco = inject(TranslocoService);

  problem(problem: Problem): string {
    const params = { seconds: problem.retryAfterSeconds ?? '?', status: problem.status };
    const known = this.tryTranslate(`problem.${problem.code}`, params);
    if (known !== null) return known;
    if (problem.code.endsWith('.not_found')) return this.transloco.translate('problem.not_found');
    if (problem.status >= 500) return this.transloco.translate('problem.internal');
    return problem.detail ?? problem.title ?? this.transloco.translate('problem.unknown');
  }

  /** A field error, or a problem mapped onto a field (e.g. `user.email_taken`). */
  field(error: ServerError): string {
    const params = { ...(error.params ?? {}) };
    return (
      this.tryTranslate(`fieldError.${error.code}`, params) ??
      this.tryTranslate(`problem.${error.code}`, params) ??
      error.message
    );
  }

  private tryTranslate(key: string, params: Record<string, unknown>): string | null {
    const translation = this.transloco.getTranslation(this.transloco.getActiveLang());
    return Object.prototype.hasOwnProperty.call(translation, key)
      ? this.transloco.translate(key, params)
      : null;
  }
}
