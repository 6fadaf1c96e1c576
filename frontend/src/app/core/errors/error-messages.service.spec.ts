import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { type Problem } from '../api/types';
import { LanguageService } from '../i18n/language.service';
import { ErrorMessagesService } from './error-messages.service';

const TEXTS: Record<string, string> = {
  'problem.conflict': 'Conflit général',
  'problem.not_found': 'Introuvable',
  'problem.auth.throttled': 'Réessayez dans {{seconds}} s',
  'projects.problem.upload.too_large': 'Fichier trop lourd : {{max}} au plus',
  'scheduling.problem.conflict': 'Créneau pris ({{status}})',
};

function service(): ErrorMessagesService {
  TestBed.configureTestingModule({
    providers: [
      {
        provide: TranslocoService,
        useValue: {
          getActiveLang: () => 'fr',
          getTranslation: () => TEXTS,
          translate: (key: string, params: Record<string, unknown> = {}) =>
            (TEXTS[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
              String(params[name]),
            ),
        },
      },
      { provide: LanguageService, useValue: { locale: () => 'fr-CH' } },
    ],
  });
  return TestBed.inject(ErrorMessagesService);
}

const problem = (code: string, extra: Partial<Problem> & Record<string, unknown> = {}): Problem =>
  ({ type: 'about:blank', title: 'Conflict', status: 409, code, ...extra }) as Problem;

describe('ErrorMessagesService', () => {
  it("prefers the feature's text for a code, and falls back to the shared one", () => {
    const messages = service();
    expect(messages.problem(problem('conflict'), 'scheduling')).toBe('Créneau pris (409)');
    expect(messages.problem(problem('conflict'), 'projects')).toBe('Conflit général');
    expect(messages.problem(problem('conflict'))).toBe('Conflit général');
  });

  it("fills the text's parameters from the problem, sizes in the locale's units", () => {
    const messages = service();
    expect(messages.problem(problem('auth.throttled', { retryAfterSeconds: 42 }))).toBe(
      'Réessayez dans 42 s',
    );
    expect(
      messages.problem(
        problem('upload.too_large', { status: 413, maxBytes: 50 * 1024 * 1024 }),
        'projects',
      ),
    ).toMatch(/^Fichier trop lourd : 50\sMo au plus$/);
  });

  it('falls back to not found, then to the server’s detail', () => {
    const messages = service();
    expect(messages.problem(problem('room.not_found', { status: 404 }))).toBe('Introuvable');
    expect(messages.problem(problem('odd.code', { detail: 'Le serveur dit non.' }))).toBe(
      'Le serveur dit non.',
    );
  });
});
