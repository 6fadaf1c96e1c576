import { expect, type Page } from '@playwright/test';

type Lang = 'fr' | 'en';
const TEXT = {
  fr: { email: 'E-mail', password: 'Mot de passe', submit: 'Se connecter' },
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
} as const;

export class SignInPage {
  constructor(
    private readonly page: Page,
    private readonly lang: Lang = 'fr',
  ) {}

  async open(): Promise<void> {
    await this.page.goto('/sign-in');
  }

  async signIn(email: string, password: string): Promise<void> {
    const t = TEXT[this.lang];
    await this.page.getByLabel(t.email, { exact: true }).fill(email);
    await this.page.getByLabel(t.password, { exact: true }).fill(password);
    // Wait for the API's answer, so that a navigation right after cannot cut the sign-in short.
    await Promise.all([
      this.page.waitForResponse((r) => r.url().endsWith('/api/auth/sign-in')),
      this.page.getByRole('button', { name: t.submit, exact: true }).click(),
    ]);
  }

  formError() {
    return this.page.getByTestId('form-error');
  }

  async expectSignedInAs(name: string): Promise<void> {
    await expect(this.page.getByTestId('user-menu')).toContainText(name);
  }
}
