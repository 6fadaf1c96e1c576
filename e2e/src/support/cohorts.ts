import { expect, request } from '@playwright/test';
import { Api, DEMO } from './api';
import { addDays, todayIn, ZURICH } from './dates';

/**
 * A cohort of one's own, so that a journey's sessions can clash with nothing the demo (or
 * another journey) has planned: a Swiss programme (Europe/Zurich), a cohort running from
 * today (or `startedDaysAgo` days ago) for a year, taught by the demo instructor, with one new
 * student.
 */
export interface OwnCohort {
  programme: { id: string; code: string; timeZone: string };
  cohort: { id: string; name: string };
  student: { id: string; email: string };
  instructorId: string;
}

export async function ownCohort(
  baseURL: string,
  tag: string,
  /** Days before today it began: a journey that needs past sessions gives some. */
  startedDaysAgo = 0,
): Promise<OwnCohort> {
  const instructor = await Api.as(baseURL, DEMO.instructor);
  const me = await instructor.json<{ id: string }>(instructor.get('/api/me'));
  await instructor.dispose();

  const admin = await Api.as(baseURL, DEMO.admin);
  try {
    const code = `E2E${tag.slice(-6).toUpperCase()}`;
    const programme = await admin.json<{ id: string; code: string; timeZone: string }>(
      admin.post('/api/programmes', {
        code,
        title: `Parcours de test ${tag}`,
        gradingScale: 'CH_6',
        timeZone: ZURICH,
      }),
      201,
    );
    const today = todayIn(ZURICH);
    const cohort = await admin.json<{ id: string; name: string }>(
      admin.post('/api/cohorts', {
        programmeId: programme.id,
        name: `${code} promotion`,
        startsOn: addDays(today, -startedDaysAgo),
        endsOn: addDays(today, 365),
        status: 'running',
        instructorIds: [me.id],
      }),
      201,
    );
    const email = `etudiant.${tag}@clique.test`;
    const enrolled = await admin.json<{ enrolment: { student: { id: string } } }>(
      admin.post(`/api/cohorts/${cohort.id}/enrolments`, {
        email,
        givenName: 'Zoé',
        familyName: `Test ${tag}`,
      }),
      201,
    );
    return {
      programme,
      cohort,
      student: { id: enrolled.enrolment.student.id, email },
      instructorId: me.id,
    };
  } finally {
    await admin.dispose();
  }
}

/** A project of `own`'s student tutored by the demo instructor, approved (under way). */
export async function tutoredProject(
  baseURL: string,
  own: OwnCohort,
  tag: string,
): Promise<{ id: string; title: string }> {
  const instructor = await Api.as(baseURL, DEMO.instructor);
  try {
    const project = await instructor.json<{ id: string; title: string }>(
      instructor.post('/api/projects', {
        cohortId: own.cohort.id,
        title: `Communauté des lecteurs ${tag}`,
        newPartner: { name: `Bibliothèque ${tag}`, sector: 'Culture' },
        memberIds: [own.student.id],
      }),
      201,
    );
    await instructor.json(
      instructor.post(`/api/projects/${project.id}/transitions`, { to: 'approved' }),
    );
    return project;
  } finally {
    await instructor.dispose();
  }
}

/** The password `givePassword` sets: a journey's own students sign in with it. */
export const OWN_PASSWORD = 'un mot de passe de test';

/** A new student chooses a password through the link an administrator made for them. */
export async function givePassword(baseURL: string, studentId: string): Promise<void> {
  const admin = await Api.as(baseURL, DEMO.admin);
  const { setPasswordUrl } = await admin.json<{ setPasswordUrl: string }>(
    admin.post(`/api/users/${studentId}/password-link`),
    201,
  );
  await admin.dispose();
  const token = new URL(setPasswordUrl).searchParams.get('token');
  const anonymous = await request.newContext({ baseURL });
  await anonymous.get('/api/health/live');
  const xsrf = (await anonymous.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN');
  const set = await anonymous.post('/api/auth/password', {
    data: { token, password: OWN_PASSWORD },
    headers: { 'x-xsrf-token': xsrf?.value ?? '' },
  });
  expect(set.status(), await set.text()).toBeLessThan(300);
  await anonymous.dispose();
}
