import type { Page } from '@playwright/test';
import { SignInPage } from '../pages/sign-in.page';
import { Shell } from '../pages/shell';
import { Api, DEMO, unique } from '../support/api';
import { ownCohort, tutoredProject } from '../support/cohorts';
import { addDays, onOrAfter, partsOf, todayIn, ZURICH, zonedInstant } from '../support/dates';
import { expect, test } from '../support/fixtures';

/**
 * Dates read the same on the invitation, the project and the calendar pages, in the
 * programme's zone (Europe/Zurich), whatever the browser's zone: here UTC, one hour behind in
 * winter and two in summer, so a page that used the browser's zone would show 15:15 or 14:15.
 */
test.use({ timezoneId: 'UTC', locale: 'fr-CH' });

const MONTHS = {
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;
/** Short month names as both locales write them (British English has `Sept` in newer data). */
const SHORT_MONTHS = {
  fr: [
    'janv\\.',
    'févr\\.',
    'mars',
    'avr\\.',
    'mai',
    'juin',
    'juil\\.',
    'août',
    'sept\\.',
    'oct\\.',
    'nov\\.',
    'déc\\.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept?', 'Oct', 'Nov', 'Dec'],
} as const;

/**
 * A Tuesday five to six weeks from today in Zurich: the demo programme never meets on a
 * Tuesday, and the session is in a cohort of the journey's own, so nothing can clash with it.
 */
function tuesdayAhead(): { iso: string; day: number; month: number; year: number } {
  const iso = onOrAfter(addDays(todayIn(ZURICH), 35), 2);
  return { iso, ...partsOf(iso) };
}

async function visibleText(page: Page): Promise<string> {
  return page.locator('main').innerText();
}

test('the invitation, the project and the calendar show a Zurich session at Zurich time in a UTC browser, in French and in English', async ({
  page,
  baseURL,
}, testInfo) => {
  const tag = unique();
  const day = tuesdayAhead();
  const startsAt = zonedInstant(day.iso, '16:15');
  const endsAt = zonedInstant(day.iso, '17:45');

  // Set-up through the API: a cohort of a Zurich programme she teaches, a project she tutors
  // (only its tutor or an admin adds milestones), approved; then, as the instructor, a talk and a
  // milestone due when it starts.
  const own = await ownCohort(baseURL!, tag);
  expect(own.programme.timeZone).toBe(ZURICH);
  const project = await tutoredProject(baseURL!, own, tag);
  const api = await Api.as(baseURL!, DEMO.instructor);
  const session = await api.json<{ id: string }>(
    api.post('/api/sessions', {
      cohortId: own.cohort.id,
      title: `Veille et e-réputation ${tag}`,
      kind: 'guest_talk',
      startsAt,
      endsAt,
      instructorIds: [own.instructorId],
    }),
    201,
  );
  const speakers = await api.json<{ items: { id: string }[] }>(
    api.get('/api/speakers?page=1&size=10&q=Fanti'),
  );
  const invitation = await api.json<{ id: string }>(
    api.post(`/api/sessions/${session.id}/invitations`, { speakerId: speakers.items[0].id }),
    201,
  );
  const milestone = `Note de veille ${tag}`;
  await api.json(
    api.post(`/api/projects/${project.id}/milestones`, { title: milestone, dueAt: startsAt }),
    201,
  );
  await api.dispose();

  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).toHaveURL(/\/instructor$/);
  const shell = new Shell(page);

  const check = async (lang: 'fr' | 'en') => {
    const longDate = `${day.day} ${MONTHS[lang][day.month]} ${day.year}`;
    const shortMonth = SHORT_MONTHS[lang][day.month];

    // The invitation: the session's date and its times, in Zurich.
    await page.goto(`/instructor/sessions/${session.id}/invitations/${invitation.id}`);
    await expect(page.getByText(`${longDate}, 16:15–17:45`)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`invitation-${lang}.png`), fullPage: true });

    // The project: the milestone is due at the session's start, in Zurich.
    await page.goto(`/instructor/projects/${project.id}`);
    const card = page.getByRole('region', { name: milestone });
    await expect(card).toContainText(new RegExp(`${day.day} ${shortMonth} ${day.year}, 16:15`));
    await page.screenshot({ path: testInfo.outputPath(`project-${lang}.png`), fullPage: true });

    // The calendar's week of the session: the same times.
    await page.goto(`/instructor/calendar?view=week&date=${day.iso}`);
    const link = page.getByRole('link', { name: new RegExp(`Veille et e-réputation ${tag}`) });
    await expect(link).toBeVisible();
    await expect(link).toContainText('16:15–17:45');
    await page.screenshot({ path: testInfo.outputPath(`calendar-${lang}.png`), fullPage: true });

    // Nowhere the browser's UTC reading or a US form.
    for (const path of [
      `/instructor/sessions/${session.id}/invitations/${invitation.id}`,
      `/instructor/projects/${project.id}`,
    ]) {
      await page.goto(path);
      await expect(page.locator('main')).toContainText('16:15');
      const text = await visibleText(page);
      expect(text).not.toMatch(/1[45]:15–1[56]:45|4:15\s?PM/);
    }
  };

  try {
    await check('fr');
    await shell.switchLanguage('en');
    await check('en');
  } finally {
    // The instructor's language is remembered on the account: leave it as the other journeys expect.
    if ((await page.locator('html').getAttribute('lang')) === 'en')
      await shell.switchLanguage('fr');
  }
});
