import { Injectable, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { formatFileSize } from '../../shared/file-size';
import { type Problem } from '../api/types';
import { type ServerError } from '../forms/problem-form-errors';
import { LanguageService } from '../i18n/language.service';

/**
 * Translates API errors by their stable `code`. With a feature scope (`scheduling`,
 * `projects`…), `<scope>.problem.<code>` wins; then `problem.<code>` for a problem,
 * `fieldError.<code>` for a field error; an unknown code shows the server's message.
 * The problem's own fields (e.g. `retryAfterSeconds`, `maxBytes`) fill the text's parameters.
 */
@Injectable({ providedIn: 'root' })
export class ErrorMessagesService {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  problem(problem: Problem, scope?: string): string {
    const params = this.params(problem);
    const known =
      (scope ? this.tryTranslate(`${scope}.problem.${problem.code}`, params) : null) ??
      this.tryTranslate(`problem.${problem.code}`, params);
    if (known !== null) return known;
    if (problem.code.endsWith('.not_found')) return this.transloco.translate('problem.not_found');
    if (problem.status >= 500) return this.transloco.translate('problem.internal');
    return problem.detail ?? problem.title ?? this.transloco.translate('problem.unknown');
  }

  /** A field error, or a problem mapped onto a field (e.g. `user.email_taken`). */
  field(error: ServerError, scope?: string): string {
    const params = { ...this.params(error), ...(error.params ?? {}) };
    return (
      (scope ? this.tryTranslate(`${scope}.problem.${error.code}`, params) : null) ??
      this.tryTranslate(`fieldError.${error.code}`, params) ??
      this.tryTranslate(`problem.${error.code}`, params) ??
      error.message
    );
  }

  private params(source: object): Record<string, unknown> {
    const p = source as Partial<Problem> & { maxBytes?: unknown; message?: string };
    return {
      ...source,
      seconds: p.retryAfterSeconds ?? '?',
      status: p.status,
      detail: p.detail ?? p.message ?? '',
      max:
        typeof p.maxBytes === 'number' ? formatFileSize(p.maxBytes, this.language.locale()) : '?',
    };
  }

  private tryTranslate(key: string, params: Record<string, unknown>): string | null {
    const translation = this.transloco.getTranslation(this.transloco.getActiveLang());
    return Object.prototype.hasOwnProperty.call(translation, key)
      ? this.transloco.translate(key, params)
      : null;
  }
}
