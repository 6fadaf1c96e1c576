import { join } from 'node:path';
import { JuryPage } from '../pages/jury.page';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO } from '../support/api';
import { givePassword, OWN_PASSWORD } from '../support/cohorts';
import { expect, test } from '../support/fixtures';
import { pdfText } from '../support/pdf';

const PHONE = { width: 393, height: 851 };
/** Where the screenshots go: DIPLOMA_SHOTS, else the test's output folder. */
const shot = (name: string) =>
  process.env['DIPLOMA_SHOTS']
    ? join(process.env['DIPLOMA_SHOTS'], name)
    : test.info().outputPath(name);

interface JuryStudent {
  studentId: string;
  displayName: string;
  rulesMet: boolean;
}

/** The demo's cohort waiting for its jury (`LP TIC ARC <Y-1>–<Y>`, closed, no jury yet). */
async function juryCohort(baseURL: string): Promise<{ id: string; name: string }> {
  const admin = await Api.as(baseURL, DEMO.admin);
  try {
    const page = await admin.json<{ items: { id: string; name: string }[] }>(
      admin.get('/api/cohorts?q=LP%20TIC%20ARC&status=closed&size=50'),
    );
    const cohort = page.items.find((c) => /^LP TIC ARC \d{4}–\d{4}$/.test(c.name));
    expect(cohort, 'the demo cohort waiting for its jury').toBeTruthy();
    return cohort!;
  } finally {
    await admin.dispose();
  }
}

async function juryStudents(baseURL: string, juryId: string): Promise<JuryStudent[]> {
  const admin = await Api.as(baseURL, DEMO.admin);
  try {
    return (await admin.json<{ students: JuryStudent[] }>(admin.get(`/api/juries/${juryId}`)))
      .students;
  } finally {
    await admin.dispose();
  }
}

test('the admin holds the demo cohort’s jury, issues the diplomas, and a revoked one verifies as revoked', async ({
  page,
  browser,
  baseURL,
}) => {
  const cohort = await juryCohort(baseURL!);

  // The jury: who meets every rule is awarded, the others deferred; the president signs.
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(DEMO.admin.email, DEMO.admin.password);
  const jury = new JuryPage(page);
  await jury.openList();
  const juryId = await jury.create(cohort.name, [
    { name: 'Claire Dubois', role: 'Présidente, experte externe' },
  ]);
  await jury.awardEligible();
  const students = await juryStudents(baseURL!, juryId);
  const awarded = students.filter((s) => s.rulesMet);
  expect(awarded.length).toBeGreaterThan(0);
  for (const s of students.filter((s) => !s.rulesMet)) {
    await jury.decide(s.studentId, { decision: 'deferred', remainingItems: ['resit'] });
  }
  await jury.signOff('Claire Dubois');

  // Issuing: every awarded student at once, with the progress shown.
  await page.goto(`/admin/diplomas?cohort=${cohort.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Diplômes' })).toBeVisible();
  await expect(page.getByText(`${awarded.length} diplômé·e(s) en attente`)).toBeVisible();
  await page.getByTestId('issue-all').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Délivrer' }).click();
  await expect(page.getByText(`${awarded.length} diplôme(s) délivré(s).`)).toBeVisible();
  await expect(page.getByTestId('diploma-status')).toHaveCount(awarded.length);
  await expect(page.getByText('Chaque diplômé·e de cette volée a reçu son diplôme.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'diplomas of a cohort');
  await page.screenshot({ path: shot('diplomas-admin-desktop.png'), fullPage: true });

  // One PDF: the holder's name, the number, and the verification link printed with its QR code.
  const holder = awarded[0];
  const row = page.getByTestId(`diploma-row-${holder.studentId}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    row.getByTestId('diploma-pdf').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^diplome-LP.*-\d{4}-\d{4}\.pdf$/);
  const text = (await pdfText((await download.path()) ?? '')).replace(/\s+/g, ' ');
  expect(text).toContain('DIPLÔME');
  expect(text).toContain(holder.displayName);
  const link = /(https?:\/\/\S+\/verify\/(\S+)\?c=[a-z0-9]{16})/.exec(text);
  expect(link, 'the verification link printed on the diploma').toBeTruthy();
  const [, url, number] = link!;
  await expect(row).toContainText(number);

  // Anyone, signed out, follows the QR code's link.
  const visitor = await browser.newContext({ locale: 'fr-CH' });
  const publicPage = await visitor.newPage();
  await publicPage.goto(url);
  await expect(publicPage.getByTestId('verify-status')).toHaveText('Diplôme valide');
  await expect(publicPage.getByTestId('verify-holder')).toHaveText(holder.displayName);
  await expectNoSeriousA11yViolations(publicPage, 'public verification');
  await publicPage.setViewportSize(PHONE);
  await publicPage.screenshot({ path: shot('verify-valid-phone.png'), fullPage: true });

  // The admin revokes it, with a reason; the public page says revoked, with the date only.
  await row.getByTestId('diploma-revoke').click();
  await page.getByTestId('revoke-reason').fill('Plagiat établi après le jury');
  await page.getByTestId('revoke-confirm').click();
  await expect(row.getByTestId('diploma-status')).toHaveText('Révoqué');
  await publicPage.reload();
  await expect(publicPage.getByTestId('verify-status')).toHaveText('Diplôme révoqué');
  await expect(publicPage.getByTestId('verify-result')).toContainText('révoqué le');
  await expect(publicPage.getByText('Plagiat')).toHaveCount(0);
  await publicPage.screenshot({ path: shot('verify-revoked-phone.png'), fullPage: true });
  await visitor.close();

  // Another holder: the PDF, the credential, the link and QR code, what the public page shows.
  const other = awarded[1];
  const admin = await Api.as(baseURL!, DEMO.admin);
  const board = await admin.json<{
    students: { studentId: string; email: string; diploma: { number: string } | null }[];
  }>(admin.get(`/api/cohorts/${cohort.id}/diplomas`));
  await admin.dispose();
  const mine = board.students.find((s) => s.studentId === other.studentId)!;
  await givePassword(baseURL!, other.studentId);
  const holderContext = await browser.newContext({ locale: 'fr-CH' });
  const holderPage = await holderContext.newPage();
  await new SignInPage(holderPage).open();
  await new SignInPage(holderPage).signIn(mine.email, OWN_PASSWORD);
  await holderPage.goto('/student/diploma');
  const card = holderPage.getByTestId(`my-diploma-${mine.diploma!.number}`);
  await expect(card).toContainText(`Diplôme n° ${mine.diploma!.number}`);
  await expect(card.getByTestId('my-diploma-link')).toContainText(
    `/verify/${mine.diploma!.number}?c=`,
  );
  await expectNoSeriousA11yViolations(holderPage, 'my diploma');
  await card.getByTestId('show-honours').click();
  await expect(holderPage.getByText('Votre choix est enregistré.')).toBeVisible();
  await holderPage.screenshot({ path: shot('my-diploma-desktop.png'), fullPage: true });
  await holderPage.setViewportSize(PHONE);
  await holderPage.reload();
  await expect(card).toBeVisible();
  await holderPage.screenshot({ path: shot('my-diploma-phone.png'), fullPage: true });
  await holderContext.close();
});
