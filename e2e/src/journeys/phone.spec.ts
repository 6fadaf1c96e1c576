import type { Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { Shell } from '../pages/shell';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { addDays, todayIn, ZURICH, zonedInstant } from '../support/dates';
import { type DemoCohort, demoCohort, demoStudentProject } from '../support/demo';
import { expect, test } from '../support/fixtures';

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
}

/** Neither the not-found nor the forbidden page, nor the global error banner. */
async function expectNoErrorPage(page: Page, label: string): Promise<void> {
  for (const name of ['Page introuvable', 'Accès refusé']) {
    await expect(page.getByRole('heading', { name }), `${label} is an error page`).toHaveCount(0);
  }
  await expect(page.getByTestId('api-status-banner'), `${label} shows an API error`).toHaveCount(0);
}

/** A session of the demo cohort tomorrow, early, with nobody booked: in every agenda from today. */
async function planSessionTomorrow(baseURL: string, cohort: DemoCohort, title: string) {
  const admin = await Api.as(baseURL, DEMO.admin);
  // 07:00 in Zurich: the demo's course days start at 09:00.
  const tomorrow = addDays(todayIn(ZURICH), 1);
  await admin.json(
    admin.post('/api/sessions', {
      cohortId: cohort.id,
      title,
      kind: 'workshop',
      startsAt: zonedInstant(tomorrow, '07:00'),
      endsAt: zonedInstant(tomorrow, '07:45'),
    }),
    201,
  );
  await admin.dispose();
}

test.describe('on a phone @phone-only', () => {
  test('a student reads the programme, the agenda and the project page @phone', async ({
    page,
    baseURL,
  }) => {
    const tag = unique();
    const sessionTitle = `Atelier du matin ${tag}`;
    // The demo cohort and the student's project as the demo stands today (her own proposal
    // if the demo's story has not reached her project yet).
    const cohort = await demoCohort(baseURL!);
    await planSessionTomorrow(baseURL!, cohort, sessionTitle);
    const project = await demoStudentProject(
      baseURL!,
      cohort,
      `Lancer la communauté des cyclistes ${tag}`,
    );
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.student.email, DEMO.student.password);
    await expect(page.getByRole('heading', { level: 2, name: 'Mon programme' })).toBeVisible();
    await expect(page.getByText(cohort.name).first()).toBeVisible();
    await expectNoErrorPage(page, 'student home');
    await expectNoSidewaysScroll(page, 'student home');
    await expectNoSeriousA11yViolations(page, 'student home on a phone');

    await new Shell(page).openNavIfCollapsed();
    await new Shell(page).nav().getByRole('link', { name: 'Calendrier' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Agenda' })).toBeChecked();
    await expect(page.getByRole('link', { name: sessionTitle })).toBeVisible();
    await expectNoErrorPage(page, 'calendar');
    await expectNoSidewaysScroll(page, 'calendar');
    await expectNoSeriousA11yViolations(page, 'agenda on a phone');

    await new Shell(page).openNavIfCollapsed();
    await new Shell(page).nav().getByRole('link', { name: 'Mon projet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: project.title })).toBeVisible();
    await expectNoErrorPage(page, 'project page');
    await expectNoSidewaysScroll(page, 'project page');
    await expectNoSeriousA11yViolations(page, 'project page on a phone');
  });

  test('an admin manages cohorts and users on a phone @phone', async ({ page, baseURL }) => {
    const cohort = await demoCohort(baseURL!);
    const name = new RegExp(cohort.name);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
    await new Shell(page).openNavIfCollapsed();
    await new Shell(page).nav().getByRole('link', { name: 'Promotions' }).click();
    await expect(page.getByRole('link', { name }).first()).toBeVisible();
    await expectNoSidewaysScroll(page, 'cohorts list');
    await expectNoSeriousA11yViolations(page, 'cohorts on a phone');
    await page.getByRole('link', { name }).first().click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Étudiants' })).toBeVisible();
    // The demo student is on the roster.
    await expect(page.getByText(DEMO.student.name).first()).toBeVisible();
    await expectNoErrorPage(page, 'cohort roster');
    await expectNoSidewaysScroll(page, 'cohort roster');
    await expectNoSeriousA11yViolations(page, 'cohort roster on a phone');
  });
});
