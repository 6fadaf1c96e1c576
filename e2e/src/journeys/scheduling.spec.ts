import { readFile } from 'node:fs/promises';
import { SignInPage } from '../pages/sign-in.page';
import { Shell } from '../pages/shell';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { DEMO, unique } from '../support/api';
import { demoCohort } from '../support/demo';
import { expect, test } from '../support/fixtures';
import type { Page } from '@playwright/test';

/**
 * A Tuesday three to four weeks from today, in the programme's time zone: the demo programme meets
 * on other days, and the speaker's link stays valid until the session ends, so the journey never
 * books a day that has passed.
 */
function upcomingTuesday(): string {
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Zurich' }));
  const day = new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate() + 21));
  day.setUTCDate(day.getUTCDate() + ((2 - day.getUTCDay() + 7) % 7));
  return day.toISOString().slice(0, 10);
}

const DAY = upcomingTuesday();
/** The agenda's heading for DAY, as the calendar writes a day (weekday, day, month, year). */
const dayHeading = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${DAY}T12:00:00Z`));

async function createSession(
  page: Page,
  s: { title: string; kind: string; start: string; end: string },
  cohortName: string,
): Promise<void> {
  await page.goto(`/instructor/sessions/new?date=${DAY}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle session' })).toBeVisible();
  // The instructor may teach other cohorts (other journeys create some): choose the demo's.
  await page.getByRole('combobox', { name: 'Promotion', exact: true }).click();
  await page.getByRole('option', { name: cohortName, exact: true }).click();
  await page.getByRole('textbox', { name: 'Titre', exact: true }).fill(s.title);
  await page.getByRole('combobox', { name: 'Type', exact: true }).click();
  await page.getByRole('option', { name: s.kind, exact: true }).click();
  await page.getByLabel('Date', { exact: true }).fill(DAY);
  await page.getByLabel('Début', { exact: true }).fill(s.start);
  await page.getByLabel('Fin', { exact: true }).fill(s.end);
  await page.getByRole('button', { name: 'Créer la session' }).click();
}

test('an instructor plans two sessions, a clash is refused by name, a speaker confirms, the student gets the talk', async ({
  page,
  browser,
  baseURL,
}) => {
  // Three people, six pages and four accessibility scans: more than the default minute on a busy machine.
  test.setTimeout(150_000);
  const tag = unique();
  const cohort = await demoCohort(baseURL!);
  const talk = {
    title: `Droit et e-réputation ${tag}`,
    kind: 'Conférence invitée',
    start: '09:00',
    end: '10:30',
  };
  const workshop = {
    title: `Atelier veille ${tag}`,
    kind: 'Atelier',
    start: '10:30',
    end: '12:00',
  };

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).toHaveURL(/\/instructor$/);

  // Two back-to-back sessions: both accepted.
  await createSession(page, talk, cohort.name);
  await expect(page.getByRole('heading', { level: 1, name: talk.title })).toBeVisible();
  const talkUrl = page.url();
  await createSession(page, workshop, cohort.name);
  await expect(page.getByRole('heading', { level: 1, name: workshop.title })).toBeVisible();

  // A third overlapping both: refused, naming the session it clashes with.
  await createSession(
    page,
    {
      title: `Doublon ${tag}`,
      kind: 'Cours',
      start: '10:00',
      end: '11:00',
    },
    cohort.name,
  );
  const conflict = page.getByTestId('session-conflict');
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('heading', { name: 'Ce créneau est déjà pris' })).toBeVisible();
  await expect(conflict).toContainText(`« ${talk.title} »`);
  await expect(page).toHaveURL(/\/sessions\/new/);
  await expectNoSeriousA11yViolations(page, 'session form with a conflict');

  // Invite a speaker to the guest talk.
  await page.goto(talkUrl);
  await page.getByRole('button', { name: 'Inviter un intervenant' }).click();
  const dialog = page.getByRole('dialog', { name: 'Inviter un intervenant' });
  await dialog.getByRole('combobox', { name: 'Intervenant', exact: true }).click();
  await page.getByRole('option', { name: /^Sébastien Fanti/ }).click();
  await dialog
    .getByRole('textbox', { name: 'Titre de l’intervention' })
    .fill('Le droit des réseaux sociaux');
  await dialog.getByRole('button', { name: 'Inviter', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Invitation de Sébastien Fanti' }),
  ).toBeVisible();
  await expect(page.getByTestId('invitation-status')).toContainText('Invitation envoyée');
  const link = await page.getByTestId('speaker-link-url').inputValue();
  await expectNoSeriousA11yViolations(page, 'invitation');

  // The speaker answers through the link, without an account.
  const speakerContext = await browser.newContext({ locale: 'fr-CH' });
  const speaker = await speakerContext.newPage();
  await speaker.goto(new URL(new URL(link).pathname, baseURL).toString());
  await expect(
    speaker.getByRole('heading', { level: 1, name: 'Invitation à intervenir' }),
  ).toBeVisible();
  await expect(speaker.getByText(talk.title).first()).toBeVisible();
  await expectNoSeriousA11yViolations(speaker, 'speaker page');
  await speaker.getByRole('button', { name: 'Confirmer ma venue' }).click();
  await expect(speaker.getByText('Merci ! Votre venue est confirmée.')).toBeVisible();
  await speakerContext.close();

  await page.reload();
  await expect(page.getByTestId('invitation-status')).toContainText('Confirmée');

  // The student sees the talk in the agenda, in French and in English, and downloads its .ics.
  const studentContext = await browser.newContext({ locale: 'fr-CH', acceptDownloads: true });
  const student = await studentContext.newPage();
  await new SignInPage(student).open();
  await new SignInPage(student).signIn(DEMO.student.email, DEMO.student.password);
  await expect(student).toHaveURL(/\/student$/);
  await student.goto(`/student/calendar?view=agenda&date=${DAY}`);
  await expect(student.getByRole('heading', { level: 3, name: dayHeading('fr-CH') })).toBeVisible();
  await expect(student.getByRole('link', { name: talk.title })).toBeVisible();
  await expect(student.getByText('Sébastien Fanti (Avocat)')).toBeVisible();
  await expectNoSeriousA11yViolations(student, 'student agenda (fr)');

  await new Shell(student).switchLanguage('en');
  await expect(student.getByRole('heading', { level: 3, name: dayHeading('en-GB') })).toBeVisible();
  await student.getByRole('link', { name: talk.title }).click();
  await expect(student.getByRole('heading', { level: 1, name: talk.title })).toBeVisible();
  const [download] = await Promise.all([
    student.waitForEvent('download'),
    student.getByTestId('session-ics').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const ics = await readFile((await download.path())!, 'utf8');
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain(`SUMMARY:${talk.title}`);
  expect(ics).toContain(`DTSTART;TZID=Europe/Zurich:${DAY.replaceAll('-', '')}T090000`);
  await new Shell(student).switchLanguage('fr');
  await studentContext.close();
});
