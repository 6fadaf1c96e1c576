import { inject } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { AuthService } from './auth/auth.service';
import { registerAppLocales } from './i18n/locale-data';
import { LanguageService } from './i18n/language.service';

/**
 * Runs before the first render: icon font, locales, the current user (GET /api/me) and the
 * language (the user's preference when signed in, else the remembered or browser language).
 */
export async function initializeApp(): Promise<void> {
  const auth = inject(AuthService);
  const language = inject(LanguageService);
  inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined');
  registerAppLocales();

  const me = await auth.load();
  await language.use(me?.preferredLanguage ?? language.startLanguage());
}
