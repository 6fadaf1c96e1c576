import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type Problem } from '../core/api/types';
import { ErrorMessagesService } from '../core/errors/error-messages.service';
import { type ServerError } from '../core/forms/problem-form-errors';
import { LanguageService } from '../core/i18n/language.service';

function isProblem(value: Problem | ServerError): value is Problem {
  return 'status' in value && 'type' in value;
}

/**
 * Translates an API problem or a server field error for display, following language
 * switches: `{{ problem | cqErrorMessage }}`.
 */
@Pipe({ name: 'cqErrorMessage', pure: false })
export class ErrorMessagePipe implements PipeTransform {
  private readonly messages = inject(ErrorMessagesService);
  private readonly language = inject(LanguageService);
  private last: { value: unknown; lang: string; text: string } | null = null;

  transform(value: Problem | ServerError | null | undefined): string {
    if (!value) return '';
    const lang = this.language.lang();
    if (this.last && this.last.value === value && this.last.lang === lang) return this.last.text;
    const text = isProblem(value) ? this.messages.problem(value) : this.messages.field(value);
    this.last = { value, lang, text };
    return text;
  }
}
