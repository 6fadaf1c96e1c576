import type { Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { addDays, onOrAfter, todayIn, ZURICH, zonedInstant } from '../support/dates';
import { demoCohort } from '../support/demo';
import { expect, test } from '../support/fixtures';

/** The admin's list pages, each a paged table in the shared list frame. */
const LISTS = [
  { name: 'programmes', path: '/admin/programmes' },
  { name: 'cohorts', path: '/admin/cohorts' },
  { name: 'partners', path: '/admin/partners' },
  { name: 'rooms', path: '/admin/rooms' },
  { name: 'speakers', path: '/admin/speakers' },
  { name: 'invitations', path: '/admin/invitations' },
  { name: 'users', path: '/admin/users' },
] as const;

async function signInAsAdmin(page: Page): Promise<void> {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.admin.email, DEMO.admin.password);
  await expect(page).toHaveURL(/\/admin$/);
}

/** Opens a list and waits until its first page has loaded with at least one row. */
async function openList(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const rows = page.locator('cq-list-frame tbody tr');
  await expect(rows.first()).toBeVisible();
  await expect(page.locator('cq-list-frame mat-progress-bar')).toHaveCount(0);
  return rows;
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test.describe('list pages on a phone @phone-only', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the invitations list shows every row as a card with its status in view @phone', async ({
    page,
  }) => {
    await signInAsAdmin(page);
    const rows = await openList(page, '/admin/invitations');

    const count = await rows.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i += 1) {
      const status = rows.nth(i).locator('td.mat-column-status');
      await status.scrollIntoViewIfNeeded();
      await expect(status).toBeVisible();
      // The status is labelled on the card and reads in full between the screen's edges.
      await expect(status).toHaveAttribute('data-label', 'Statut');
      const box = await status.boundingBox();
      expect(box, `status of row ${i + 1}`).not.toBeNull();
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
      await expect(status).toBeInViewport({ ratio: 1 });
    }
    expect(await sidewaysOverflow(page), 'invitations scroll sideways').toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page, 'invitations on a phone');
  });

  test('every admin list reads as cards without sideways scrolling @phone', async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    await signInAsAdmin(page);
    for (const list of LISTS) {
      const rows = await openList(page, list.path);
      // The header row gives way to the column names on each card.
      await expect(page.locator('cq-list-frame thead')).toBeHidden();
      await expect(rows.first().locator('td[data-label]').nth(1)).toBeVisible();
      expect(await sidewaysOverflow(page), `${list.name} scrolls sideways`).toBeLessThanOrEqual(0);
      await expectNoSeriousA11yViolations(page, `${list.name} on a phone`);
      await page.screenshot({
        path: testInfo.outputPath(`${list.name}-phone.png`),
        fullPage: true,
      });
    }
  });
});

test.describe('list pages on a desktop', () => {
  test('every admin list shows its table with column headers and a paginator', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    await signInAsAdmin(page);
    for (const list of LISTS) {
      await openList(page, list.path);
      await expect(page.locator('cq-list-frame thead')).toBeVisible();
      await expect(page.getByRole('columnheader').first()).toBeVisible();
      await expect(page.locator('cq-list-frame mat-paginator')).toBeVisible();
      await page.screenshot({
        path: testInfo.outputPath(`${list.name}-desktop.png`),
        fullPage: true,
      });
    }
  });

  test('a search that finds nothing says so, and clearing it brings the rows back', async ({
    page,
  }) => {
    await signInAsAdmin(page);
    const rows = await openList(page, '/admin/speakers');
    const before = await rows.count();
    await page.getByRole('searchbox', { name: /Rechercher/ }).fill(`personne ${unique()}`);
    await expect(rows).toHaveCount(0);
    await expect(page.locator('cq-list-frame .cq-list-status')).toHaveText(
      'Aucun intervenant ne correspond à la recherche.',
    );
    await page.getByRole('button', { name: 'Effacer la recherche' }).click();
    await expect(rows).toHaveCount(before);
  });
});

/** A Saturday five to six weeks from today, in the programme's time zone. */
function upcomingSaturday(): string {
  return onOrAfter(addDays(todayIn(ZURICH), 35), 6);
}

test('the week view shows the Saturday a session takes place on', async ({ page, baseURL }) => {
  const saturday = upcomingSaturday();
  const title = `Atelier du samedi ${unique()}`;
  const admin = await Api.as(baseURL ?? '', DEMO.admin);
  // The demo cohort, whatever year the demo was loaded in.
  const cohort = await demoCohort(baseURL ?? '');
  // 18:00-19:00 in Zurich, after the demo's Saturday course days end.
  await admin.json(
    admin.post('/api/sessions', {
      cohortId: cohort.id,
      title,
      kind: 'workshop',
      startsAt: zonedInstant(saturday, '18:00'),
      endsAt: zonedInstant(saturday, '19:00'),
    }),
    201,
  );
  await admin.dispose();

  await signInAsAdmin(page);
  await page.goto(`/admin/calendar?view=week&date=${saturday}`);
  await expect(page.getByText(/^sam\.?$/i)).toBeVisible();
  const session = page.getByRole('link', { name: new RegExp(title) });
  await session.scrollIntoViewIfNeeded();
  // In full view: not in a column scrolled off to the side of the week.
  await expect(session).toBeInViewport({ ratio: 1 });
  const column = page.locator('section.day', { has: session });
  await expect(column).toHaveAttribute('aria-label', /^sam/i);
});
