import type { Response } from 'light-my-request';
import { type BuiltUser, buildUser } from '../../../testing/factories';
import { buildCohort, buildEnrolment, buildProgramme } from '../../../testing/programme-factories';
import { Browser, type TestApp } from '../../../testing/test-app';

/** The people of an access matrix, around one cohort (A) of one programme. */
export const ACTORS = [
  'admin',
  'instructor',
  'otherInstructor',
  'student',
  'classmate',
  'otherCohortStudent',
  'withdrawn',
  'graduated',
  'anonymous',
] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * Cohort A of programme P, taught by `instructor`, with `student` and `classmate` active,
 * `withdrawn` withdrawn and `graduated` graduated; cohort B of another programme, taught by
 * `otherInstructor`, with `otherCohortStudent`. Each actor has a signed-in browser
 * (`anonymous` none).
 */
export interface AccessWorld {
  programmeId: string;
  /** Unique: search lists by it, whatever else the run's database holds. */
  programmeCode: string;
  cohortId: string;
  otherCohortId: string;
  users: Record<Exclude<Actor, 'anonymous'>, BuiltUser>;
  browsers: Record<Actor, Browser>;
}

export async function buildAccessWorld(t: TestApp): Promise<AccessWorld> {
  const admin = await buildUser(t.db, { role: 'admin' });
  const instructor = await buildUser(t.db, { role: 'instructor' });
  const otherInstructor = await buildUser(t.db, { role: 'instructor' });
  const programme = await buildProgramme(t.db);
  const cohort = await buildCohort(t.db, {
    programmeId: programme.id,
    instructorIds: [instructor.id],
  });
  const otherCohort = await buildCohort(t.db, { instructorIds: [otherInstructor.id] });
  const enrolled = async (cohortId: string, status: 'active' | 'withdrawn' | 'graduated') => {
    const user = await buildUser(t.db, { role: 'student' });
    await buildEnrolment(t.db, cohortId, user.id, { status });
    return user;
  };
  const users = {
    admin,
    instructor,
    otherInstructor,
    student: await enrolled(cohort.id, 'active'),
    classmate: await enrolled(cohort.id, 'active'),
    otherCohortStudent: await enrolled(otherCohort.id, 'active'),
    withdrawn: await enrolled(cohort.id, 'withdrawn'),
    graduated: await enrolled(cohort.id, 'graduated'),
  };
  const browsers = { anonymous: new Browser(t.app) } as Record<Actor, Browser>;
  for (const [actor, user] of Object.entries(users)) {
    browsers[actor as Actor] = await signedIn(t, user);
  }
  return {
    programmeId: programme.id,
    programmeCode: programme.code,
    cohortId: cohort.id,
    otherCohortId: otherCohort.id,
    users,
    browsers,
  };
}

export async function signedIn(t: TestApp, user: BuiltUser): Promise<Browser> {
  const browser = new Browser(t.app);
  const response = await browser.signIn(user.email, user.password);
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  return browser;
}

/**
 * Runs `request` as every actor of `expected` and returns the status each got, to compare
 * with `expected` in one assertion (a failure then shows the whole matrix).
 */
export async function statusMatrix<B extends string, A extends B>(
  browsers: Record<B, Browser>,
  expected: Record<A, number>,
  request: (browser: Browser, actor: A) => Promise<Response>,
): Promise<Record<A, number>> {
  const actual = {} as Record<A, number>;
  for (const actor of Object.keys(expected) as A[]) {
    actual[actor] = (await request(browsers[actor], actor)).statusCode;
  }
  return actual;
}
