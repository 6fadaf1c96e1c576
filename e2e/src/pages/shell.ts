import { expect, type Page } from '@playwright/test';

export class Shell {
  constructor(private readonly page: Page) {}

  nav(lang: 'fr' | 'en' = 'fr') {
    return this.page.getByRole('navigation', {
      name: lang === 'fr' ? 'Navigation principale' : 'Main navigation',
    });
  }

  /** On a phone the navigation sits behind the menu button. */
  async openNavIfCollapsed(lang: 'fr' | 'en' = 'fr'): Promise<void> {
    await expect(this.page.getByTestId('user-menu')).toBeVisible();
    const toggle = this.page.getByRole('button', {
      name: lang === 'fr' ? 'Menu de navigation' : 'Navigation menu',
    });
    if (await toggle.isVisible()) await toggle.click();
  }

  async navLinks(lang: 'fr' | 'en' = 'fr'): Promise<string[]> {
    await this.openNavIfCollapsed(lang);
    const links = this.nav(lang).getByRole('link');
    await expect(links.first()).toBeVisible();
    return (await links.allInnerTexts()).map((t) => t.trim().split('\n').pop()!.trim());
  }

  async switchLanguage(to: 'fr' | 'en'): Promise<void> {
    await this.page.getByTestId('language-switch').first().click();
    await this.page.getByRole('menuitem', { name: to === 'fr' ? 'Français' : 'English' }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', to);
  }

  async signOut(lang: 'fr' | 'en' = 'fr'): Promise<void> {
    await this.page.getByTestId('user-menu').click();
    await this.page
      .getByRole('menuitem', { name: lang === 'fr' ? 'Se déconnecter' : 'Sign out' })
      .click();
  }
}
