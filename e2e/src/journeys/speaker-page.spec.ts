import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { ownCohort } from '../support/cohorts';
import { addDays, todayIn, zonedInstant, ZURICH } from '../support/dates';
import { expect, test } from '../support/fixtures';

/** Screenshots to look at, kept beside the run's output (tmp/speaker-page/). */
async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(test.info().project.outputDir, '..', 'speaker-page', `${name}.png`),
    fullPage: true,
  });
}

interface Created {
  id: string;
  title: string;
}

/**
 * In a cohort of the journey's own that began two months ago: a speaker with their contact
 * details, a talk they gave ten days ago (held), one they confirmed in two weeks, and a guest
 * talk in three weeks nobody is invited to yet. Everything through the API, as the instructor.
 */
async function speakerWithTalks(baseURL: string, tag: string) {
  const own = await ownCohort(baseURL, tag, 60);
  const instructor = await Api.as(baseURL, DEMO.instructor);
  try {
    const today = todayIn(ZURICH);
    const guestTalk = (title: string, day: string) =>
      instructor.json<Created>(
        instructor.post('/api/sessions', {
          cohortId: own.cohort.id,
          title,
          kind: 'guest_talk',
          startsAt: zonedInstant(day, '14:00'),
          endsAt: zonedInstant(day, '15:30'),
        }),
        201,
      );
    const speaker = await instructor.json<{ id: string; fullName: string; email: string }>(
      instructor.post('/api/speakers', {
        fullName: `Anne Rochat ${tag}`,
        email: `anne.rochat.${tag}@example.org`,
        phone: '+41 21 555 01 23',
        websiteUrl: 'https://example.org/anne-rochat',
        organisationName: 'Agence Lémanique',
        jobTitle: 'Community manager',
      }),
      201,
    );
    const invite = async (session: Created, talkTitle: string) => {
      const draft = await instructor.json<Created>(
        instructor.post(`/api/sessions/${session.id}/invitations`, {
          speakerId: speaker.id,
          talkTitle,
        }),
        201,
      );
      for (const to of ['invited', 'confirmed']) {
        await instructor.json(instructor.post(`/api/invitations/${draft.id}/transitions`, { to }));
      }
      return draft;
    };

    // The past talk: planned and confirmed ahead, then moved to ten days ago, then held.
    const past = await guestTalk(`Retour d’expérience ${tag}`, addDays(today, 2));
    const held = await invite(past, `Dix ans de communautés ${tag}`);
    const tenDaysAgo = addDays(today, -10);
    await instructor.json(
      instructor.patch(`/api/sessions/${past.id}`, {
        startsAt: zonedInstant(tenDaysAgo, '14:00'),
        endsAt: zonedInstant(tenDaysAgo, '15:30'),
      }),
    );
    await instructor.json(
      instructor.post(`/api/invitations/${held.id}/transitions`, { to: 'held' }),
    );

    const booked = await guestTalk(`Table ronde ${tag}`, addDays(today, 14));
    await invite(booked, `Modérer sans censurer ${tag}`);
    const free = await guestTalk(`Conférence crise ${tag}`, addDays(today, 21));
    return {
      speaker,
      booked,
      free,
      pastTalk: `Dix ans de communautés ${tag}`,
      upcomingTalk: `Modérer sans censurer ${tag}`,
    };
  } finally {
    await instructor.dispose();
  }
}

test('an instructor sees a speaker’s upcoming and past talks and invites them to a guest talk from their page', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const tag = unique();
  const { speaker, booked, free, pastTalk, upcomingTalk } = await speakerWithTalks(baseURL!, tag);

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).toHaveURL(/\/instructor$/);

  // The speaker's page: contact details at the top, then upcoming and past talks apart.
  await page.goto(`/instructor/speakers/${speaker.id}`);
  await expect(page.getByRole('heading', { level: 1, name: speaker.fullName })).toBeVisible();
  await expect(page.getByRole('link', { name: speaker.email })).toHaveAttribute(
    'href',
    `mailto:${speaker.email}`,
  );
  await expect(page.getByRole('link', { name: '+41 21 555 01 23' })).toHaveAttribute(
    'href',
    'tel:+41 21 555 01 23',
  );
  await expect(page.getByRole('link', { name: 'https://example.org/anne-rochat' })).toBeVisible();
  await expect(page.getByText('Agence Lémanique').first()).toBeVisible();
  const upcoming = page.getByTestId('upcoming-talks');
  const past = page.getByTestId('past-talks');
  await expect(upcoming.getByRole('heading', { name: 'Interventions à venir (1)' })).toBeVisible();
  await expect(upcoming).toContainText(upcomingTalk);
  await expect(upcoming).toContainText('Confirmée');
  await expect(past.getByRole('heading', { name: 'Interventions passées (1)' })).toBeVisible();
  await expect(past).toContainText(pastTalk);
  await expect(past).not.toContainText(upcomingTalk);
  await expectNoSeriousA11yViolations(page, 'speaker page');
  await shot(page, 'speaker-page-desktop');

  // Invite them from here: the session they are already booked for cannot be chosen, and says why.
  await page.getByRole('button', { name: 'Inviter à une session' }).click();
  const dialog = page.getByRole('dialog', { name: `Inviter ${speaker.fullName}` });
  await expect(dialog).toBeVisible();
  const bookedChoice = dialog.getByRole('radio', { name: new RegExp(booked.title) });
  await expect(bookedChoice).toBeDisabled();
  await expect(dialog).toContainText('Déjà invité à cette session');
  const freeChoice = dialog.getByRole('radio', { name: new RegExp(free.title) });
  await expect(freeChoice).toBeEnabled();
  // By keyboard: the radio gets the focus, Space chooses it.
  await freeChoice.focus();
  await page.keyboard.press('Space');
  await expect(freeChoice).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Titre de l’intervention' }).fill(`Crise ${tag}`);
  await expectNoSeriousA11yViolations(page, 'invite dialog on the speaker page');
  await shot(page, 'invite-dialog-desktop');
  await dialog.getByRole('button', { name: 'Inviter', exact: true }).click();

  // The new invitation's page, sent.
  await expect(
    page.getByRole('heading', { level: 1, name: `Invitation de ${speaker.fullName}` }),
  ).toBeVisible();
  await expect(page).toHaveURL(
    new RegExp(`/instructor/sessions/${free.id}/invitations/[0-9a-f-]+$`),
  );
  await expect(page.getByTestId('invitation-status')).toContainText('Invitation envoyée');

  // The same page and dialog on a phone.
  await page.setViewportSize({ width: 393, height: 851 });
  await page.goto(`/instructor/speakers/${speaker.id}`);
  await expect(page.getByTestId('upcoming-talks')).toContainText(`Crise ${tag}`);
  await shot(page, 'speaker-page-phone');
  await page.getByTestId('past-talks').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('past-talks')).toContainText(pastTalk);
  await shot(page, 'speaker-page-phone-past');
  await page.getByRole('button', { name: 'Inviter à une session' }).click();
  await expect(dialog.getByRole('radio', { name: new RegExp(free.title) })).toBeDisabled();
  await shot(page, 'invite-dialog-phone');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
