import { SignInPage } from '../pages/sign-in.page';
import { Shell } from '../pages/shell';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { expect, test } from '../support/fixtures';

test.describe('sign-in and roles', () => {
  test('the admin signs in, sees the admin areas, and the page passes axe', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await expectNoSeriousA11yViolations(page, 'sign-in');
    await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
    await expect(page).toHaveURL(/\/admin$/);
    await signIn.expectSignedInAs(DEMO.admin.name);
    const links = await new Shell(page).navLinks();
    expect(links).toEqual(expect.arrayContaining(['Accueil', 'Utilisateurs']));
    await expectNoSeriousA11yViolations(page, 'admin home');

    await new Shell(page).nav().getByRole('link', { name: 'Utilisateurs' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Utilisateurs' })).toBeVisible();
    await expect(page.getByRole('cell', { name: DEMO.student.email })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'users');
  });

  test('an instructor sees the instructor home and is turned away from the admin area', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
    await expect(page).toHaveURL(/\/instructor$/);
    expect(await new Shell(page).navLinks()).not.toContain('Utilisateurs');
    await page.goto('/admin/users');
    await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'forbidden');
  });

  test('a student sees the student home, not the admin or instructor areas', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.student.email, DEMO.student.password);
    await expect(page).toHaveURL(/\/student$/);
    await expect(page.getByTestId('welcome-card')).toContainText(DEMO.student.name);
    expect(await new Shell(page).navLinks()).not.toContain('Utilisateurs');
    for (const path of ['/admin', '/instructor']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();
    }
    const api = await page.request.get('/api/users');
    expect(api.status()).toBe(403);
  });

  test('a wrong password shows a message that does not reveal whether the account exists', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.student.email, 'wrong password');
    await expect(signIn.formError()).toContainText('E-mail ou mot de passe incorrect.');
    await signIn.signIn(`nobody-${unique()}@clique.test`, 'wrong password');
    await expect(signIn.formError()).toContainText('E-mail ou mot de passe incorrect.');
  });

  test('signing out returns to sign-in and protected pages ask to sign in again', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
    await expect(page).toHaveURL(/\/instructor$/);
    await new Shell(page).signOut();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/instructor');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('an unknown address shows a clear not-found page', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  });
});

test.describe('language', () => {
  test('the switch changes the language at once, and it is remembered', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await new Shell(page).switchLanguage('en');
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await new SignInPage(page, 'en').signIn(DEMO.admin.email, DEMO.admin.password);
    await expect(page.getByTestId('welcome-card')).toContainText(`Welcome, ${DEMO.admin.name}`);
    expect(await new Shell(page).navLinks('en')).toEqual(expect.arrayContaining(['Home', 'Users']));
    await page.reload();
    await expect(page.getByTestId('welcome-card')).toContainText('Welcome');
    await expectNoSeriousA11yViolations(page, 'admin home in English');
    // Back to French for the other journeys' account.
    await new Shell(page).switchLanguage('fr');
    await expect(page.getByTestId('welcome-card')).toContainText('Bienvenue');
  });

  test('an English browser gets English at its first visit', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto('/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });
});

test.describe('accounts', () => {
  test('the admin creates a user; the set-password link lets them in once', async ({
    page,
    browser,
    baseURL,
  }) => {
    const email = `new.${unique()}@clique.test`;
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Nouvel utilisateur' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('E-mail', { exact: true }).fill(email);
    await dialog.getByLabel('Nom', { exact: true }).fill('Zoé Vuilleumier');
    await dialog.getByRole('button', { name: 'Créer' }).click();
    const link = await page.getByTestId('set-password-url').inputValue();
    expect(link).toContain('/set-password?token=');

    const guest = await browser.newContext({ locale: 'fr-CH' });
    const newcomer = await guest.newPage();
    await newcomer.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
    await expect(newcomer.getByTestId('set-password-account')).toContainText(email);
    await newcomer.getByLabel('Nouveau mot de passe').fill('un mot de passe assez long');
    await newcomer.getByLabel('Confirmer le mot de passe').fill('un mot de passe assez long');
    await newcomer.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(newcomer.getByTestId('password-set-message')).toBeVisible();
    await new SignInPage(newcomer).signIn(email, 'un mot de passe assez long');
    await expect(newcomer).toHaveURL(/\/student$/);

    await newcomer.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
    await expect(newcomer.getByTestId('token-invalid')).toBeVisible();
    await guest.close();
  });

  test('a deactivated user is signed out everywhere', async ({ page, baseURL }) => {
    const admin = await Api.as(baseURL!, DEMO.admin);
    const email = `leaving.${unique()}@clique.test`;
    const created = await admin.json<{ user: { id: string }; setPasswordUrl: string }>(
      admin.post('/api/users', { email, displayName: 'Paul Départ', role: 'student' }),
      201,
    );
    const token = new URL(created.setPasswordUrl).searchParams.get('token');
    const guest = await Api.as(baseURL!, DEMO.student);
    await guest.post('/api/auth/password', { token, password: 'un mot de passe assez long' });
    await guest.dispose();

    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(email, 'un mot de passe assez long');
    await expect(page).toHaveURL(/\/student$/);
    await admin.json(admin.patch(`/api/users/${created.user.id}`, { active: false }));
    await page.reload();
    await expect(page).toHaveURL(/\/sign-in/);
    await admin.dispose();
  });
});

test.describe('phone @phone', () => {
  test('a student signs in on a phone and reaches the navigation through the menu', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await expectNoSeriousA11yViolations(page, 'sign-in on a phone');
    await signIn.signIn(DEMO.student.email, DEMO.student.password);
    await expect(page).toHaveURL(/\/student$/);
    expect(await new Shell(page).navLinks()).toContain('Accueil');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    expect(overflow, 'the page scrolls sideways on a phone').toBe(false);
    await expectNoSeriousA11yViolations(page, 'student home on a phone');
  });
});
