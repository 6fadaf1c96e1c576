import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { Shell } from '../pages/shell';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { givePassword, OWN_PASSWORD, ownCohort } from '../support/cohorts';
import { addDays, onOrAfter, todayIn, zonedInstant, ZURICH } from '../support/dates';
import { expect, test } from '../support/fixtures';

interface Item {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  parent: { id: string } | null;
  slots: { id: string; title: string }[];
}

/** The y of a wall-clock time in a week-view column (the grid starts at 08:00 here). */
async function yOf(column: Locator, time: string, firstHour = 8): Promise<number> {
  const box = (await column.boundingBox())!;
  const hours = (await column.locator('.line').count()) || 10;
  const [h, m] = time.split(':').map(Number);
  return box.y + ((h + m / 60 - firstHour) / hours) * box.height;
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

test('an instructor plans a course day, a guest talk inside it and a move, all in the week view; the student gets the talk in the day', async ({
  page,
  browser,
  baseURL,
}) => {
  const tag = unique();
  const own = await ownCohort(baseURL!, tag);
  await givePassword(baseURL!, own.student.id);
  // A Tuesday three weeks or more away, and the Wednesday after it.
  const tuesday = onOrAfter(addDays(todayIn(ZURICH), 21), 2);
  const wednesday = addDays(tuesday, 1);
  const api = await Api.as(baseURL!, DEMO.instructor);
  // Another session, on the Wednesday morning, to be moved by hand.
  const workshop = await api.json<Item>(
    api.post('/api/sessions', {
      cohortId: own.cohort.id,
      title: `Atelier contenus ${tag}`,
      kind: 'workshop',
      startsAt: zonedInstant(wednesday, '09:00'),
      endsAt: zonedInstant(wednesday, '12:00'),
    }),
    201,
  );

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).not.toHaveURL(/sign-in/);
  const week = `/instructor/calendar?view=week&date=${tuesday}&cohort=${own.cohort.id}`;
  await page.goto(week);
  const tuesdayColumn = page.locator(`section.day[data-date="${tuesday}"]`);
  await expect(
    page.getByRole('link', { name: new RegExp(`Atelier contenus ${tag}`) }),
  ).toBeVisible();

  // 1. A drag from 09:00 to 17:00 on the empty Tuesday opens the new session's form there.
  const box = (await tuesdayColumn.boundingBox())!;
  const x = box.x + box.width / 2;
  await drag(
    page,
    { x, y: (await yOf(tuesdayColumn, '09:00')) + 3 },
    { x, y: (await yOf(tuesdayColumn, '17:00')) - 3 },
  );
  await expect(page).toHaveURL(/\/instructor\/sessions\/new\?/);
  await expect(page.getByLabel('Début', { exact: true })).toHaveValue('09:00');
  await expect(page.getByLabel('Fin', { exact: true })).toHaveValue('17:00');
  const dayTitle = `Module I — stratégie, jour 3 ${tag}`;
  await page.getByRole('textbox', { name: 'Titre' }).fill(dayTitle);
  // The demo instructor teaches other journeys' cohorts too: the day is left to the cohort.
  await page.getByRole('combobox', { name: 'Formateurs' }).click();
  await page.getByRole('option', { name: DEMO.instructor.name }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Créer la session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: dayTitle })).toBeVisible();
  const dayId = new URL(page.url()).pathname.split('/').pop()!;
  // A quarter-hour break in the morning, one line high in the grid.
  await api.json(
    api.post(`/api/sessions/${dayId}/slots`, {
      title: 'Pause café',
      kind: 'break',
      startsAt: zonedInstant(tuesday, '10:30'),
      endsAt: zonedInstant(tuesday, '10:45'),
    }),
    201,
  );

  // 2. A click at 14:00 inside the day adds a slot there: a guest talk.
  await page.goto(week);
  const dayBlock = page.locator('section.day li', { hasText: dayTitle }).first();
  await expect(dayBlock).toBeVisible();
  const lane = dayBlock.locator('.lane');
  const laneBox = (await lane.boundingBox())!;
  await page.mouse.click(laneBox.x + laneBox.width / 2, (await yOf(tuesdayColumn, '14:00')) + 3);
  const dialog = page.getByRole('dialog', { name: new RegExp('Ajouter un créneau') });
  await expect(dialog.getByLabel('Début', { exact: true })).toHaveValue('14:00');
  await expect(dialog.getByLabel('Fin', { exact: true })).toHaveValue('15:30');
  const talkTitle = `La modération d’une communauté de marque ${tag}`;
  await dialog.getByRole('textbox', { name: 'Titre' }).fill(talkTitle);
  await expectNoSeriousA11yViolations(page, 'the slot dialog');
  await page.screenshot({ path: 'tmp/slot-dialog-desktop.png' });
  await dialog.getByRole('button', { name: 'Ajouter le créneau' }).click();
  await expect(dialog).toBeHidden();
  const talkInDay = dayBlock.locator('ul.slots').getByRole('link', { name: new RegExp(talkTitle) });
  await expect(talkInDay).toBeVisible();
  await expect(talkInDay).toContainText('14:00');
  // The quarter-hour break shows its title within its own box (its time is in its name).
  const shortBreak = dayBlock.locator('ul.slots').getByRole('link', { name: /Pause café/ });
  await expectTitleInside(shortBreak);
  await expect(shortBreak).toHaveAccessibleName(/10:30/);
  // The day its slots cover still shows its name, down the strip beside them.
  await expect(dayBlock.locator('.strip')).toBeVisible();
  await expect(dayBlock.locator('.strip')).toContainText(`09:00–17:00 · ${dayTitle}`);
  await expect(dayBlock.getByRole('link', { name: new RegExp(dayTitle) }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the week view with a day and its slot');
  await page.screenshot({ path: 'tmp/week-slots-desktop.png', fullPage: true });

  // 3. The workshop dragged an hour later, on its own Wednesday.
  const wednesdayColumn = page.locator(`section.day[data-date="${wednesday}"]`);
  const workshopLink = wednesdayColumn.getByRole('link', {
    name: new RegExp(`Atelier contenus ${tag}`),
  });
  const wBox = (await workshopLink.boundingBox())!;
  const grab = { x: wBox.x + wBox.width / 2, y: wBox.y + 12 };
  const hour = (await yOf(wednesdayColumn, '10:00')) - (await yOf(wednesdayColumn, '09:00'));
  await drag(page, grab, { x: grab.x, y: grab.y + hour });
  await expect(page.getByTestId('week-announcement')).toContainText('déplacée');
  await expect
    .poll(async () => (await api.json<Item>(api.get(`/api/sessions/${workshop.id}`))).startsAt)
    .toBe(zonedInstant(wednesday, '10:00'));

  // 4. Dragged onto the Tuesday, it clashes with the day: refused in place, then put back.
  const moved = wednesdayColumn.getByRole('link', { name: new RegExp(`Atelier contenus ${tag}`) });
  const mBox = (await moved.boundingBox())!;
  const from = { x: mBox.x + mBox.width / 2, y: mBox.y + 12 };
  await drag(page, from, { x: from.x - box.width, y: from.y });
  const clash = page.getByTestId('session-conflict');
  await expect(clash).toContainText(dayTitle);
  await page.screenshot({ path: 'tmp/week-refused-desktop.png' });
  await page.getByRole('button', { name: 'Remettre en place' }).click();
  await expect(clash).toBeHidden();

  // 5. With the keyboard: Alt + ↓ twice and Enter move it half an hour later.
  const focused = page
    .locator(`section.day[data-date="${wednesday}"]`)
    .getByRole('link', { name: new RegExp(`Atelier contenus ${tag}`) });
  await focused.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('week-announcement')).toContainText('Entrée pour enregistrer');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await api.json<Item>(api.get(`/api/sessions/${workshop.id}`))).startsAt)
    .toBe(zonedInstant(wednesday, '10:30'));
  await expect(page).toHaveURL(new RegExp('/instructor/calendar'));

  // 6. Its end: Alt + Shift + ↑ twice ends it half an hour sooner; its lower edge dragged an
  // hour down ends it an hour later.
  await focused.focus();
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await api.json<Item>(api.get(`/api/sessions/${workshop.id}`))).endsAt)
    .toBe(zonedInstant(wednesday, '13:00'));
  const edge = page.locator(`li[data-session="${workshop.id}"] > .resize`);
  const eBox = (await edge.boundingBox())!;
  const grip = { x: eBox.x + eBox.width / 2, y: eBox.y + eBox.height / 2 };
  await drag(page, grip, { x: grip.x, y: grip.y + hour });
  await expect
    .poll(async () => (await api.json<Item>(api.get(`/api/sessions/${workshop.id}`))).endsAt)
    .toBe(zonedInstant(wednesday, '14:00'));
  expect((await api.json<Item>(api.get(`/api/sessions/${workshop.id}`))).startsAt).toBe(
    zonedInstant(wednesday, '10:30'),
  );

  const day = (
    await api.json<{ items: Item[] }>(
      api.get(
        `/api/sessions?cohortId=${own.cohort.id}&from=${encodeURIComponent(zonedInstant(tuesday, '00:00'))}&to=${encodeURIComponent(zonedInstant(tuesday, '23:59'))}`,
      ),
    )
  ).items.find((s) => s.title === dayTitle)!;
  expect(day.slots.map((s) => s.title)).toEqual(['Pause café', talkTitle]);
  await api.dispose();

  // 7. The student sees the talk inside the day in the agenda, and in the day's .ics.
  const studentContext = await browser.newContext({ locale: 'fr-CH', acceptDownloads: true });
  const student = await studentContext.newPage();
  await new SignInPage(student).open();
  await new SignInPage(student).signIn(own.student.email, OWN_PASSWORD);
  await expect(student).not.toHaveURL(/sign-in/);
  await student.goto(`/student/calendar?view=agenda&date=${tuesday}`);
  const dayItem = student.locator('li.item', { hasText: dayTitle });
  await expect(dayItem.locator('ol.slots').getByRole('link', { name: talkTitle })).toBeVisible();
  await expect(dayItem.locator('ol.slots')).toContainText('14:00');
  await expectNoSeriousA11yViolations(student, 'the student agenda with a slot');
  await dayItem.getByRole('link', { name: dayTitle }).click();
  await expect(student.getByRole('heading', { level: 1, name: dayTitle })).toBeVisible();
  await expect(student.getByTestId('day-agenda')).toContainText(talkTitle);
  // In English too; and the talk's own page names its day.
  await new Shell(student).switchLanguage('en');
  await expect(student.getByRole('heading', { level: 2, name: 'The day’s agenda' })).toBeVisible();
  await student.screenshot({ path: 'tmp/day-agenda-en-desktop.png', fullPage: true });
  await student.getByTestId('day-agenda').getByRole('link', { name: talkTitle }).click();
  await expect(student.getByRole('heading', { level: 1, name: talkTitle })).toBeVisible();
  await expect(student.getByTestId('session-parent')).toHaveText(dayTitle);
  await expectNoSeriousA11yViolations(student, 'the talk page of a slot (en)');
  await new Shell(student).switchLanguage('fr');
  await student.getByTestId('session-parent').click();
  await expect(student.getByRole('heading', { level: 1, name: dayTitle })).toBeVisible();
  const [download] = await Promise.all([
    student.waitForEvent('download'),
    student.getByTestId('session-ics').click(),
  ]);
  const ics = await readFile((await download.path())!, 'utf8');
  const compact = tuesday.replaceAll('-', '');
  // RFC 5545 escapes a comma in text.
  expect(ics).toContain(`SUMMARY:${dayTitle.replaceAll(',', '\\,')}`);
  expect(ics).toContain(`DTSTART;TZID=Europe/Zurich:${compact}T140000`);
  expect(ics).toContain(`RELATED-TO:session-${day.id}@clique`);
  expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`14:00–15:30 Conférence invitée: ${talkTitle}`);
  await studentContext.close();
});

