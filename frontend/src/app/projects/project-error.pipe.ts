import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type Problem } from '../core/api/types';
import { type ServerError } from '../core/forms/problem-form-errors';
import { LanguageService } from '../core/i18n/language.service';
import { ProjectMessagesService } from './project-messages.service';

/** A problem's (or a form's server error's) text for the project screens, following language switches. */
@Pipe({ name: 'cqProjectError', pure: false })
export class ProjectErrorPipe implements PipeTransform {
  private readonly messages = inject(ProjectMessagesService);
  private readonly language = inject(LanguageService);
  private last: { value: Problem | ServerError; lang: string; text: string } | null = null;

  transform(problem: Problem | ServerError | null | undefined): string {
    if (!problem) return '';
    const lang = this.language.lang();
    if (this.last?.value === problem && this.last.lang === lang) return this.last.text;
    const text = this.messages.problem(problem);
    this.last = { value: problem, lang, text };
    return text;
  }
}
