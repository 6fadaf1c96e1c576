import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { ERROR_CODES } from '../api/error-codes';
import { type Problem } from '../api/types';
import { LanguageService } from '../i18n/language.service';
import { ErrorMessagesService } from './error-messages.service';

const I18N = join(__dirname, '../../../../public/i18n');
const LANGUAGES = ['fr', 'en'] as const;
const SCOPES = readdirSync(I18N, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Nested keys joined by dots, as Transloco flattens them. */
function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node !== 'object' || node === null) return { [prefix]: String(node) };
  return Object.assign(
    {},
    ...Object.entries(node).map(([key, value]) =>
      flatten(value, prefix ? `${prefix}.${key}` : key),
    ),
  );
}

function read(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(I18N, file), 'utf8')) as Record<string, unknown>;
}

/** The root texts and every scope's, the scope's under `<scope>.` as Transloco loads them. */
function texts(lang: string): Record<string, string> {
  return Object.assign(
    flatten(read(`${lang}.json`)),
    ...SCOPES.map((scope) => flatten(read(`${scope}/${lang}.json`), scope)),
  );
}

function messagesIn(lang: string): ErrorMessagesService {
  const all = texts(lang);
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [
      {
        provide: TranslocoService,
        useValue: {
          getActiveLang: () => lang,
          getTranslation: () => all,
          translate: (key: string) => all[key] ?? key,
        },
      },
      { provide: LanguageService, useValue: { locale: () => (lang === 'fr' ? 'fr-CH' : 'en-GB') } },
    ],
  });
  return TestBed.inject(ErrorMessagesService);
}

const UNTRANSLATED = 'the server’s English detail';

describe('error codes', () => {
  describe.each(LANGUAGES)('in %s', (lang) => {
    const all = texts(lang);
    const scopeOf = (code: string) => SCOPES.find((scope) => `${scope}.problem.${code}` in all);

    it('has a text of its own for every code the API may answer with', () => {
      const missing = ERROR_CODES.filter(
        (code) => !(`problem.${code}` in all) && scopeOf(code) === undefined,
      );
      expect(missing).toEqual([]);
    });

    it('shows that text instead of the server’s detail', () => {
      const messages = messagesIn(lang);
      const shown = ERROR_CODES.map((code) => {
        const problem = {
          type: 'about:blank',
          title: 'Error',
          status: 400,
          code,
          detail: UNTRANSLATED,
        } as Problem;
        return [code, messages.problem(problem, scopeOf(code))] as const;
      });
      expect(shown.filter(([, text]) => text === UNTRANSLATED || text.trim() === '')).toEqual([]);
    });
  });

  it('translates the same problem codes in French and in English, in every file', () => {
    const problemKeys = (file: string) => Object.keys(flatten(read(file)['problem'] ?? {})).sort();
    for (const file of ['', ...SCOPES.map((scope) => `${scope}/`)]) {
      expect({ file, keys: problemKeys(`${file}fr.json`) }).toEqual({
        file,
        keys: problemKeys(`${file}en.json`),
      });
    }
  });
});
