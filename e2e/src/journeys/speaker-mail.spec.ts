import { type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { addDays, onOrAfter, todayIn, ZURICH } from '../support/dates';
import { demoCohort } from '../support/demo';
import { expect, test } from '../support/fixtures';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

/**
 * A guest talk of the demo cohort on a Tuesday five to six weeks away (the demo meets on other
 * days; the scheduling journey books 09:00–12:00 three weeks out), in a room with an address,
 * and a speaker of the directory with an e-mail address of their own.
 */
async function talkAndSpeaker(baseURL: string, tag: string) {
  const cohort = await demoCohort(baseURL);
  const instructor = await Api.as(baseURL, DEMO.instructor);
  try {
    const rooms = await instructor.json<{ items: { id: string; address: string }[] }>(
      instructor.get('/api/rooms?page=1&size=50'),
    );
    const room = rooms.items.find((r) => r.address);
    const day = onOrAfter(addDays(todayIn(ZURICH), 35), 2);
    const session = await instructor.json<{ id: string; title: string }>(
      instructor.post('/api/sessions', {
        cohortId: cohort.id,
        title: `Conférence e-réputation ${tag}`,
        kind: 'guest_talk',
        roomId: room?.id ?? null,
        startsAt: `${day}T13:00:00Z`,
        endsAt: `${day}T14:30:00Z`,
      }),
      201,
    );
    const speaker = await instructor.json<{ id: string; fullName: string; email: string }>(
      instructor.post('/api/speakers', {
        fullName: `Bernard Barut ${tag}`,
        email: `bernard.barut.${tag}@example.org`,
        jobTitle: 'Consultant, industrie musicale',
      }),
      201,
    );
    return { session, speaker, address: room?.address ?? null };
  } finally {
    await instructor.dispose();
  }
}

test('an instructor invites a speaker by mail; the admin sees it with its .ics; the speaker follows the link', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const tag = unique();
  const { session, speaker, address } = await talkAndSpeaker(baseURL!, tag);
  const talkTitle = `Le modèle économique de la musique ${tag}`;

  // The instructor invites the speaker from the session, with the practical information.
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).toHaveURL(/\/instructor$/);
  await page.goto(`/instructor/sessions/${session.id}`);
  await page.getByRole('button', { name: 'Inviter un intervenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inviter un intervenant' });
  await dialog.getByRole('combobox', { name: 'Intervenant', exact: true }).click();
  await page.getByRole('option', { name: new RegExp(`^${speaker.fullName}`) }).click();
  await dialog.getByRole('textbox', { name: 'Titre de l’intervention' }).fill(talkTitle);
  await dialog
    .getByRole('textbox', { name: 'Accès', exact: true })
    .fill('Entrée principale, 2e étage');
  await dialog
    .getByRole('textbox', { name: 'Équipement', exact: true })
    .fill('Projecteur HDMI et micro sans fil');
  await dialog.getByRole('button', { name: 'Inviter', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Invitation de ${speaker.fullName}` }),
  ).toBeVisible();
  await expect(page.getByTestId('invitation-status')).toContainText('Invitation envoyée');
  await expect(page.getByTestId('invitation-mail')).toContainText(
    `Envoyée par e-mail à ${speaker.email}`,
  );
  // The link stays there to copy, as a fallback.
  const copied = await page.getByTestId('speaker-link-url').inputValue();
  await expectNoSeriousA11yViolations(page, 'invitation mailed');
  await shot(page, 'invitation-mailed');

  // The admin finds the invitation in Sent mail, with its calendar request attached.
  const adminContext = await browser.newContext({ locale: 'fr-CH' });
  const admin = await adminContext.newPage();
  const adminSignIn = new SignInPage(admin);
  await adminSignIn.open();
  await adminSignIn.signIn(DEMO.admin.email, DEMO.admin.password);
  await admin.goto('/admin/mail');
  await admin.getByTestId('mail-search').fill(speaker.email);
  const row = admin.getByRole('row').filter({ hasText: `Invitation : ${talkTitle}` });
  await expect(row).toBeVisible();
  await row.getByRole('link').first().click();
  await expect(admin.getByRole('heading', { level: 1 })).toContainText(`Invitation : ${talkTitle}`);
  const attachments = admin.getByTestId('mail-attachments');
  await expect(attachments).toContainText('invite.ics');
  await expect(attachments).toContainText('text/calendar; method=REQUEST');
  await admin.getByRole('tab', { name: /^Liens/ }).click();
  const mailedLink = await admin
    .getByTestId('mail-links')
    .locator('a[href*="/speaker/"]')
    .first()
    .getAttribute('href');
  expect(mailedLink).toBe(copied);
  await expectNoSeriousA11yViolations(admin, 'sent invitation');
  await shot(admin, 'sent-invitation');
  await adminContext.close();

  // The speaker follows the mailed link, without an account, and sees the practical information.
  const speakerContext = await browser.newContext({ locale: 'fr-CH' });
  const guest = await speakerContext.newPage();
  await guest.goto(new URL(new URL(mailedLink!).pathname, baseURL).toString());
  await expect(
    guest.getByRole('heading', { level: 1, name: 'Invitation à intervenir' }),
  ).toBeVisible();
  const practical = guest.getByTestId('practical');
  await expect(practical.getByRole('heading', { name: 'Informations pratiques' })).toBeVisible();
  await expect(practical).toContainText('Entrée principale, 2e étage');
  await expect(practical).toContainText('Projecteur HDMI et micro sans fil');
  await expect(practical).toContainText(DEMO.instructor.name);
  if (address) await expect(practical).toContainText(address);
  await expectNoSeriousA11yViolations(guest, 'speaker page with practical information');
  await shot(guest, 'speaker-page');
  await speakerContext.close();
});
