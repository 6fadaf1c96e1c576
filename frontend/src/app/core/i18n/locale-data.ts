import { registerLocaleData } from '@angular/common';
import localeFrCh from '@angular/common/locales/fr-CH';

/** Registers the locale data Angular's formatters need (`en` is built in). */
export function registerAppLocales(): void {
  registerLocaleData(localeFrCh, 'fr-CH');
}