test('a student on a phone reads a course day with its break in the agenda and in the three-day grid @phone-only', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const own = await ownCohort(baseURL!, tag);
  await givePassword(baseURL!, own.student.id);
  const thursday = onOrAfter(addDays(todayIn(ZURICH), 21), 4);
  const api = await Api.as(baseURL!, DEMO.instructor);
  const day = await api.json<Item>(
    api.post('/api/sessions', {
      cohortId: own.cohort.id,
      title: `Module II — communautés ${tag}`,
      kind: 'lecture',
      startsAt: zonedInstant(thursday, '09:00'),
      endsAt: zonedInstant(thursday, '17:00'),
    }),
    201,
  );
  await api.json(
    api.post(`/api/sessions/${day.id}/slots`, {
      title: `Pause café ${tag}`,
      kind: 'break',
      startsAt: zonedInstant(thursday, '10:30'),
      endsAt: zonedInstant(thursday, '10:45'),
    }),
    201,
  );
  // The next course day is a week later: the empty days between are not course days.
  const nextThursday = addDays(thursday, 7);
  await api.json<Item>(
    api.post('/api/sessions', {
      cohortId: own.cohort.id,
      title: `Module II — communautés, suite ${tag}`,
      kind: 'lecture',
      startsAt: zonedInstant(nextThursday, '09:00'),
      endsAt: zonedInstant(nextThursday, '12:00'),
    }),
    201,
  );
  await api.dispose();
  await new SignInPage(page).open();
  await new SignInPage(page).signIn(own.student.email, OWN_PASSWORD);
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto(`/student/calendar?date=${addDays(thursday, -1)}`);
  const item = page.locator('li.item', { hasText: `Module II — communautés ${tag}` });
  await expect(item.locator('ol.slots')).toContainText(`Pause café ${tag}`);
  await expectNoSeriousA11yViolations(page, 'the phone agenda with a break');
  await page.screenshot({ path: 'tmp/agenda-slots-phone.png', fullPage: true });

  // The three-day grid shows the course days themselves, the break inside the first.
  await page.getByRole('radio', { name: '3 jours' }).click();
  await expect(page).toHaveURL(/view=days/);
  const columns = page.locator('section.day');
  await expect(columns).toHaveCount(2);
  await expect(page.locator(`section.day[data-date="${thursday}"]`)).toBeVisible();
  await expect(page.locator(`section.day[data-date="${nextThursday}"]`)).toBeVisible();
  await expect(page.locator(`section.day[data-date="${thursday}"] ul.slots`)).toContainText(
    `Pause café ${tag}`,
  );
  await expectTitleInside(
    page
      .locator(`section.day[data-date="${thursday}"] ul.slots`)
      .getByRole('link', { name: new RegExp(`Pause café ${tag}`) }),
  );
  await expectNoSeriousA11yViolations(page, 'the phone course days');
  await page.screenshot({ path: 'tmp/course-days-phone.png', fullPage: true });
});

