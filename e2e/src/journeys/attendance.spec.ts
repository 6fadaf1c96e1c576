import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { givePassword, OWN_PASSWORD, ownCohort } from '../support/cohorts';
import { expect, test } from '../support/fixtures';
import { pdfText } from '../support/pdf';

const PHONE = { width: 393, height: 851 };
/** Where the screenshots go: ATTENDANCE_SHOTS, else the test's output folder. */
const shot = (name: string) =>
  process.env['ATTENDANCE_SHOTS']
    ? join(process.env['ATTENDANCE_SHOTS'], name)
    : test.info().outputPath(name);

/** A stroke across a signature canvas, as a finger would draw it. */
async function drawOn(page: Page, canvas: Locator): Promise<void> {
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no signature canvas');
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(
      box.x + box.width * (0.15 + i * 0.055),
      box.y + box.height * (0.5 + (i % 2 ? -0.2 : 0.15)),
    );
  }
  await page.mouse.up();
}

test.describe('attendance (émargement)', () => {
  test.use({ viewport: PHONE });

  test('an instructor takes attendance on a phone, shows the QR code, a student signs, the sheet says so', async ({
    page,
    browser,
    baseURL,
  }) => {
    const tag = unique();
    // A cohort of its own (nothing to clash with) with a second new student, Léa, who signs
    // (the demo student stays in the demo cohort alone: other journeys read hers), and a
    // session running now, in a room (signing needs the room's code).
    const own = await ownCohort(baseURL!, tag);
    const admin = await Api.as(baseURL!, DEMO.admin);
    const leaEmail = `lea.${tag}@clique.test`;
    const leaName = `Léa Signataire ${tag}`;
    const enrolled = await admin.json<{ enrolment: { student: { id: string } } }>(
      admin.post(`/api/cohorts/${own.cohort.id}/enrolments`, {
        email: leaEmail,
        givenName: 'Léa',
        familyName: `Signataire ${tag}`,
      }),
      201,
    );
    const camille = { id: enrolled.enrolment.student.id };
    await givePassword(baseURL!, camille.id);
    const room = await admin.json<{ id: string }>(
      admin.post('/api/rooms', { name: `Salle ${tag}`, address: 'Lausanne', capacity: 20 }),
      201,
    );
    await admin.dispose();
    const instructorApi = await Api.as(baseURL!, DEMO.instructor);
    const title = `Veille et e-réputation ${tag}`;
    const minute = 60_000;
    const start = new Date(Math.floor((Date.now() - 5 * minute) / minute) * minute);
    const session = await instructorApi.json<{ id: string }>(
      instructorApi.post('/api/sessions', {
        cohortId: own.cohort.id,
        title,
        kind: 'workshop',
        roomId: room.id,
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 90 * minute).toISOString(),
      }),
      201,
    );
    await instructorApi.dispose();

    // The instructor, on a phone, opens the session and its attendance.
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
    await page.goto(`/instructor/sessions/${session.id}`);
    await page.getByTestId('session-attendance').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Émargement' })).toBeVisible();
    await expect(page.getByText(title)).toBeVisible();
    const zoe = page.getByTestId(`student-${own.student.id}`);
    const camilleCard = page.getByTestId(`student-${camille.id}`);
    await expect(camilleCard).toContainText(leaName);
    await expect(camilleCard).toContainText('Pas signé');

    // Everyone present, then the exception: Zoé is excused, with a reason.
    await page.getByTestId('all-present').click();
    await expect(page.getByTestId('roster-counts')).toContainText('2 présent·e·s');
    await zoe.getByTestId('mark-excused').click();
    await page.getByTestId('excuse-reason').fill('Rendez-vous médical');
    await page.getByRole('button', { name: 'Excuser' }).click();
    await expect(zoe).toContainText('Rendez-vous médical');
    await expect(zoe.getByTestId('mark-excused')).toHaveAttribute('aria-pressed', 'true');
    await expectNoSeriousA11yViolations(page, 'roster on a phone');
    await page.screenshot({ path: shot('roster-phone.png'), fullPage: true });

    // The QR code, changing every 30 s, with the countdown.
    await page.getByTestId('show-qr').click();
    const qr = page.getByTestId('qr-image');
    await expect(qr).toBeVisible();
    await expect(page.getByTestId('qr-countdown')).toContainText(/Nouveau code dans \d+ s/);
    const url = new URL((await qr.getAttribute('data-url')) ?? '');
    expect(url.pathname).toBe(`/sign/${session.id}`);
    expect(url.searchParams.get('t')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    await expectNoSeriousA11yViolations(page, 'QR code');
    await page.screenshot({ path: shot('qr-phone.png'), fullPage: true });

    // The student, on her own phone, opens the code's link, signs in and signs.
    const studentContext = await browser.newContext({
      viewport: PHONE,
      locale: 'fr-CH',
      timezoneId: 'Europe/Zurich',
    });
    const phone = await studentContext.newPage();
    await phone.goto(`${url.pathname}${url.search}`);
    const studentSignIn = new SignInPage(phone);
    await studentSignIn.signIn(leaEmail, OWN_PASSWORD);
    await expect(
      phone.getByRole('heading', { level: 1, name: 'Signer ma présence' }),
    ).toBeVisible();
    await expect(phone.getByText(title)).toBeVisible();
    await drawOn(phone, phone.getByTestId('signature-canvas'));
    await expectNoSeriousA11yViolations(phone, 'sign page');
    await phone.screenshot({ path: shot('sign-phone.png'), fullPage: true });
    await phone.getByTestId('sign-submit').click();
    await expect(phone.getByTestId('sign-done')).toContainText('C’est signé : Présent·e');

    // The instructor sees it live.
    await expect(page.getByTestId('qr-signed')).toContainText(leaName, {
      timeout: 10_000,
    });
    await page.getByRole('link', { name: 'Retour à la liste' }).click();
    await expect(camilleCard.getByTestId('signed')).toContainText(/Signé à \d{2}:\d{2}/);

    // Signing again is refused with a clear word.
    await phone.reload();
    await expect(phone.getByTestId('sign-already')).toContainText('Vous avez déjà signé');
    await studentContext.close();

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: shot('roster-desktop.png'), fullPage: true });
    await page.setViewportSize(PHONE);

    // The instructor certifies the sheet, then downloads it.
    await page.getByTestId('certify').click();
    await drawOn(page, page.getByRole('dialog').getByTestId('signature-canvas'));
    await page.getByTestId('certify-submit').click();
    await expect(page.getByText(/Certifiée par Sophie Mercier/)).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('sheet-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^emargement-.*\.pdf$/);
    const text = await pdfText(await download.path());
    expect(text).toContain('Feuille d’émargement');
    expect(text).toContain(leaName);
    expect(text).toMatch(/signé à \d{2}:\d{2}/);
    expect(text).toContain('excusé·e');
    expect(text).toContain('Certifié par Sophie Mercier');
  });
});

test.describe('my attendance', () => {
  test('a student reads their attendance rate, per module, against the diploma’s minimum', async ({
    page,
  }) => {
    // Théo Girard: the demo's student who stays just above the 80 % limit.
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn('theo.girard@clique.test', DEMO.student.password);
    await page.goto('/student/attendance');
    await expect(page.getByRole('heading', { level: 1, name: 'Mes présences' })).toBeVisible();
    const overall = page.getByTestId('attendance-overall');
    await expect(overall).toContainText('Taux de présence');
    // Early in the academic year nothing may have been held yet: then the page says so.
    await expect(overall).toContainText(/\d+([.,]\d)? %|Aucune session comptée/);
    await expectNoSeriousA11yViolations(page, 'my attendance');
    await page.screenshot({ path: shot('my-attendance-desktop.png'), fullPage: true });
  });
});
