import { NotificationsPage } from '../pages/notifications.page';
import { SignInPage } from '../pages/sign-in.page';
import { expectNoSeriousA11yViolations } from '../support/a11y';
import { Api, DEMO, unique } from '../support/api';
import { expect, test } from '../support/fixtures';

/** A demo student of MCMS whose project Sophie Mercier tutors. */
const INES = { email: 'ines.dubois@clique.test', password: 'demo-student-2026' };

test('a student sees the bell rise when the tutor comments, opens the list and follows the link', async ({
  page,
  baseURL,
}, testInfo) => {
  // The student is signed in; the bell shows what is unread already.
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(INES.email, INES.password);
  const bell = new NotificationsPage(page);
  await expect(bell.bell()).toBeVisible();
  const student = await Api.as(baseURL!, INES);
  const { unread: before } = await student.json<{ unread: number }>(
    student.get('/api/notifications/unread-count'),
  );
  await bell.expectUnread(before);

  // The tutor comments on the project's first milestone (through the API).
  const [project] = await student.json<{ id: string; title: string }[]>(
    student.get('/api/projects/mine'),
  );
  const detail = await student.json<{ milestones: { id: string }[] }>(
    student.get(`/api/projects/${project.id}`),
  );
  const tutor = await Api.as(baseURL!, DEMO.instructor);
  const comment = `Relisez la ligne éditoriale avant jeudi (${unique()}).`;
  await tutor.json(
    tutor.post(`/api/milestones/${detail.milestones[0].id}/feedback`, { body: comment }),
    201,
  );

  // The next navigation asks again: the bell's count rises by one.
  await page.getByRole('link', { name: 'Calendrier' }).first().click();
  await bell.expectUnread(before + 1);

  // The list: the new comment is there, unread, with the tutor's words.
  await bell.open();
  const item = bell.item(comment);
  await expect(item).toContainText(`Nouveau commentaire sur ${project.title}`);
  await expect(item).toContainText(DEMO.instructor.name);
  await expectNoSeriousA11yViolations(page, 'notifications list');
  await page.screenshot({ path: testInfo.outputPath('notifications-desktop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(item).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('notifications-phone.png'), fullPage: true });

  // Following it opens the project and marks it read.
  await item
    .getByRole('link', { name: `Non lue : Nouveau commentaire sur ${project.title}` })
    .click();
  await expect(page).toHaveURL(new RegExp(`/student/project/${project.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: project.title })).toBeVisible();
  await bell.expectUnread(before);

  // The settings page, from the user menu: comments come in the daily digest from now on.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Préférences de notification' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Préférences de notification' }),
  ).toBeVisible();
  const feedback = page.getByRole('group', { name: 'Commentaire sur un projet' });
  await feedback.getByRole('radio', { name: 'Résumé quotidien' }).check();
  await expectNoSeriousA11yViolations(page, 'notification settings');
  await page.screenshot({ path: testInfo.outputPath('settings-phone.png'), fullPage: true });
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Préférences enregistrées.')).toBeVisible();
  const saved = await student.json<{ items: { kind: string; channel: string }[] }>(
    student.get('/api/notifications/preferences'),
  );
  expect(saved.items).toContainEqual({ kind: 'project.feedback', channel: 'digest' });

  await student.dispose();
  await tutor.dispose();
});
