import { SignInPage } from '../pages/sign-in.page';
import { Shell } from '../pages/shell';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { DEMO, unique } from '../support/api';
import { partsOf, todayIn, ZURICH } from '../support/dates';
import { expect, test } from '../support/fixtures';

test('the admin sets up a programme, a cohort and imports students; one signs in and sees the modules in French and English', async ({
  page,
  browser,
  baseURL,
}) => {
  const code = `E2E${unique().slice(-5).toUpperCase()}`;
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
  await expect(page).toHaveURL(/\/admin$/);

  // A programme with two modules.
  await new Shell(page).nav().getByRole('link', { name: 'Programmes', exact: true }).click();
  await page.getByRole('link', { name: 'Nouveau programme' }).click();
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(code);
  await page
    .getByRole('textbox', { name: 'Titre', exact: true })
    .fill('Community management et médias sociaux');
  await page.getByRole('radio', { name: /^Suisse, de 1 à 6/ }).check();
  await expectNoSeriousA11yViolations(page, 'programme form');
  await page.getByRole('button', { name: 'Créer le programme' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);

  const modules = [
    {
      code: 'I',
      title: 'Culture et stratégie des médias sociaux',
      outcome: 'Définir une stratégie de présence',
    },
    { code: 'II', title: 'Outils et pratiques', outcome: 'Animer une communauté au quotidien' },
  ];
  for (const m of modules) {
    await page.getByRole('button', { name: 'Ajouter un module' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau module' });
    await dialog.getByRole('textbox', { name: 'Code du module', exact: true }).fill(m.code);
    await dialog.getByRole('textbox', { name: 'Titre du module', exact: true }).fill(m.title);
    await dialog.getByRole('button', { name: 'Ajouter un acquis' }).click();
    await dialog.getByRole('textbox', { name: 'Acquis 1', exact: true }).fill(m.outcome);
    await dialog.getByRole('button', { name: 'Ajouter le module' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('heading', { level: 3, name: `${m.code} · ${m.title}` }),
    ).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page, 'programme page');

  // A cohort of that programme for next academic year, typed the Swiss way.
  const year = partsOf(todayIn(ZURICH)).year + 1;
  const cohortName = `${code} ${year}–${year + 1}`;
  await page.getByRole('link', { name: 'Nouvelle promotion' }).click();
  await page.getByRole('textbox', { name: 'Nom de la promotion', exact: true }).fill(cohortName);
  await page.getByRole('textbox', { name: 'Date de début', exact: true }).fill(`01.09.${year}`);
  await page.getByRole('textbox', { name: 'Date de fin', exact: true }).fill(`30.06.${year + 1}`);
  await page.getByRole('button', { name: 'Créer la promotion' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Étudiants' })).toBeVisible();

  // Three students from a CSV (semicolons, a BOM and accents, as Excel writes it).
  const tag = unique();
  const students = [
    { given: 'Léa', family: 'Müller', email: `lea.muller.${tag}@clique.test`, lang: 'fr' },
    { given: 'Noé', family: 'Châtelain', email: `noe.chatelain.${tag}@clique.test`, lang: 'en' },
    { given: 'Anaïs', family: 'Dupraz', email: `anais.dupraz.${tag}@clique.test`, lang: 'fr' },
  ];
  const csv =
    '\uFEFFe-mail;prénom;nom;langue\n' +
    students.map((s) => `${s.email};${s.given};${s.family};${s.lang}`).join('\n') +
    '\n';
  await page.getByRole('link', { name: 'Importer un CSV' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Importer des étudiants' }),
  ).toBeVisible();
  await page.getByLabel('Choisir un fichier CSV').setInputFiles({
    name: 'etudiants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(page.getByRole('heading', { level: 2, name: 'Aperçu' })).toBeVisible();
  const preview = page.getByRole('table', { name: 'Aperçu des lignes du fichier' });
  for (const s of students) await expect(preview).toContainText(s.email);
  await expectNoSeriousA11yViolations(page, 'import preview');
  await page.getByRole('button', { name: 'Importer les lignes valides (3)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import terminé' })).toBeVisible();
  const linkCell = page.getByRole('row', { name: /Léa Müller/ }).getByTestId('set-password-url');
  const link = ((await linkCell.textContent()) ?? (await linkCell.inputValue())).trim();
  expect(link).toContain('/set-password?token=');

  // Léa sets her password, signs in and sees her programme's modules.
  const context = await browser.newContext({ locale: 'fr-CH' });
  const lea = await context.newPage();
  await lea.goto(link.replace(/^https?:\/\/[^/]+/, baseURL!));
  await lea.getByLabel('Nouveau mot de passe').fill('mon mot de passe secret');
  await lea.getByLabel('Confirmer le mot de passe').fill('mon mot de passe secret');
  await lea.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await new SignInPage(lea).signIn(students[0].email, 'mon mot de passe secret');
  await expect(lea).toHaveURL(/\/student$/);
  await expect(lea.getByRole('heading', { level: 2, name: 'Mon programme' })).toBeVisible();
  for (const m of modules) {
    await expect(
      lea.getByRole('button', { name: new RegExp(`^${m.code} · ${m.title}`) }),
    ).toBeVisible();
    await expect(lea.getByText(m.outcome)).toBeVisible();
  }
  await expect(
    lea.getByRole('heading', { level: 2, name: /Camarades de promotion \(2\)/ }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(lea, 'student home (fr)');

  await new Shell(lea).switchLanguage('en');
  await expect(lea.getByRole('heading', { level: 2, name: 'My programme' })).toBeVisible();
  await expect(lea.getByText('What you will be able to do').first()).toBeVisible();
  await expect(lea.getByRole('heading', { level: 2, name: /Classmates \(2\)/ })).toBeVisible();
  await expectNoSeriousA11yViolations(lea, 'student home (en)');
  await context.close();
});

test('the admin creates a programme in Montréal by typing the city in the time-zone field, with the keyboard', async ({
  page,
}) => {
  const code = `TZ${unique().slice(-5).toUpperCase()}`;
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
  await page.goto('/admin/programmes/new');
  await page.getByRole('textbox', { name: 'Code', exact: true }).fill(code);
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill('Gestion de communautés');
  const zone = page.getByRole('combobox', { name: 'Fuseau horaire' });
  await zone.fill('');
  await zone.pressSequentially('montreal');
  const option = page.getByRole('option', { name: /America\/Montreal/ });
  await expect(option).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'time-zone choices');
  await page.screenshot({ path: 'tmp/screenshots/programme-time-zone.png' });
  await zone.press('ArrowDown');
  await zone.press('Enter');
  await expect(zone).toHaveValue('America/Montreal');
  // A zone that is no place's clocks is refused in place, before anything is sent.
  await zone.fill('UTC+3');
  await zone.press('Tab');
  await expect(page.getByText(/fuseau/i).and(page.locator('mat-error'))).toBeVisible();
  await zone.fill('America/Montreal');
  await zone.press('Escape');
  await page.getByRole('button', { name: 'Créer le programme' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
  await expect(page.getByText('America/Montreal', { exact: true })).toBeVisible();
});
