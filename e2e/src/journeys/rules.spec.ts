import { SignInPage } from '../pages/sign-in.page';
import { Shell } from '../pages/shell';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { expect, test } from '../support/fixtures';

test('the admin applies the Swiss preset, adds a rule with the keyboard only, and reads the rules as sentences in French and English', async ({
  page,
  baseURL,
}, testInfo) => {
  const api = await Api.as(baseURL!, DEMO.admin);
  const code = `R${unique().slice(-6).toUpperCase()}`;
  const programme = await api.json<{ id: string }>(
    api.post('/api/programmes', {
      code,
      title: 'Diplôme de test des règles',
      gradingScale: 'CH_6',
    }),
    201,
  );
  await api.dispose();

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`/admin/programmes/${programme.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  const rules = page.getByRole('list', { name: 'Règles du diplôme' });

  // The Swiss preset, after a confirmation.
  await page.getByRole('button', { name: 'Appliquer un modèle' }).click();
  await page.getByRole('menuitem', { name: 'Diplôme suisse (1–6)' }).click();
  const confirm = page.getByRole('dialog', { name: /Appliquer « Diplôme suisse/ });
  await confirm.getByRole('button', { name: 'Appliquer' }).click();
  await expect(confirm).toBeHidden();
  await expect(rules.getByRole('listitem')).toHaveText([
    /Moyenne générale ≥ 4/,
    /Au plus 1 module sous 4/,
    /Chaque module ≥ 3/,
    /Présence ≥ 80 %/,
    /Note du projet ≥ 4/,
  ]);
  await expect(page.getByText('Arrondie à 0,5')).toBeVisible();

  // A rule added with the keyboard only: the dialog opens on Enter, the kind is chosen with
  // the arrows, the threshold typed, Enter saves.
  await page.getByRole('button', { name: 'Ajouter une règle' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Nouvelle règle du diplôme' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Règle' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox', { name: 'Règle' })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Règle' })).toContainText(
    'Minimum pour chaque module',
  );
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('spinbutton', { name: /Au moins \(note\)/ })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3.5');
  await expectNoSeriousA11yViolations(page, 'rule dialog');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(rules.getByRole('listitem')).toHaveCount(6);
  await expect(rules.getByRole('listitem').last()).toHaveText(/Chaque module ≥ 3,5/);

  // Alt+↑ moves the focused rule up.
  await expect(rules.getByRole('listitem').last()).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(rules.getByRole('listitem').nth(4)).toHaveText(/Chaque module ≥ 3,5/);
  await expect(rules.getByRole('listitem').nth(4)).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'programme rules (fr)');
  await page.screenshot({ path: testInfo.outputPath('rules-fr.png'), fullPage: true });

  await new Shell(page).switchLanguage('en');
  const english = page.getByRole('list', { name: 'Diploma rules' });
  await expect(english.getByRole('listitem')).toHaveText([
    /Overall average ≥ 4/,
    /At most 1 module below 4/,
    /Every module ≥ 3/,
    /Attendance ≥ 80%/,
    /Every module ≥ 3.5/,
    /Project grade ≥ 4/,
  ]);
  await expectNoSeriousA11yViolations(page, 'programme rules (en)');

  // On a phone the rules stay readable.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(english.getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('rules-phone.png'), fullPage: true });
  // The language is the admin's own setting: give it back for the other journeys.
  await new Shell(page).switchLanguage('fr');
});

test('the licence pro of the demo groups its project and work period, and a work-study student reads its rules in French', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  const api = await Api.as(baseURL!, DEMO.admin);
  const list = await api.json<{ items: { id: string; code: string }[] }>(
    api.get('/api/programmes?q=LP-TIC-ARC'),
  );
  await api.dispose();
  const licence = list.items.find((p) => p.code === 'LP-TIC-ARC');
  expect(licence).toBeDefined();

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
  await expect(page).toHaveURL(/\/admin$/);
  if ((await page.locator('html').getAttribute('lang')) !== 'fr')
    await new Shell(page).switchLanguage('fr');
  await page.goto(`/admin/programmes/${licence!.id}`);
  const rules = page.getByRole('list', { name: 'Règles du diplôme' });
  await expect(rules.getByRole('listitem')).toHaveText([
    /Moyenne générale ≥ 10/,
    /Moyenne de UE 5 projet \+ stage ≥ 10/,
    /Présence ≥ 80 %/,
  ]);
  const periods = page.getByRole('list', { name: 'Périodes (semestres)' });
  await expect(periods.getByRole('listitem')).toHaveText([/Semestre 1/, /Semestre 2/]);
  await expect(page.getByRole('list', { name: 'Groupes de règles' })).toContainText(
    'Modules : UE5-PT, UE5-PE',
  );
  await expect(
    page.getByRole('heading', { level: 3, name: /UE5-PT · Projet tuteuré/ }),
  ).toContainText('Projet');

  await page.getByRole('button', { name: 'Modifier les réglages' }).click();
  const settings = page.getByRole('dialog', { name: /Notation et présence de LP-TIC-ARC/ });
  await expect(
    settings.getByRole('combobox', { name: 'Poids d’un module dans une moyenne' }),
  ).toContainText('Ses crédits ECTS');
  await expectNoSeriousA11yViolations(page, 'programme settings dialog');
  await page.screenshot({ path: testInfo.outputPath('settings-dialog.png') });
  await settings.getByRole('button', { name: 'Annuler' }).click();
  await expectNoSeriousA11yViolations(page, 'licence programme page');
  await page.screenshot({ path: testInfo.outputPath('licence-fr.png'), fullPage: true });

  const context = await browser.newContext({ locale: 'fr-FR' });
  const emma = await context.newPage();
  await new SignInPage(emma).open();
  await new SignInPage(emma).signIn('emma.lefebvre@clique.test', DEMO.student.password);
  await expect(emma).toHaveURL(/\/student$/);
  await expect(emma.getByRole('heading', { level: 2, name: 'Mon programme' })).toBeVisible();
  await expect(emma.getByText('Moyenne de UE 5 projet + stage ≥ 10')).toBeVisible();
  await expect(emma.getByText('Réseau des Médiathèques de Nantes')).toBeVisible();
  await expectNoSeriousA11yViolations(emma, 'licence student home');
  await emma.screenshot({ path: testInfo.outputPath('licence-student.png'), fullPage: true });
  await context.close();
});