/** A slot's title is drawn inside its box, not cut off below it (a quarter hour is one line). */
async function expectTitleInside(slot: Locator): Promise<void> {
  await expect(slot.locator('.title')).toBeVisible();
  const box = (await slot.boundingBox())!;
  const title = (await slot.locator('.title').boundingBox())!;
  expect(title.y).toBeGreaterThanOrEqual(box.y - 1);
  expect(title.y + title.height).toBeLessThanOrEqual(box.y + box.height + 1);
}

test('an instructor restores a cancelled course day with its agenda; a workshop whose room was taken stays cancelled and says why', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const own = await ownCohort(baseURL!, tag);
  const neighbours = await ownCohort(baseURL!, unique());
  const friday = onOrAfter(addDays(todayIn(ZURICH), 28), 5);
  const api = await Api.as(baseURL!, DEMO.instructor);
  const room = await api.json<{ id: string; name: string }>(
    api.post('/api/rooms', { name: `Salle îlots ${tag}`, capacity: 16 }),
    201,
  );
  const dayTitle = `Module III — communautés, journée ${tag}`;
  const day = await api.json<Item>(
    api.post('/api/sessions', {
      cohortId: own.cohort.id,
      title: dayTitle,
      kind: 'lecture',
      startsAt: zonedInstant(friday, '09:00'),
      endsAt: zonedInstant(friday, '17:00'),
    }),
    201,
  );
  const slot = (title: string, kind: string, from: string, to: string, extra = {}) =>
    api.json<Item>(
      api.post(`/api/sessions/${day.id}/slots`, {
        title,
        kind,
        startsAt: zonedInstant(friday, from),
        endsAt: zonedInstant(friday, to),
        ...extra,
      }),
      201,
    );
  const workshopTitle = `Atelier en îlots ${tag}`;
  const workshop = await slot(workshopTitle, 'workshop', '10:00', '11:00', { roomId: room.id });
  await slot(`Pause de midi ${tag}`, 'break', '12:00', '13:15');
  await api.json(api.post(`/api/sessions/${day.id}/cancel`, { reason: 'Grève des transports' }));
  // Meanwhile another cohort takes the workshop's room at its time.
  const neighbour = `Cours voisin ${tag}`;
  await api.json(
    api.post('/api/sessions', {
      cohortId: neighbours.cohort.id,
      title: neighbour,
      kind: 'lecture',
      roomId: room.id,
      startsAt: zonedInstant(friday, '10:00'),
      endsAt: zonedInstant(friday, '11:00'),
    }),
    201,
  );
  await api.dispose();

  await new SignInPage(page).open();
  await new SignInPage(page).signIn(DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto(`/instructor/sessions/${day.id}`);
  const agenda = page.getByTestId('day-agenda');
  await expect(agenda.locator('li.slot.cancelled')).toHaveCount(2);
  await page.getByRole('button', { name: 'Rétablir la session' }).click();
  await expect(page.getByText('Créneaux encore annulés : 1')).toBeVisible();
  // The break is back; the workshop stays cancelled.
  await expect(agenda.locator('li.slot.cancelled')).toHaveCount(1);
  await expect(agenda.locator('li.slot.cancelled')).toContainText(workshopTitle);
  await expectNoSeriousA11yViolations(page, 'a restored day with a slot left cancelled');
  await page.screenshot({ path: 'tmp/day-restored-desktop.png', fullPage: true });

  // Its own page names what took its room.
  await agenda.getByRole('link', { name: workshopTitle }).click();
  await expect(page).toHaveURL(new RegExp(`/instructor/sessions/${workshop.id}`));
  await page.getByRole('button', { name: 'Rétablir la session' }).click();
  await expect(page.getByTestId('session-conflict')).toContainText(neighbour);
});

