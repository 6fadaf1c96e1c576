import { registerLocaleData } from '@angular/common';
import localeEnGb from '@angular/common/locales/en-GB';
import localeFrCh from '@angular/common/locales/fr-CH';

/** Registers the locale data Angular's number formatters need (`en` is built in). */
export function registerAppLocales(): void {
  registerLocaleData(localeFrCh, 'fr-CH');
  registerLocaleData(localeEnGb, 'en-GB');
}
