import type { Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { Shell } from '../pages/shell';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { DEMO } from '../support/api';
import { expect, test } from '../support/fixtures';

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
}

test.describe('on a phone @phone-only', () => {
  test('a student reads the programme, the agenda and the project page @phone', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.student.email, DEMO.student.password);
    await expect(page.getByRole('heading', { level: 2, name: 'Mon programme' })).toBeVisible();
    await expectNoSidewaysScroll(page, 'student home');
    await expectNoSeriousA11yViolations(page, 'student home on a phone');

    await new Shell(page).openNavIfCollapsed();
    await new Shell(page).nav().getByRole('link', { name: 'Calendrier' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Calendrier' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Agenda' })).toBeChecked();
    await expectNoSidewaysScroll(page, 'calendar');
    await expectNoSeriousA11yViolations(page, 'agenda on a phone');

    await new Shell(page).openNavIfCollapsed();
    await new Shell(page).nav().getByRole('link', { name: 'Mon projet' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page, 'project page');
    await expectNoSeriousA11yViolations(page, 'project page on a phone');
  });

  test('an admin manages cohorts and users on a phone @phone', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
    await new Shell(page).openNavIfCollapsed();
    await new Shell(page).nav().getByRole('link', { name: 'Promotions' }).click();
    await expect(page.getByRole('link', { name: /MCMS 2026–2027/ }).first()).toBeVisible();
    await expectNoSidewaysScroll(page, 'cohorts list');
    await expectNoSeriousA11yViolations(page, 'cohorts on a phone');
    await page
      .getByRole('link', { name: /MCMS 2026–2027/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 2, name: 'Étudiants' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'cohort roster on a phone');
  });
});
