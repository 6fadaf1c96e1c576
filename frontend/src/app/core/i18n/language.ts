import { type Language } from '../api/types';

export const LANGUAGES: readonly Language[] = ['fr', 'en'];
export const DEFAULT_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'cq.language';

/**
 * The locale used to format numbers (and calendar chrome) for each language: British English,
 * never US order. Dates go through `DateFormatService`, which also follows the programme's
 * country (`fr-CH` / `fr-FR`).
 */
export const LOCALE_BY_LANGUAGE: Readonly<Record<Language, string>> = {
  fr: 'fr-CH',
  en: 'en-GB',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks the app language from the browser's preferred languages (navigator.languages, best
 * first): the first one whose primary subtag is `fr` or `en` wins; with none, French.
 */
export function pickLanguage(browserLanguages: readonly (string | null | undefined)[]): Language {
  for (const tag of browserLanguages) {
    const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

/** The language at first paint: a remembered choice wins over the browser's languages. */
export function initialLanguage(
  stored: string | null | undefined,
  browserLanguages: readonly (string | null | undefined)[],
): Language {
  return isLanguage(stored) ? stored : pickLanguage(browserLanguages);
}
