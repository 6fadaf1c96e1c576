import { formatNumber } from '@angular/common';
import { Pipe, type PipeTransform, inject } from '@angular/core';
import { LanguageService } from '../core/i18n/language.service';

/**
 * A rule's reason params with their numbers in the locale ("9,4" in French), for the sentence
 * `progress.reason.<code>`: `{{ 'progress.reason.' + r.reason.code | transloco: (r.reason.params | cqReasonParams) }}`.
 */
export function localeParams(
  params: Record<string, string | number>,
  locale: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'number' ? formatNumber(value, locale, '1.0-2') : value;
  }
  return out;
}

@Pipe({ name: 'cqReasonParams', pure: false })
export class ReasonParamsPipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private last: { params: unknown; locale: string; value: Record<string, string> } | null = null;

  transform(params: Record<string, string | number>): Record<string, string> {
    const locale = this.language.locale();
    // Same object out for the same input, so change detection does not loop.
    if (this.last?.params === params && this.last.locale === locale) return this.last.value;
    const value = localeParams(params, locale);
    this.last = { params, locale, value };
    return value;
  }
}
