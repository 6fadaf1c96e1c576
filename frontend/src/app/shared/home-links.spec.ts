import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Role } from '../core/api/types';
import { NAV_ITEMS } from '../core/shell/nav-items';
import { HOME_LINKS } from './home-links';

const ROLES: Role[] = ['admin', 'instructor', 'student'];

function translations(lang: 'fr' | 'en'): Record<string, unknown> {
  const file = join(__dirname, '../../../public/i18n', `${lang}.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function lookup(texts: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined,
      texts,
    );
}

describe('HOME_LINKS', () => {
  it.each(ROLES)('only points the %s at pages of their own navigation', (role) => {
    const navPaths = NAV_ITEMS[role].map((item) => item.path);
    for (const link of HOME_LINKS[role]) expect(navPaths).toContain(link.path);
  });

  it('offers every admin area of the navigation', () => {
    const areas = NAV_ITEMS.admin.filter((item) => !item.exact).map((item) => item.path);
    expect(HOME_LINKS.admin.map((link) => link.path).sort()).toEqual(areas.sort());
  });

  it.each(['fr', 'en'] as const)('has a title, a line and a link text in %s', (lang) => {
    const texts = translations(lang);
    for (const role of ROLES) {
      for (const link of HOME_LINKS[role]) {
        for (const part of ['title', 'text', 'action']) {
          expect(typeof lookup(texts, `${link.key}.${part}`)).toBe('string');
        }
      }
    }
  });
});
