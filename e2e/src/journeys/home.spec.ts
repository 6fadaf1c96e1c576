import type { Page } from '@playwright/test';
import { Shell } from '../pages/shell';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { givePassword, OWN_PASSWORD, type OwnCohort, ownCohort } from '../support/cohorts';
import { addDays, todayIn, ZURICH, zonedInstant } from '../support/dates';
import { expect, test } from '../support/fixtures';

/*
 * Each role's home says what is next: the item set up for the user is there, it leads to the
 * page where it is handled, and once handled it is gone from the home. Data through the API,
 * dates from today.
 */

const PASSWORD = OWN_PASSWORD;

/** A project of the own cohort's student, proposed by (and so tutored by) the demo instructor. */
async function proposedProject(baseURL: string, own: OwnCohort, title: string): Promise<string> {
  const instructor = await Api.as(baseURL, DEMO.instructor);
  try {
    const project = await instructor.json<{ id: string }>(
      instructor.post('/api/projects', {
        cohortId: own.cohort.id,
        title,
        newPartner: { name: `Ludothèque ${unique()}`, sector: 'Culture' },
        memberIds: [own.student.id],
      }),
      201,
    );
    return project.id;
  } finally {
    await instructor.dispose();
  }
}

/** A workshop of the own cohort tomorrow at dawn, before any demo course day. */
async function sessionTomorrow(baseURL: string, own: OwnCohort, title: string): Promise<void> {
  const admin = await Api.as(baseURL, DEMO.admin);
  const tomorrow = addDays(todayIn(ZURICH), 1);
  await admin.json(
    admin.post('/api/sessions', {
      cohortId: own.cohort.id,
      title,
      kind: 'workshop',
      startsAt: zonedInstant(tomorrow, '06:00'),
      endsAt: zonedInstant(tomorrow, '06:45'),
    }),
    201,
  );
  await admin.dispose();
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  const signInPage = new SignInPage(page);
  await signInPage.open();
  await signInPage.signIn(who.email, who.password);
  await expect(page).not.toHaveURL(/sign-in/);
}

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0);
}

