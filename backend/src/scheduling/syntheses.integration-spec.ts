import { buildUser } from '../testing/factories';
import { buildEnrolment } from '../testing/programme-factories';
import { buildPlanningWorld, buildSession } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('syntheses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }
  const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);

  async function pastTalk() {
    const w = await buildPlanningWorld(t.db);
    const talk = await buildSession(t.db, {
      cohortId: w.cohort.id,
      kind: 'guest_talk',
      startsAt: daysAgo(2),
      endsAt: new Date(daysAgo(2).getTime() + 7_200_000),
    });
    return { w, talk };
  }

  it('lets a student save a sanitised draft, hand it in once, and the instructor read it and comment', async () => {
    const { w, talk } = await pastTalk();
    const student = await signedIn(w.student);
    const url = `/api/sessions/${talk.id}/syntheses/mine`;
    expect((await student.get(url)).statusCode).toBe(404);
    const draft = await student.request('PUT', url, {
      bodyHtml: '<h2>Parcours</h2><p onclick="x()">Avocat<script>alert(1)</script></p>',
    });
    expect(draft.statusCode).toBe(200);
    expect(draft.json()).toMatchObject({
      bodyHtml: '<h2>Parcours</h2><p>Avocat</p>',
      submittedAt: null,
      wordCount: 2,
    });
    const instructor = await signedIn(w.instructor);
    const before = (await instructor.get(`/api/sessions/${talk.id}/syntheses`)).json();
    expect(before).toEqual({
      submitted: [],
      missing: [{ id: w.student.id, displayName: w.student.displayName }],
    });
    expect((await instructor.get(`/api/syntheses/${draft.json().id}`)).statusCode).toBe(404);

    const handedIn = await student.request('PUT', url, {
      bodyHtml: '<p>Le droit et les réseaux sociaux.</p>',
      submit: true,
    });
    expect(handedIn.json().submittedAt).not.toBeNull();
    const again = await student.request('PUT', url, { bodyHtml: '<p>Autre</p>' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'synthesis.submitted' });

    const after = (await instructor.get(`/api/sessions/${talk.id}/syntheses`)).json();
    expect(after.missing).toEqual([]);
    expect(after.submitted).toEqual([
      expect.objectContaining({
        student: { id: w.student.id, displayName: w.student.displayName },
      }),
    ]);
    const commented = await instructor.patch(`/api/syntheses/${handedIn.json().id}/feedback`, {
      feedback: 'Bonne structure.',
    });
    expect(commented.json()).toMatchObject({
      feedback: 'Bonne structure.',
      feedbackBy: { id: w.instructor.id },
    });
    expect((await student.get(url)).json().feedback).toBe('Bonne structure.');
  });

  it('refuses a synthesis before the session, for another cohort, or empty', async () => {
    const w = await buildPlanningWorld(t.db);
    const future = await buildSession(t.db, {
      cohortId: w.cohort.id,
      kind: 'guest_talk',
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 90_000_000),
    });
    const student = await signedIn(w.student);
    const early = await student.request('PUT', `/api/sessions/${future.id}/syntheses/mine`, {
      bodyHtml: '<p>Trop tôt</p>',
    });
    expect(early.json()).toMatchObject({ code: 'synthesis.too_early' });

    const { talk } = await pastTalk();
    const outsider = await student.request('PUT', `/api/sessions/${talk.id}/syntheses/mine`, {
      bodyHtml: '<p>x</p>',
    });
    expect(outsider.statusCode).toBe(404);

    const other = await buildUser(t.db, { role: 'student' });
    const { w: w2, talk: talk2 } = await pastTalk();
    await buildEnrolment(t.db, w2.cohort.id, other.id);
    const empty = await (
      await signedIn(other)
    ).request('PUT', `/api/sessions/${talk2.id}/syntheses/mine`, {
      bodyHtml: '<script>x</script>',
      submit: true,
    });
    expect(empty.statusCode).toBe(400);
  });

  it('keeps a synthesis from other students and from instructors of other cohorts', async () => {
    const { w, talk } = await pastTalk();
    const mine = await (
      await signedIn(w.student)
    ).request('PUT', `/api/sessions/${talk.id}/syntheses/mine`, {
      bodyHtml: '<p>Synthèse</p>',
      submit: true,
    });
    const stranger = await buildPlanningWorld(t.db);
    expect(
      (await (await signedIn(stranger.student)).get(`/api/syntheses/${mine.json().id}`)).statusCode,
    ).toBe(404);
    const otherInstructor = await signedIn(stranger.instructor);
    expect((await otherInstructor.get(`/api/syntheses/${mine.json().id}`)).statusCode).toBe(404);
    expect((await otherInstructor.get(`/api/sessions/${talk.id}/syntheses`)).statusCode).toBe(404);
  });
});
