import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { type Language } from '../api/types';
import {
  DEFAULT_LANGUAGE,
  LANGUAGE_STORAGE_KEY,
  LOCALE_BY_LANGUAGE,
  initialLanguage,
} from './language';

/** The active language: Transloco, `<html lang>` and the remembered choice kept in step. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  private readonly current = signal<Language>(DEFAULT_LANGUAGE);
  /** The active language. */
  readonly lang = this.current.asReadonly();
  /** The locale for formatting numbers (`fr-CH` or `en-GB`); dates: `DateFormatService`. */
  readonly locale = computed(() => LOCALE_BY_LANGUAGE[this.current()]);

  /** The language to start with when no signed-in user says otherwise. */
  startLanguage(): Language {
    const navigator = this.document.defaultView?.navigator;
    const browser = navigator?.languages?.length ? navigator.languages : [navigator?.language];
    return initialLanguage(this.readStored(), browser);
  }

  /** Switches the language at once (after its translations are loaded) and remembers it. */
  async use(lang: Language): Promise<void> {
    try {
      await firstValueFrom(this.transloco.load(lang));
    } catch {
      // The texts stay in the previous language; the API status banner tells what is wrong.
    }
    this.transloco.setActiveLang(lang);
    this.current.set(lang);
    this.document.documentElement.lang = lang;
    this.store(lang);
  }

  private readStored(): string | null {
    try {
      return this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private store(lang: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
    } catch {
      // Storage may be disabled (private mode); the choice then lasts for this visit only.
    }
  }
}