test('a student sees the sent-back proposal first, proposes it again, and it leaves the home @phone', async ({
  page,
  baseURL,
}, testInfo) => {
  const tag = unique();
  const own = await ownCohort(baseURL!, tag);
  await givePassword(baseURL!, own.student.id);
  const title = `Communauté des joueurs ${tag}`;
  const projectId = await proposedProject(baseURL!, own, title);
  const instructor = await Api.as(baseURL!, DEMO.instructor);
  await instructor.json(
    instructor.post(`/api/projects/${projectId}/transitions`, {
      to: 'sent_back',
      comment: 'Chiffrez les objectifs de la communauté.',
    }),
  );
  await instructor.dispose();
  const workshop = `Atelier de veille ${tag}`;
  await sessionTomorrow(baseURL!, own, workshop);

  await signIn(page, { email: own.student.email, password: PASSWORD });
  await expect(page).toHaveURL(/\/student$/);
  await expect(page.getByTestId('home-next-session')).toContainText(workshop);
  const project = page.getByTestId('home-project');
  await expect(project).toContainText('Renvoyé');
  await expect(project).toContainText('1 commentaire(s) à traiter');
  await expectNoSidewaysScroll(page, 'student home');
  await expectNoSeriousA11yViolations(page, 'student home (fr)');
  await page.screenshot({ path: testInfo.outputPath('student-home-fr.png'), fullPage: true });

  // The item leads to the project page, where the team proposes it again.
  await project.getByRole('link', { name: new RegExp(title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Proposer à nouveau' }).click();
  const dialog = page.getByRole('dialog', { name: 'Proposer à nouveau ?' });
  await dialog.getByRole('button', { name: 'Proposer à nouveau' }).click();
  await expect(page.getByText('Proposition envoyée à nouveau.')).toBeVisible();

  // Back home: the tutor acts next, nothing is sent back any more.
  await new Shell(page).openNavIfCollapsed();
  await new Shell(page).nav().getByRole('link', { name: 'Accueil' }).click();
  await expect(project).toContainText(`Votre tuteur·rice ${DEMO.instructor.name} examine`);
  await expect(project).not.toContainText('Renvoyé');

  // In English too.
  await new Shell(page).switchLanguage('en');
  await expect(project).toContainText(`Your tutor ${DEMO.instructor.name} is reviewing`);
  await expect(page.getByTestId('home-next-session')).toContainText(workshop);
  await expectNoSeriousA11yViolations(page, 'student home (en)');
  await page.screenshot({ path: testInfo.outputPath('student-home-en.png'), fullPage: true });
});

test('an instructor approves the proposal waiting on her home, in English, and it is gone', async ({
  page,
  baseURL,
}, testInfo) => {
  const tag = unique();
  const own = await ownCohort(baseURL!, tag);
  const title = `Podcast des anciens ${tag}`;
  await proposedProject(baseURL!, own, title);

  await signIn(page, DEMO.instructor);
  await expect(page).toHaveURL(/\/instructor$/);
  const shell = new Shell(page);
  await shell.switchLanguage('en');
  try {
    const projects = page.getByTestId('home-projects');
    await expect(projects).toContainText('Proposals to approve');
    await expect(projects.getByRole('link', { name: new RegExp(title) })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'instructor home (en)');
    await page.screenshot({ path: testInfo.outputPath('instructor-home-en.png'), fullPage: true });

    await projects.getByRole('link', { name: new RegExp(title) }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Approve the project?' });
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(page.getByText('Project approved.')).toBeVisible();

    await shell.openNavIfCollapsed('en');
    await shell.nav('en').getByRole('link', { name: 'Home' }).click();
    await expect(page.getByTestId('instructor-home')).toBeVisible();
    await expect(projects.getByRole('link', { name: new RegExp(title) })).toHaveCount(0);
  } finally {
    // Back to French for the other journeys' account.
    await shell.switchLanguage('fr');
  }
  await expect(page.getByTestId('home-today')).toContainText('Aujourd’hui');
  await expectNoSeriousA11yViolations(page, 'instructor home (fr)');
  await page.screenshot({ path: testInfo.outputPath('instructor-home-fr.png'), fullPage: true });
});

test('an administrator follows a cohort’s proposed project from the figures, approves it, and the figure moves @phone', async ({
  page,
  baseURL,
}, testInfo) => {
  const tag = unique();
  const own = await ownCohort(baseURL!, tag);
  const title = `Newsletter des bénévoles ${tag}`;
  await proposedProject(baseURL!, own, title);

  await signIn(page, DEMO.admin);
  await expect(page).toHaveURL(/\/admin$/);
  const card = page.getByTestId(`home-cohort-${own.cohort.id}`);
  await expect(card).toContainText(own.cohort.name);
  await expect(card.getByRole('link', { name: /actif·ves/ })).toContainText('1');
  const proposed = card.getByRole('link', { name: /Proposé · 1/ });
  await expect(proposed).toBeVisible();
  await expectNoSidewaysScroll(page, 'admin home');
  await expectNoSeriousA11yViolations(page, 'admin home (fr)');
  await page.screenshot({ path: testInfo.outputPath('admin-home-fr.png'), fullPage: true });

  // The figure opens the cohort's projects in that state, where the project is approved.
  await proposed.click();
  await expect(page).toHaveURL(
    new RegExp(`/admin/projects\\?cohort=${own.cohort.id}&state=proposed`),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Proposé' })).toContainText(': 1');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Approuver', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Approuver le projet ?' });
  await dialog.getByRole('button', { name: 'Approuver', exact: true }).click();
  await expect(page.getByText('Projet approuvé.')).toBeVisible();

  await page.goto('/admin');
  await expect(card.getByRole('link', { name: /Approuvé · 1/ })).toBeVisible();
  await expect(card.getByRole('link', { name: /Proposé/ })).toHaveCount(0);

  await new Shell(page).switchLanguage('en');
  await expect(card.getByRole('link', { name: /Approved · 1/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'admin home (en)');
  await page.screenshot({ path: testInfo.outputPath('admin-home-en.png'), fullPage: true });
  await new Shell(page).switchLanguage('fr');
});
