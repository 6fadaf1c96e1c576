import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { type Problem } from '../core/api/types';
import { ErrorMessagesService } from '../core/errors/error-messages.service';
import { type ServerError } from '../core/forms/problem-form-errors';
import { LanguageService } from '../core/i18n/language.service';

function isProblem(value: Problem | ServerError): value is Problem {
  return 'status' in value && 'type' in value;
}

/**
 * Translates an API problem or a server field error for display, following language
 * switches: `{{ problem | cqErrorMessage }}`, or with a feature's texts first:
 * `{{ problem | cqErrorMessage: 'scheduling' }}`.
 */
@Pipe({ name: 'cqErrorMessage', pure: false })
export class ErrorMessagePipe implements PipeTransform {
  private readonly messages = inject(ErrorMessagesService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private last: {
    value: unknown;
    scope?: string;
    lang: string;
    keys: number;
    text: string;
  } | null = null;

  transform(value: Problem | ServerError | null | undefined, scope?: string): string {
    if (!value) return '';
    const lang = this.language.lang();
    // A feature's texts may arrive after the first rendering: count the keys to notice.
    const keys = Object.keys(this.transloco.getTranslation(lang)).length;
    const last = this.last;
    if (
      last &&
      last.value === value &&
      last.scope === scope &&
      last.lang === lang &&
      last.keys === keys
    ) {
      return last.text;
    }
    const text = isProblem(value)
      ? this.messages.problem(value, scope)
      : this.messages.field(value, scope);
    this.last = { value, scope, lang, keys, text };
    return text;
  }
}
