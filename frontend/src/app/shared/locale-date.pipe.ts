import { formatNumber } from '@angular/common';
import { Pipe, type PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../core/i18n/language.service';

/**
 * Formats a number for the active language's locale: `{{ total | cqNumber }}`. Dates: the
 * `cqDate` pipe of `core/i18n/date-format.pipe.ts`.
 */
@Pipe({ name: 'cqNumber', pure: false })
export class LocaleNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, digitsInfo?: string): string | null {
    if (value === null || value === undefined) return null;
    return formatNumber(value, this.language.locale(), digitsInfo);
  }
}
