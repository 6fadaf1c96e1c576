import { type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { givePassword, ownCohort } from '../support/cohorts';
import { addDays, todayIn, ZURICH } from '../support/dates';
import { expect, test } from '../support/fixtures';
import { SignInPage } from '../pages/sign-in.page';

interface MailSummary {
  id: string;
  recipient: string;
  kind: string;
  subject: string;
}

/** The mails of one recipient in the built-in mailbox, as the admin's "Sent mail" lists them. */
async function mailsTo(admin: Api, email: string, kind: string): Promise<MailSummary[]> {
  const page = await admin.json<{ items: MailSummary[] }>(
    admin.get(`/api/admin/mail?q=${encodeURIComponent(email)}&kind=${kind}&page=1&size=20`),
  );
  return page.items.filter((m) => m.recipient === email.toLowerCase());
}

/** The one link of the latest mail of that kind to that address (waits for the worker). */
async function mailedLink(
  baseURL: string,
  email: string,
  kind: string,
  pattern = /\/(set|reset)-password\?token=/,
): Promise<string> {
  const admin = await Api.as(baseURL, DEMO.admin);
  try {
    let mails: MailSummary[] = [];
    await expect
      .poll(async () => (mails = await mailsTo(admin, email, kind)).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const detail = await admin.json<{ links: string[] }>(
      admin.get(`/api/admin/mail/${mails[0].id}`),
    );
    const link = detail.links.find((l) => pattern.test(l));
    expect(link, `a link of ${kind} in the mail to ${email}`).toBeTruthy();
    return link!.replace(/^https?:\/\/[^/]+/, baseURL);
  } finally {
    await admin.dispose();
  }
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test.describe('account mail', () => {
  test('an admin imports students and finds their invitations in Sent mail', async ({
    page,
    baseURL,
  }) => {
    const tag = unique();
    const admin = await Api.as(baseURL!, DEMO.admin);
    const code = `AM${tag.slice(-6).toUpperCase()}`;
    const programme = await admin.json<{ id: string }>(
      admin.post('/api/programmes', {
        code,
        title: `Parcours courrier ${tag}`,
        gradingScale: 'CH_6',
        timeZone: ZURICH,
      }),
      201,
    );
    const today = todayIn(ZURICH);
    const cohort = await admin.json<{ id: string; name: string }>(
      admin.post('/api/cohorts', {
        programmeId: programme.id,
        name: `${code} volée`,
        startsOn: today,
        endsOn: addDays(today, 365),
        status: 'running',
      }),
      201,
    );
    await admin.dispose();
    const students = [
      { email: `ines.morel.${tag}@clique.test`, given: 'Inès', family: 'Morel', lang: 'fr' },
      { email: `noah.keller.${tag}@clique.test`, given: 'Noah', family: 'Keller', lang: 'en' },
    ];
    const csv = [
      'email;prénom;nom;langue',
      ...students.map((s) => `${s.email};${s.given};${s.family};${s.lang}`),
    ].join('\n');

    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
    await expect(page).toHaveURL(/\/admin$/);
    await page.goto(`/admin/cohorts/${cohort.id}/import`);
    await page.getByLabel('Choisir un fichier CSV').setInputFiles({
      name: 'etudiants.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await page.getByRole('button', { name: 'Importer les lignes valides (2)' }).click();
    const mailed = page.getByTestId('invitations-mailed');
    await expect(mailed).toContainText('Invitations envoyées par e-mail : 2');
    await expectNoSeriousA11yViolations(page, 'import result');
    await shot(page, 'import-result');

    await mailed.getByRole('link', { name: /Courrier envoyé/ }).click();
    await expect(page).toHaveURL(/\/admin\/mail/);
    for (const s of students) await expect(page.getByText(s.email).first()).toBeVisible();
    await shot(page, 'sent-mail');
  });

  test('a student who forgot the password gets a link by mail and signs in with a new one', async ({
    page,
    baseURL,
  }) => {
    const tag = unique();
    const own = await ownCohort(baseURL!, tag);
    await givePassword(baseURL!, own.student.id);
    const newPassword = 'mon nouveau mot de passe';

    const signIn = new SignInPage(page);
    await signIn.open();
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await expect(page).toHaveURL(/\/forgot-password$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'forgot password');
    await page.getByLabel('E-mail', { exact: true }).fill(own.student.email);
    await page.getByRole('button', { name: 'Envoyer le lien' }).click();
    await expect(page.getByTestId('forgot-password-sent')).toContainText(
      `Si un compte existe avec l’adresse ${own.student.email}`,
    );
    await expectNoSeriousA11yViolations(page, 'forgot password sent');
    await shot(page, 'forgot-password-sent');

    const link = await mailedLink(baseURL!, own.student.email, 'account.password-reset');
    expect(link).toContain('/reset-password?token=');
    await page.goto(link);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' }),
    ).toBeVisible();
    await expect(page.getByTestId('set-password-account')).toContainText(own.student.email);
    await expectNoSeriousA11yViolations(page, 'reset password');
    await shot(page, 'reset-password');
    await page.getByLabel('Nouveau mot de passe').fill(newPassword);
    await page.getByLabel('Confirmer le mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect(page.getByTestId('password-set-message')).toBeVisible();

    await signIn.signIn(own.student.email, newPassword);
    await expect(page).toHaveURL(/\/student$/);

    // Their own account page, where the e-mail changes through a confirmation link.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Mon compte' }).click();
    await expect(page.getByTestId('account-email')).toHaveText(own.student.email);
    const newEmail = `nouvelle.${tag}@clique.test`;
    await page.getByLabel('Nouvelle adresse e-mail').fill(newEmail);
    await page.getByLabel('Mot de passe actuel').fill(newPassword);
    await page.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
    await expect(page.getByTestId('pending-email')).toContainText(newEmail);
    await expectNoSeriousA11yViolations(page, 'account');
    await shot(page, 'account');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'account-phone');

    // The new address confirms through the link mailed to it; the account then uses it.
    const confirm = await mailedLink(
      baseURL!,
      newEmail,
      'account.email-change.confirm',
      /\/confirm-email\?token=/,
    );
    await page.goto(confirm);
    await expectNoSeriousA11yViolations(page, 'confirm e-mail');
    await page.getByRole('button', { name: 'Confirmer l’adresse' }).click();
    await expect(page.getByTestId('email-confirmed')).toContainText(newEmail);
    await shot(page, 'confirm-email-phone');
    await page.getByRole('link', { name: 'Aller à mon compte' }).click();
    await expect(page.getByTestId('account-email')).toHaveText(newEmail);

    // The reset link worked once.
    await page.goto(link);
    await expect(page.getByTestId('token-invalid')).toBeVisible();
  });
});
