import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { ownCohort } from '../support/cohorts';
import { addDays, onOrAfter, todayIn, ZURICH } from '../support/dates';
import { expect, test } from '../support/fixtures';

interface Item {
  id: string;
  room: { id: string; name: string } | null;
  startsAt: string;
}

test('an instructor moves a whole series to another room in one action, a clash first named by date', async ({
  page,
  baseURL,
}) => {
  const tag = unique();
  const own = await ownCohort(baseURL!, tag);
  const admin = await Api.as(baseURL!, DEMO.admin);
  const room = (name: string) =>
    admin.json<{ id: string; name: string }>(
      admin.post('/api/rooms', { name: `${name} ${tag}`, address: 'Lausanne', capacity: 24 }),
      201,
    );
  const [first, busy, free] = [
    await room('Salle Alpes'),
    await room('Salle Jura'),
    await room('Salle Léman'),
  ];
  await admin.dispose();

  // Three Thursdays of a module, weeks from now, 09:00–12:00 in Zurich, in the Alpes room.
  const thursday = onOrAfter(addDays(todayIn(ZURICH), 14), 4);
  const dates = [thursday, addDays(thursday, 7), addDays(thursday, 14)];
  const api = await Api.as(baseURL!, DEMO.instructor);
  const series = await api.json<{ items: Item[] }>(
    api.post('/api/sessions/series', {
      cohortId: own.cohort.id,
      title: `Module III — contenus ${tag}`,
      kind: 'lecture',
      roomId: first.id,
      dates,
      startTime: '09:00',
      endTime: '12:00',
    }),
    201,
  );
  // The Jura room is taken on the second Thursday morning, by another cohort's session.
  const other = await ownCohort(baseURL!, `${tag}b`);
  await api.json(
    api.post('/api/sessions', {
      cohortId: other.cohort.id,
      title: `Occupé ${tag}`,
      kind: 'workshop',
      roomId: busy.id,
      startsAt: series.items[1].startsAt,
      endsAt: new Date(new Date(series.items[1].startsAt).getTime() + 3_600_000).toISOString(),
    }),
    201,
  );

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).not.toHaveURL(/sign-in/);
  await page.goto(`/instructor/sessions/${series.items[2].id}`);
  await page.getByRole('button', { name: 'Modifier la série' }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier la série' });
  await dialog.getByRole('radio', { name: 'Toute la série' }).check();
  await dialog.getByRole('combobox', { name: 'Salle' }).click();
  await page.getByRole('option', { name: busy.name }).click();
  await expectNoSeriousA11yViolations(page, 'the series dialog');
  await dialog.getByRole('button', { name: 'Appliquer à la série' }).click();

  // Refused as a whole, the clash named by its date; nothing moved.
  const clash = dialog.getByTestId('session-conflict');
  await expect(clash).toContainText(busy.name);
  await expect(clash).toContainText(`Occupé ${tag}`);
  await page.screenshot({ path: 'tmp/series-conflict-desktop.png' });
  const stillThere = await api.json<Item>(api.get(`/api/sessions/${series.items[0].id}`));
  expect(stillThere.room?.id).toBe(first.id);

  // Another room: the three Thursdays move at once.
  await dialog.getByRole('combobox', { name: 'Salle' }).click();
  await page.getByRole('option', { name: free.name }).click();
  await dialog.getByRole('button', { name: 'Appliquer à la série' }).click();
  await expect(page.getByText('3 sessions de la série modifiées.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(free.name).first()).toBeVisible();
  for (const item of series.items) {
    const now = await api.json<Item>(api.get(`/api/sessions/${item.id}`));
    expect(now.room?.id, `the session on ${now.startsAt}`).toBe(free.id);
  }

  // A typo year is refused with the cohort's dates.
  const typo = await api.post('/api/sessions', {
    cohortId: own.cohort.id,
    title: `Erreur d’année ${tag}`,
    kind: 'lecture',
    startsAt: `${Number(thursday.slice(0, 4)) + 2}${thursday.slice(4)}T07:00:00Z`,
    endsAt: `${Number(thursday.slice(0, 4)) + 2}${thursday.slice(4)}T10:00:00Z`,
  });
  expect(typo.status()).toBe(409);
  expect((await typo.json()).code).toBe('session.outside_cohort');
  await api.dispose();
});
