import type { Browser, Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { DEMO, unique } from '../support/api';
import { expect, test } from '../support/fixtures';

/** A demo student of MCMS 2026–2027 who is in no project yet. */
const THEO = { email: 'theo.girard@clique.test', password: 'demo-student-2026' };

async function signedIn(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-CH', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(who.email, who.password);
  await expect(page).not.toHaveURL(/sign-in/);
  return page;
}

/** A small but real PDF. */
function pdf(text: string): Buffer {
  const body = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  return Buffer.from(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length ${body.length}>>stream\n${body}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    'latin1',
  );
}

test('a student proposes a project, the tutor approves it, the student uploads a PDF and reads the feedback', async ({
  page,
  browser,
}) => {
  const title = `Stratégie Instagram du Théâtre de Vidy ${unique()}`;
  const feedback = 'Bonne base. Précisez les indicateurs de succès pour la prochaine version.';

  // The student proposes, with a new partner organisation and its mentor.
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(THEO.email, THEO.password);
  await page.getByRole('link', { name: 'Mon projet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proposer un projet' })).toBeVisible();
  await page.getByLabel('Titre du projet').fill(title);
  await page
    .getByLabel(/Problème du partenaire/)
    .fill('Faire venir un public plus jeune grâce à Instagram.');
  await page.getByLabel('Nom de l’organisation').fill('Théâtre de Vidy');
  await page.getByLabel('Nom du mentor').fill('Julie Berset');
  await page.getByRole('combobox', { name: /Tuteur ou tutrice/ }).click();
  await page.getByRole('option', { name: DEMO.instructor.name }).click();
  await expectNoSeriousA11yViolations(page, 'project proposal');
  await page.getByRole('button', { name: 'Envoyer la proposition' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // The tutor approves it from the list of tutored projects.
  const tutor = await signedIn(browser, DEMO.instructor);
  await tutor.getByRole('link', { name: 'Projets tutorés' }).click();
  await tutor.getByRole('link', { name: title }).click();
  await expect(tutor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await tutor.getByRole('button', { name: 'Approuver', exact: true }).click();
  const approve = tutor.getByRole('dialog', { name: 'Approuver le projet ?' });
  await approve.getByRole('button', { name: 'Approuver', exact: true }).click();
  await expect(tutor.getByText('Projet approuvé.')).toBeVisible();

  // The student uploads a PDF for the first milestone; the progress bar shows while it goes.
  await page.reload();
  const milestone = page.getByRole('region', { name: 'Proposition de projet' });
  await page.route('**/api/milestones/*/submissions', async (route) => {
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.fulfill({ response });
  });
  await milestone.getByLabel('Déposer une version : Proposition de projet').setInputFiles({
    name: 'proposition.pdf',
    mimeType: 'application/pdf',
    buffer: pdf('Proposition de projet'),
  });
  await expect(
    milestone.getByRole('progressbar', { name: 'Envoi de « proposition.pdf »' }),
  ).toBeVisible();
  await expect(milestone.getByText('« proposition.pdf » déposé : version 1.')).toBeVisible();
  await expect(
    milestone.getByRole('link', { name: 'Télécharger la version 1 (proposition.pdf)' }),
  ).toBeVisible();
  await page.unroute('**/api/milestones/*/submissions');
  await expectNoSeriousA11yViolations(page, 'project page with an upload');

  // The tutor comments on that version.
  await tutor.reload();
  const tutorMilestone = tutor.getByRole('region', { name: 'Proposition de projet' });
  await tutorMilestone
    .getByRole('link', { name: 'Télécharger la version 1 (proposition.pdf)' })
    .waitFor();
  await tutorMilestone.getByLabel('Votre commentaire').fill(feedback);
  await tutorMilestone.getByRole('button', { name: 'Envoyer le commentaire' }).click();
  await expect(
    tutorMilestone.getByRole('article', { name: 'Commentaire de Sophie Mercier' }),
  ).toContainText(feedback);

  // The student sees it.
  await page.reload();
  const comment = page
    .getByRole('region', { name: 'Proposition de projet' })
    .getByRole('article', { name: 'Commentaire de Sophie Mercier' });
  await expect(comment).toContainText(feedback);
  await expect(comment).toContainText('sur la version 1');
  await tutor.context().close();
});
