import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { givePassword, OWN_PASSWORD, type OwnCohort, ownCohort } from '../support/cohorts';
import { demoCohort } from '../support/demo';
import { Shell } from '../pages/shell';
import { expect, test } from '../support/fixtures';

/*
 * An instructor fills the gradebook with the keyboard only, undoes a change and releases an
 * assessment; the student then sees the released grade and not the other. The cohort, its
 * module, students and assessments are set up through the API.
 */

interface Setup {
  own: OwnCohort;
  second: { id: string; name: string };
  exam: { id: string; title: string };
  oral: { id: string; title: string };
}

async function setUp(baseURL: string, tag: string): Promise<Setup> {
  const own = await ownCohort(baseURL, tag);
  const admin = await Api.as(baseURL, DEMO.admin);
  const module = await admin.json<{ id: string }>(
    admin.post(`/api/programmes/${own.programme.id}/modules`, {
      code: 'I',
      title: 'Stratégie',
    }),
    201,
  );
  const second = await admin.json<{ enrolment: { student: { id: string; displayName: string } } }>(
    admin.post(`/api/cohorts/${own.cohort.id}/enrolments`, {
      email: `zz.${tag}@clique.test`,
      givenName: 'Zacharie',
      familyName: `Test ${tag}`,
    }),
    201,
  );
  await admin.dispose();
  await givePassword(baseURL, own.student.id);

  const instructor = await Api.as(baseURL, DEMO.instructor);
  const exam = await instructor.json<{ id: string; title: string }>(
    instructor.post(`/api/cohorts/${own.cohort.id}/assessments`, {
      moduleId: module.id,
      title: 'Examen écrit',
      kind: 'exam',
      dueOn: null,
    }),
    201,
  );
  const oral = await instructor.json<{ id: string; title: string }>(
    instructor.post(`/api/cohorts/${own.cohort.id}/assessments`, {
      moduleId: module.id,
      title: 'Oral',
      kind: 'participation',
    }),
    201,
  );
  await instructor.dispose();
  return {
    own,
    second: {
      id: second.enrolment.student.id,
      name: second.enrolment.student.displayName,
    },
    exam,
    oral,
  };
}

test('an instructor grades with the keyboard, undoes a change and releases; the student sees only the released grade', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const { own, exam, oral } = await setUp(baseURL!, tag);

  await new SignInPage(page).open();
  await new SignInPage(page).signIn(DEMO.instructor.email, DEMO.instructor.password);
  await page.goto(`/instructor/gradebook?cohort=${own.cohort.id}`);
  const grid = page.getByRole('grid', { name: 'Carnet de notes' });
  await expect(grid).toBeVisible();
  // Rows in French name order: Zacharie Test…, then Zoé Test… (the student who signs in).
  const rows = grid.locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).getByRole('rowheader')).toContainText('Zoé');
  const cell = (row: number, col: number) =>
    grid.locator(`td[data-row="${row}"][data-col="${col}"]`);

  // Into the grid with the keyboard: the active cell is its one tab stop.
  await page.getByRole('button', { name: `Actions pour ${oral.title}` }).focus();
  await page.keyboard.press('Tab');
  await expect(cell(0, 0)).toBeFocused();

  // Typing starts an edit, with a French comma; Enter saves and moves down.
  await page.keyboard.type('4,5');
  await page.keyboard.press('Enter');
  await expect(cell(0, 0)).toContainText('4,5');
  await expect(cell(0, 0)).toContainText('enregistrée');
  await expect(cell(1, 0)).toBeFocused();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(cell(1, 0)).toContainText('enregistrée');
  await expect(cell(1, 0)).toBeFocused();

  // An arrow to the oral: Zoé's grade stays unreleased.
  await page.keyboard.press('ArrowRight');
  await expect(cell(1, 1)).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await expect(cell(1, 1)).toContainText('enregistrée');
  await expect(cell(1, 1)).toBeFocused();

  // Up to Zacharie's oral: Enter opens the editor, Tab saves and moves right.
  await page.keyboard.press('ArrowUp');
  await expect(cell(0, 1)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('3.5');
  await page.keyboard.press('Tab');
  await expect(cell(0, 1)).toContainText('3,5');
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré : 3,5' })).toBeAttached();

  // Undo the last change: Zacharie's oral grade goes again.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Annulé' })).toBeAttached();
  await expect(cell(0, 1).locator('.value')).toHaveText('');
  await expect(cell(1, 1)).toContainText('4');

  await expectNoSeriousA11yViolations(page, 'the gradebook');
  await page.screenshot({ path: 'tmp/h2-shots/gradebook-desktop.png', fullPage: true });

  // Release the exam from its column's menu.
  await page.getByRole('button', { name: `Actions pour ${exam.title}` }).click();
  await page.getByRole('menuitem', { name: 'Publier aux étudiant·es' }).click();
  await expect(grid.getByRole('columnheader', { name: new RegExp(exam.title) })).toContainText(
    'Publiée',
  );

  // Through the API, as the student: the released exam's grade, not the oral's.
  const student = await Api.as(baseURL!, { email: own.student.email, password: OWN_PASSWORD });
  const mine = await student.json<{ items: { assessmentId: string; score: number }[] }>(
    student.get(`/api/cohorts/${own.cohort.id}/students/${own.student.id}/grades`),
  );
  expect(mine.items).toEqual([expect.objectContaining({ assessmentId: exam.id, score: 5 })]);
  expect(mine.items.some((i) => i.assessmentId === oral.id)).toBe(false);
  await student.dispose();
});

test('the gradebook scrolls on a phone with the student column in view @phone-only', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const { own } = await setUp(baseURL!, tag);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(DEMO.instructor.email, DEMO.instructor.password);
  await page.goto(`/instructor/gradebook?cohort=${own.cohort.id}`);
  const grid = page.getByRole('grid', { name: 'Carnet de notes' });
  await expect(grid).toBeVisible();
  const name = grid.getByRole('rowheader').first();
  await expect(name).toHaveCSS('position', 'sticky');
  await expectNoSeriousA11yViolations(page, 'the gradebook on a phone');
  await page.screenshot({ path: 'tmp/h2-shots/gradebook-phone.png', fullPage: true });
});

test('the demo cohort’s gradebook reads in English, with the project’s grade computed', async ({
  page,
  baseURL,
}) => {
  const cohort = await demoCohort(baseURL!);
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(DEMO.instructor.email, DEMO.instructor.password);
  await page.goto(`/instructor/gradebook?cohort=${cohort.id}`);
  const shell = new Shell(page);
  await shell.switchLanguage('en');
  try {
    const grid = page.getByRole('grid', { name: 'Gradebook' });
    await expect(grid).toBeVisible();
    // The study project's assessment is always there; its cells are computed, not typed.
    const project = grid.getByRole('columnheader', { name: /Projet d’étude/ });
    await expect(project).toContainText('Project');
    await expect(grid.getByRole('columnheader', { name: 'Overall average' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'the demo gradebook in English');
    await page.screenshot({ path: 'tmp/h2-shots/gradebook-demo-en.png', fullPage: true });
  } finally {
    // The instructor's language is remembered on the account: leave it as the other journeys expect.
    if ((await page.locator('html').getAttribute('lang')) === 'en')
      await shell.switchLanguage('fr');
  }
});
