import { type Browser, type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { givePassword, OWN_PASSWORD, ownCohort } from '../support/cohorts';
import { demoCohort } from '../support/demo';
import { expect, test } from '../support/fixtures';
import { servePage } from '../support/page-server';

const COMMENTARY =
  'L’article montre que la confiance envers une marque se gagne en conversant avec sa ' +
  'communauté plutôt qu’en diffusant des messages. Pour un community manager, cela veut dire ' +
  'répondre vite et en public, reconnaître ses erreurs et préparer une charte de modération ' +
  'avant la première crise : un point à discuter en atelier.';

async function signedIn(browser: Browser, baseURL: string, email: string, password: string) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'fr-CH',
  });
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email, password);
  await expect(page).not.toHaveURL(/sign-in/);
  return page;
}

async function noSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} scrolls sideways on a phone`).toBeLessThanOrEqual(0);
}

test.describe('the veille on a phone @phone-only', () => {
  test('a student shares a link, a classmate comments, the instructor pins it and counts @phone', async ({
    page,
    baseURL,
    browser,
  }) => {
    const tag = unique();
    const article = await servePage(tag);
    try {
      // A cohort of its own with two students and one topic.
      const own = await ownCohort(baseURL!, tag);
      await givePassword(baseURL!, own.student.id);
      const admin = await Api.as(baseURL!, DEMO.admin);
      const classmateEmail = `camarade.${tag}@clique.test`;
      const classmate = await admin.json<{ enrolment: { student: { id: string } } }>(
        admin.post(`/api/cohorts/${own.cohort.id}/enrolments`, {
          email: classmateEmail,
          givenName: 'Hugo',
          familyName: `Camarade ${tag}`,
        }),
        201,
      );
      await admin.dispose();
      await givePassword(baseURL!, classmate.enrolment.student.id);
      const instructorApi = await Api.as(baseURL!, DEMO.instructor);
      await instructorApi.json(
        instructorApi.post(`/api/veille/cohorts/${own.cohort.id}/topics`, {
          name: 'Réseaux sociaux',
        }),
        201,
      );
      await instructorApi.dispose();

      // The student shares from the phone: the link arrives in the form, the card shows.
      const signIn = new SignInPage(page);
      await signIn.open();
      await signIn.signIn(own.student.email, OWN_PASSWORD);
      await expect(page).not.toHaveURL(/sign-in/);
      await page.goto(`/student/veille/new?url=${encodeURIComponent(article.url)}`);
      const preview = page.getByRole('region', { name: 'Aperçu du lien' });
      await expect(preview).toContainText(article.title);
      await expect(preview).toContainText(article.siteName);
      await page.getByRole('checkbox', { name: 'Réseaux sociaux' }).check();
      await page.getByLabel('Votre commentaire', { exact: false }).first().fill(COMMENTARY);
      await noSidewaysScroll(page, 'the post form');
      await expectNoSeriousA11yViolations(page, 'the post form');
      await page.getByRole('button', { name: 'Publier' }).click();
      await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible({
        timeout: 20_000,
      });
      const postUrl = new URL(page.url()).pathname;
      expect(postUrl).toMatch(/\/student\/veille\/posts\/[0-9a-f-]{36}$/);
      await expect(page.getByText('Le Journal du Community Manager').first()).toBeVisible();
      await noSidewaysScroll(page, 'the post page');
      await expectNoSeriousA11yViolations(page, 'the post page');

      // The feed lists it.
      await page.goto('/student/veille');
      await expect(page.getByRole('link', { name: article.title })).toBeVisible();
      await noSidewaysScroll(page, 'the feed');
      await expectNoSeriousA11yViolations(page, 'the feed');

      // A classmate adds to the debate.
      const other = await signedIn(browser, baseURL!, classmateEmail, OWN_PASSWORD);
      await other.goto(postUrl);
      const comment = `Et qui rédige la charte ? ${tag}`;
      await other.getByLabel('Votre commentaire', { exact: false }).first().fill(comment);
      await other.getByRole('button', { name: 'Commenter' }).click();
      await expect(other.getByText(comment)).toBeVisible();
      await other.context().close();

      // The instructor pins it and reads the participation counts.
      const instructor = await signedIn(
        browser,
        baseURL!,
        DEMO.instructor.email,
        DEMO.instructor.password,
      );
      await instructor.goto(postUrl.replace('/student/', '/instructor/'));
      await expect(instructor.getByText(comment)).toBeVisible();
      await instructor.getByRole('button', { name: 'Épingler' }).click();
      await expect(instructor.getByRole('button', { name: 'Désépingler' })).toBeVisible();
      await instructor.goto(`/instructor/veille/participation/${own.cohort.id}`);
      const table = instructor.getByRole('table', { name: 'Participation' });
      await expect(table.getByRole('row', { name: /Zoé Test/ })).toContainText('1');
      await expect(table.getByRole('row', { name: /Hugo Camarade/ })).toContainText('1');
      await noSidewaysScroll(instructor, 'the participation page');
      await expectNoSeriousA11yViolations(instructor, 'the participation page');

      // Beside the roster, each student's veille; it opens the counts over the cohort's year.
      await instructor.goto(`/instructor/cohorts/${own.cohort.id}`);
      const counts = instructor.getByRole('link', { name: /^Veille de Zoé Test/ });
      await expect(counts).toContainText('Partages : 1');
      await expect(counts).toContainText('Commentaires : 0');
      await expect(
        instructor.getByRole('link', { name: /^Veille de Hugo Camarade/ }),
      ).toContainText('Commentaires : 1');
      await expectNoSeriousA11yViolations(instructor, 'the roster with the veille');
      await instructor.screenshot({ path: 'tmp/veille-roster-phone.png', fullPage: true });
      await counts.click();
      await expect(instructor).toHaveURL(
        /\/instructor\/veille\/participation\/.*from=\d{4}-\d{2}-\d{2}/,
      );
      await expect(
        instructor
          .getByRole('table', { name: 'Participation' })
          .getByRole('row', { name: /Zoé Test/ }),
      ).toContainText('1');
      await instructor.context().close();

      // The author was told of the comment, under the bell.
      await page.goto('/student/notifications');
      await expect(
        page.getByRole('link', { name: /Hugo Camarade .* a commenté votre partage/ }),
      ).toBeVisible();
    } finally {
      await article.close();
    }
  });
});

test.describe('the demo veille on a desktop', () => {
  test('the feed, search, a post, the public page and the settings read well and pass axe', async ({
    page,
    baseURL,
    browser,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.student.email, DEMO.student.password);
    await expect(page).not.toHaveURL(/sign-in/);
    await page.goto('/student/veille');
    const first = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .first();
    await expect(first).toContainText('Faut-il répondre aux trolls');
    await expect(first).toContainText('Épinglé');
    await expectNoSeriousA11yViolations(page, 'the demo feed');
    await page.screenshot({ path: 'tmp/veille-feed-desktop.png', fullPage: false });

    await page.getByLabel('Rechercher dans la veille').fill('moderation');
    await expect(
      page.getByRole('link', { name: 'Modérer une communauté : les bonnes pratiques' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Performance web' })).toHaveCount(0);
    await expect(page).toHaveURL(/q=moderation/);
    await page.getByRole('link', { name: 'Modérer une communauté : les bonnes pratiques' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Débat/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'a demo post');
    await page.screenshot({ path: 'tmp/veille-post-desktop.png', fullPage: true });

    const guest = await browser.newContext({ baseURL });
    const anonymous = await guest.newPage();
    await anonymous.goto('/veille/p/mcms-veille-demo');
    await expect(anonymous.getByRole('heading', { level: 1 })).toContainText('Veille');
    await expect(anonymous.getByRole('link', { name: 'Atom' })).toHaveAttribute(
      'href',
      /feed\.atom$/,
    );
    await expect(anonymous.getByText('90 % des marques')).toHaveCount(0);
    await expectNoSeriousA11yViolations(anonymous, 'the public page');
    await anonymous.screenshot({ path: 'tmp/veille-public-desktop.png' });
    await guest.close();
  });

  test('an instructor sets up the topics and reads the participation', async ({
    page,
    baseURL,
  }) => {
    // The demo instructor also teaches the cohorts other journeys make: pick the demo's.
    const cohort = await demoCohort(baseURL!);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
    await expect(page).not.toHaveURL(/sign-in/);
    await page.goto(`/instructor/veille?cohort=${cohort.id}`);
    await page.getByRole('link', { name: 'Réglages' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Réglages de la veille' }),
    ).toBeVisible();
    const topic = `Éthique ${unique()}`;
    await page.getByLabel('Nouveau sujet').fill(topic);
    await page.getByRole('button', { name: 'Ajouter' }).click();
    await expect(page.getByRole('listitem').filter({ hasText: topic })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the veille settings');
    await page.screenshot({ path: 'tmp/veille-settings-desktop.png', fullPage: true });
    await page.getByRole('link', { name: 'Retour à la veille' }).click();
    await page.getByRole('link', { name: 'Participation' }).click();
    await page.getByRole('button', { name: '4 derniers mois' }).click();
    const table = page.getByRole('table', { name: 'Participation' });
    await expect(table.getByRole('row', { name: /Camille Rochat/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the participation');
    await page.screenshot({ path: 'tmp/veille-participation-desktop.png', fullPage: true });
  });

  test('two students form a watch team with their specialties, and see its page', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn('manon.perret@clique.test', DEMO.student.password);
    await expect(page).not.toHaveURL(/sign-in/);
    await page.goto('/student/veille');
    await page.getByRole('link', { name: 'Former une équipe' }).click();
    const name = `Les Vigies ${unique()}`;
    await page.getByLabel('Nom de l’équipe').fill(name);
    await page
      .getByLabel('Pourquoi vous veillez ensemble')
      .fill('Le droit et le marketing, vus ensemble.');
    await page.getByRole('checkbox', { name: 'Chloé Jaccard' }).check();
    await page.getByRole('combobox', { name: 'Spécialité de Manon Perret' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Droit du numérique' }).click();
    await page.getByRole('combobox', { name: 'Spécialité de Chloé Jaccard' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Webmarketing' }).click();
    await expectNoSeriousA11yViolations(page, 'the team form');
    await page.getByRole('button', { name: 'Créer l’équipe' }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    const members = page.getByRole('list').filter({ hasText: 'Chloé Jaccard' });
    await expect(members).toContainText('Webmarketing');
    await expect(members).toContainText('Droit du numérique');
    await expectNoSeriousA11yViolations(page, 'the team page');
    await page.screenshot({ path: 'tmp/veille-team-desktop.png', fullPage: true });
  });
});
