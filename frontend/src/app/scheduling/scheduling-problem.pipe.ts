import { Pipe, type PipeTransform, inject } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { type Problem } from '../core/api/types';
import { LanguageService } from '../core/i18n/language.service';
import { SchedulingMessagesService } from './scheduling-messages.service';

/** A scheduling problem's message, following language switches: `{{ p | cqSchedulingProblem }}`. */
@Pipe({ name: 'cqSchedulingProblem', pure: false })
export class SchedulingProblemPipe implements PipeTransform {
  private readonly messages = inject(SchedulingMessagesService);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private last: { value: Problem; lang: string; keys: number; text: string } | null = null;

  transform(value: Problem | null | undefined): string {
    if (!value) return '';
    const lang = this.language.lang();
    // The scope's texts may arrive after the first rendering: count the keys to notice.
    const keys = Object.keys(this.transloco.getTranslation(lang)).length;
    const last = this.last;
    if (last && last.value === value && last.lang === lang && last.keys === keys) return last.text;
    const text = this.messages.problem(value);
    this.last = { value, lang, keys, text };
    return text;
  }
}
