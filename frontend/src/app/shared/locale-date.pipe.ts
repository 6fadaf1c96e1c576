import { formatDate, formatNumber } from '@angular/common';
import { Pipe, type PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../core/i18n/language.service';

/**
 * Formats a date for the active language's locale (`fr-CH` or `en`), following language
 * switches: `{{ user.createdAt | cqDate }}`, `{{ d | cqDate: 'short' }}`.
 */
@Pipe({ name: 'cqDate', pure: false })
export class LocaleDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private last: { value: unknown; format: string; locale: string; text: string | null } | null =
    null;

  transform(
    value: string | number | Date | null | undefined,
    format = 'mediumDate',
  ): string | null {
    const locale = this.language.locale();
    const last = this.last;
    if (last && last.value === value && last.format === format && last.locale === locale) {
      return last.text;
    }
    const text =
      value === null || value === undefined || value === ''
        ? null
        : formatDate(value, format, locale);
    this.last = { value, format, locale, text };
    return text;
  }
}

/** Formats a number for the active language's locale: `{{ total | cqNumber }}`. */
@Pipe({ name: 'cqNumber', pure: false })
export class LocaleNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number | null | undefined, digitsInfo?: string): string | null {
    if (value === null || value === undefined) return null;
    return formatNumber(value, this.language.locale(), digitsInfo);
  }
}
