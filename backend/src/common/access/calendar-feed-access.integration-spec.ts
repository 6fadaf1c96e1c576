import { buildSession, buildSpeaker } from '../../testing/scheduling-factories';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { type AccessWorld, buildAccessWorld, statusMatrix } from './testing/access-world';

const DAY = 86_400_000;

describe('access policy: calendar feeds', () => {
  let t: TestApp;
  let w: AccessWorld;
  let sessionId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildAccessWorld(t);
    const startsAt = new Date(Date.now() + 5 * DAY);
    sessionId = (
      await buildSession(t.db, {
        cohortId: w.cohortId,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      })
    ).id;
  });
  afterAll(() => t.close());

  const path = (url: string) => new URL(url).pathname;
  const uids = (ics: string) => [...ics.matchAll(/^UID:(.+)$/gm)].map((m) => m[1].trim());

  it('subscribes to a cohort’s calendar whoever may read the cohort, and nobody else', async () => {
    const expected = {
      admin: 201,
      instructor: 201,
      otherInstructor: 404,
      student: 201,
      classmate: 201,
      otherCohortStudent: 404,
      withdrawn: 404,
      graduated: 201,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.post('/api/calendar-feeds', { scope: 'cohort', cohortId: w.cohortId }),
      ),
    ).toEqual(expected);
  });

  it('shows a feed’s sessions from what its owner may read at each fetch', async () => {
    const feed = (
      await w.browsers.classmate.post('/api/calendar-feeds', {
        scope: 'cohort',
        cohortId: w.cohortId,
      })
    ).json();
    const mine = (await w.browsers.classmate.post('/api/calendar-feeds', { scope: 'me' })).json();
    const anonymous = w.browsers.anonymous;
    expect(uids((await anonymous.get(path(feed.url))).body)).toContain(
      `session-${sessionId}@clique`,
    );
    expect(uids((await anonymous.get(path(mine.url))).body)).toContain(
      `session-${sessionId}@clique`,
    );

    await t.db.query(
      `UPDATE enrolments SET status = 'withdrawn', withdrawn_at = now(), withdrawal_reason = 'test'
        WHERE student_id = $1`,
      [w.users.classmate.id],
    );
    expect(uids((await anonymous.get(path(feed.url))).body)).toEqual([]);
    expect(uids((await anonymous.get(path(mine.url))).body)).toEqual([]);
  });

  it('lets only a feed’s owner see and revoke it', async () => {
    const feed = (await w.browsers.student.post('/api/calendar-feeds', { scope: 'me' })).json();
    const listed: Record<string, boolean> = {};
    for (const actor of ['admin', 'instructor', 'student', 'otherCohortStudent'] as const) {
      const feeds = (await w.browsers[actor].get('/api/calendar-feeds')).json();
      listed[actor] = feeds.some((f: { id: string }) => f.id === feed.id);
    }
    expect(listed).toEqual({
      admin: false,
      instructor: false,
      student: true,
      otherCohortStudent: false,
    });
    const revoke = {
      admin: 404,
      instructor: 404,
      otherCohortStudent: 404,
      anonymous: 401,
      student: 204,
    };
    expect(
      await statusMatrix(w.browsers, revoke, (b) => b.delete(`/api/calendar-feeds/${feed.id}`)),
    ).toEqual(revoke);
  });

  it('lets planners follow a speaker’s talks, students not', async () => {
    const speaker = await buildSpeaker(t.db);
    const expected = {
      admin: 201,
      instructor: 201,
      otherInstructor: 201,
      student: 403,
      graduated: 403,
      anonymous: 401,
    };
    expect(
      await statusMatrix(w.browsers, expected, (b) =>
        b.post('/api/calendar-feeds', { scope: 'speaker', speakerId: speaker.id }),
      ),
    ).toEqual(expected);
  });
});
