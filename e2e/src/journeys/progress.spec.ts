import { Shell } from '../pages/shell';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { expect, test } from '../support/fixtures';
import { pdfText } from '../support/pdf';

interface MyProgramme {
  cohort: { id: string; name: string };
  modules: { id: string; code: string }[];
}

/**
 * A graded and released assessment of the demo student in the first module of her programme,
 * set up through the API as her instructor would in the gradebook.
 */
async function releasedGrade(baseURL: string, title: string, score: number) {
  const student = await Api.as(baseURL, DEMO.student);
  const me = await student.json<{ id: string }>(student.get('/api/me'));
  const mine = await student.json<MyProgramme>(student.get('/api/me/programme'));
  await student.dispose();
  const instructor = await Api.as(baseURL, DEMO.instructor);
  try {
    const assessment = await instructor.json<{ id: string }>(
      instructor.post(`/api/cohorts/${mine.cohort.id}/assessments`, {
        moduleId: mine.modules[0].id,
        title,
        kind: 'exam',
        coefficient: 1,
      }),
      201,
    );
    await instructor.json(
      instructor.put(`/api/assessments/${assessment.id}/grades/${me.id}`, {
        score,
        expectedVersion: null,
      }),
    );
    const released = await instructor.post(`/api/assessments/${assessment.id}/release`);
    expect(released.status(), await released.text()).toBeLessThan(300);
    return { cohort: mine.cohort, module: mine.modules[0] };
  } finally {
    await instructor.dispose();
  }
}

test('a student sees a released grade and her progress in French and English, and downloads her transcript @phone', async ({
  page,
  baseURL,
}) => {
  const title = `Examen de veille ${unique()}`;
  await releasedGrade(baseURL!, title, 5.5);

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.student.email, DEMO.student.password);
  const shell = new Shell(page);
  await shell.openNavIfCollapsed();
  await shell.nav().getByRole('link', { name: 'Mes résultats' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes résultats' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Conditions du diplôme' }),
  ).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('5,5');
  await expectNoSeriousA11yViolations(page, 'my results');

  // The transcript: her name and the grade, in French.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Télécharger le relevé de notes/ }).click(),
  ]);
  const text = await pdfText(await download.path());
  expect(text).toContain('Relevé de notes');
  expect(text).toContain(DEMO.student.name);
  expect(text).toContain(title);
  expect(text).toContain('5,5');

  // In English: the same results in words, the grade with a decimal point.
  await shell.switchLanguage('en');
  try {
    await expect(page.getByRole('heading', { level: 1, name: 'My results' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Diploma requirements' }),
    ).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('5.5');
    await expectNoSeriousA11yViolations(page, 'my results in English');
  } finally {
    // Back to French for the other journeys' account.
    await shell.switchLanguage('fr');
  }
});

test('an instructor sees the cohort progress table with its chart and opens a student', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
  const shell = new Shell(page);
  await shell.openNavIfCollapsed();
  await shell.nav().getByRole('link', { name: 'Progression' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Progression de la volée' }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Volée' }).click();
  await page.getByRole('option', { name: /^MCMS \d{4}–\d{4}$/ }).click();
  await expect(page.getByRole('img', { name: /Répartition des moyennes générales/ })).toBeVisible();
  const link = page.getByRole('link', { name: DEMO.student.name });
  await expect(link).toBeVisible();
  await page.getByRole('button', { name: 'Moyenne' }).click();
  await expectNoSeriousA11yViolations(page, 'cohort progress');
  await link.click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Résultats de ${DEMO.student.name}` }),
  ).toBeVisible();
});
