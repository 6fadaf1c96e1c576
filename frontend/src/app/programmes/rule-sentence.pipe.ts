import { formatNumber } from '@angular/common';
import { Pipe, type PipeTransform, inject } from '@angular/core';
import { type GradingScale, type ModuleGroup } from '../core/api/types';
import { LanguageService } from '../core/i18n/language.service';
import { ruleSentence, type Sentence } from './rule-sentence';

/**
 * A rule as a sentence to translate: `@let s = rule | cqRuleSentence: scale : groups;` then
 * `{{ 'programmes.' + s.key | transloco: s.params }}`. Numbers in the active locale.
 */
@Pipe({ name: 'cqRuleSentence', pure: false })
export class RuleSentencePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(
    rule: Parameters<typeof ruleSentence>[0],
    scale: GradingScale,
    groups: readonly ModuleGroup[] = [],
  ): Sentence {
    const locale = this.language.locale();
    return ruleSentence(rule, scale, groups, (value, digits) =>
      formatNumber(value, locale, digits),
    );
  }
}