test('an instructor moves a course day to the next day with the keyboard, and its guest talk goes along', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const own = await ownCohort(baseURL!, tag);
  const tuesday = onOrAfter(addDays(todayIn(ZURICH), 35), 2);
  const wednesday = addDays(tuesday, 1);
  const api = await Api.as(baseURL!, DEMO.instructor);
  const dayTitle = `Module II — journée mobile ${tag}`;
  const day = await api.json<Item>(
    api.post('/api/sessions', {
      cohortId: own.cohort.id,
      title: dayTitle,
      kind: 'lecture',
      startsAt: zonedInstant(tuesday, '09:00'),
      endsAt: zonedInstant(tuesday, '17:00'),
    }),
    201,
  );
  const talkTitle = `Conférence : la marque employeur ${tag}`;
  const talk = await api.json<Item>(
    api.post(`/api/sessions/${day.id}/slots`, {
      title: talkTitle,
      kind: 'guest_talk',
      startsAt: zonedInstant(tuesday, '14:00'),
      endsAt: zonedInstant(tuesday, '15:30'),
    }),
    201,
  );

  await new SignInPage(page).open();
  await new SignInPage(page).signIn(DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto(`/instructor/calendar?view=week&date=${tuesday}&cohort=${own.cohort.id}`);
  const dayLink = page
    .locator(`section.day[data-date="${tuesday}"]`)
    .getByRole('link', { name: new RegExp(`^09:00–17:00 ${dayTitle}`) });
  await dayLink.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByTestId('week-announcement')).toContainText('Entrée pour enregistrer');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('week-announcement')).toContainText('déplacée');
  await expect
    .poll(async () => (await api.json<Item>(api.get(`/api/sessions/${talk.id}`))).startsAt)
    .toBe(zonedInstant(wednesday, '14:00'));
  // Drawn inside its day on the Wednesday.
  await expect(
    page
      .locator(`section.day[data-date="${wednesday}"] ul.slots`)
      .getByRole('link', { name: new RegExp(talkTitle) }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'the week after a day moved with its slot');
  await api.dispose();
});
