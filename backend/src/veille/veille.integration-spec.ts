import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Parser from 'rss-parser';
import { JobsService } from '../jobs';
import { VeilleDigestService } from './veille-digest.service';
import { buildUser } from '../testing/factories';
import { buildCohort, buildEnrolment } from '../testing/programme-factories';
import { buildPlanningWorld, type PlanningWorld } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { buildVeilleComment, buildVeillePost, buildVeilleTopic } from './testing/veille-factories';

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const COMMENTARY =
  'Cet article montre comment les réseaux sociaux changent la relation client : les marques ' +
  'répondent en public, et chaque réponse devient un contenu. Ce qui compte pour nous : ' +
  'préparer une charte de modération avant de lancer un compte, pas après la première crise, ' +
  'et former toute l’équipe à y répondre.';

describe('the veille', () => {
  let t: TestApp;
  let pages: Server;
  let origin: string;
  const drain = () => t.app.get(JobsService).drain();

  beforeAll(async () => {
    t = await startTestApp({
      VEILLE_PREVIEW_ALLOW_PRIVATE: 'true',
      VEILLE_PREVIEW_TIMEOUT_MS: '2000',
    });
    pages = createServer((req, res) => {
      if (req.url?.startsWith('/cover.png')) {
        res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      } else if (req.url?.startsWith('/missing')) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
          `<!doctype html><html><head><title>Fallback</title>
           <meta property="og:title" content="Les réseaux sociaux &amp; la relation client">
           <meta property="og:description" content="Une enquête sur les marques.">
           <meta property="og:site_name" content="Le Temps du numérique">
           <meta property="og:image" content="/cover.png"></head><body>…</body></html>`,
        );
      }
    });
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    pages.closeAllConnections();
    await new Promise((resolve) => pages.close(resolve));
    await t.close();
  });

  async function signedIn(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  interface World extends PlanningWorld {
    classmate: Awaited<ReturnType<typeof buildUser>>;
    topic: { id: string; name: string };
    other: { id: string; name: string };
  }
  async function world(): Promise<World> {
    const w = await buildPlanningWorld(t.db);
    const classmate = await buildUser(t.db, { role: 'student', displayName: 'Hugo Bernard' });
    await buildEnrolment(t.db, w.cohort.id, classmate.id);
    const topic = await buildVeilleTopic(t.db, { cohortId: w.cohort.id, name: 'Réseaux sociaux' });
    const other = await buildVeilleTopic(t.db, {
      cohortId: w.cohort.id,
      name: 'Droit du numérique',
      position: 1,
    });
    return { ...w, classmate, topic, other };
  }

  /** The kinds, titles and links of the veille notifications a person has, newest first. */
  const veilleNotices = async (b: Browser) =>
    (await b.get('/api/notifications?page=1&size=50'))
      .json()
      .items.filter((n: { kind: string }) => n.kind.startsWith('veille.')) as {
      kind: string;
      title: string;
      body: string;
      link: string;
    }[];

  const share = (b: Browser, w: World, path: string, extra: Record<string, unknown> = {}) =>
    b.post(`/api/veille/cohorts/${w.cohort.id}/posts`, {
      url: `${origin}${path}`,
      commentary: COMMENTARY,
      topicIds: [w.topic.id],
      ...extra,
    });

  it('shares a link, fetches its preview card and image, and the class debates it', async () => {
    const w = await world();
    const student = await signedIn(w.student);
    const made = await share(student, w, '/article?utm_source=newsletter', {
      quote: 'Répondre en public.',
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      url: `${origin}/article`,
      preview: { status: 'pending' },
      topics: [{ id: w.topic.id, name: 'Réseaux sociaux' }],
      quote: 'Répondre en public.',
      canEdit: true,
      canModerate: false,
    });
    await drain();
    const id = made.json().id as string;
    const detail = (await student.get(`/api/veille/posts/${id}`)).json();
    expect(detail.preview).toEqual({
      status: 'ok',
      error: null,
      title: 'Les réseaux sociaux & la relation client',
      description: 'Une enquête sur les marques.',
      siteName: 'Le Temps du numérique',
      imagePath: `/api/veille/posts/${id}/image`,
    });
    expect(detail.title).toBe('Les réseaux sociaux & la relation client');
    const image = await student.get(detail.preview.imagePath);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(PNG)).toBe(true);

    const classmate = await signedIn(w.classmate);
    const comment = await classmate.post(`/api/veille/posts/${id}/comments`, {
      body: 'Et la charte, qui la rédige ?',
    });
    expect(comment.statusCode).toBe(201);
    const reply = await student.post(`/api/veille/posts/${id}/comments`, {
      body: 'Le CM avec le service juridique.',
      parentId: comment.json().id,
    });
    expect(reply.statusCode).toBe(201);
    const tooDeep = await classmate.post(`/api/veille/posts/${id}/comments`, {
      body: 'Trop loin',
      parentId: reply.json().id,
    });
    expect(tooDeep.statusCode).toBe(400);
    expect(tooDeep.json()).toMatchObject({
      code: 'veille.comment_too_deep',
      errors: [{ field: 'parentId' }],
    });
    expect(
      (
        await classmate.request('PUT', `/api/veille/posts/${id}/reaction`, {
          kind: 'insightful',
          on: true,
        })
      ).json().reactions,
    ).toContainEqual({ kind: 'insightful', count: 1, mine: true });
    expect(
      (await classmate.request('PUT', `/api/veille/posts/${id}/bookmark`, { on: true })).json(),
    ).toMatchObject({ bookmarked: true, readAt: null });

    // The author hears of the comment, the classmate of the reply; nobody of their own words.
    expect(await veilleNotices(student)).toEqual([
      expect.objectContaining({
        kind: 'veille.commented',
        title: `${w.classmate.displayName} a commenté votre partage : Les réseaux sociaux & la relation client`,
        body: '« Et la charte, qui la rédige ? »',
        link: `/student/veille/posts/${id}`,
      }),
    ]);
    expect(await veilleNotices(classmate)).toEqual([
      expect.objectContaining({
        kind: 'veille.replied',
        body: '« Le CM avec le service juridique. »',
        link: `/student/veille/posts/${id}`,
      }),
    ]);

    const seen = (await student.get(`/api/veille/posts/${id}`)).json();
    expect(seen.commentCount).toBe(2);
    expect(
      seen.comments.map((c: { body: string; parentId: string | null }) => [c.body, c.parentId]),
    ).toEqual([
      ['Et la charte, qui la rédige ?', null],
      ['Le CM avec le service juridique.', comment.json().id],
    ]);
    expect(seen.reactions).toContainEqual({ kind: 'insightful', count: 1, mine: false });
    expect(seen.bookmarked).toBe(false);
    const toRead = (
      await classmate.get(`/api/veille/cohorts/${w.cohort.id}/posts?bookmarked=true`)
    ).json();
    expect(toRead.items.map((p: { id: string }) => p.id)).toEqual([id]);
  });

  it('keeps a post when its preview fails, and says why', async () => {
    const w = await world();
    const student = await signedIn(w.student);
    const made = await share(student, w, '/missing');
    expect(made.statusCode).toBe(201);
    await drain();
    const post = (await student.get(`/api/veille/posts/${made.json().id}`)).json();
    expect(post.preview).toMatchObject({
      status: 'failed',
      error: 'veille.preview_unreachable',
      title: null,
    });
    expect(post.title).toBe(`${origin}/missing`);
  });

  it('points a page shared twice (tracking parameters aside) to the first post, also at the same moment', async () => {
    const w = await world();
    const student = await signedIn(w.student);
    const classmate = await signedIn(w.classmate);
    const first = await share(student, w, '/dup?b=2&a=1&utm_medium=social#top');
    expect(first.statusCode).toBe(201);
    const lookup = await classmate.post(`/api/veille/cohorts/${w.cohort.id}/preview`, {
      url: `${origin}/dup?a=1&b=2&fbclid=XYZ`,
    });
    expect(lookup.json()).toMatchObject({
      existingPostId: first.json().id,
      preview: { status: 'ok' },
    });
    const second = await share(classmate, w, '/dup?a=1&b=2&fbclid=XYZ&utm_campaign=rentree');
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'veille.duplicate_url',
      existingPostId: first.json().id,
    });
    const otherPage = await share(classmate, w, '/dup?a=1&b=3');
    expect(otherPage.statusCode).toBe(201);

    const racers = await Promise.all([
      share(student, w, '/race?utm_source=a'),
      share(classmate, w, '/race?gclid=b'),
    ]);
    expect(racers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM veille_posts WHERE cohort_id = $1 AND url LIKE $2`,
      [w.cohort.id, `${origin}/race%`],
    );
    expect(n).toBe(1);
  });

  it('refuses a short commentary, an unknown field, a foreign topic, a bad URL and changes nothing', async () => {
    const w = await world();
    const student = await signedIn(w.student);
    const stranger = await world();
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ commentary: 'Bien.' }, 400, 'veille.commentary_too_short', 'commentary'],
      [{ admin: true }, 400, 'validation', 'admin'],
      [{ topicIds: [stranger.topic.id] }, 400, 'veille.topic_invalid', 'topicIds'],
      [{ topicIds: [] }, 400, 'veille.topic_invalid', 'topicIds'],
      [{ url: 'javascript:alert(1)' }, 400, 'veille.url_invalid', 'url'],
    ];
    for (const [extra, status, code, field] of cases) {
      const r = await share(student, w, '/refused', extra);
      expect([r.statusCode, r.json().code, r.json().errors?.[0]?.field]).toEqual([
        status,
        code,
        field,
      ]);
    }
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM veille_posts WHERE cohort_id = $1`,
      [w.cohort.id],
    );
    expect(n).toBe(0);
    // The cohort's own minimum applies.
    const instructor = await signedIn(w.instructor);
    expect(
      (
        await instructor.patch(`/api/veille/cohorts/${w.cohort.id}/settings`, {
          minCommentaryChars: 5,
        })
      ).json().minCommentaryChars,
    ).toBe(5);
    expect((await share(student, w, '/short', { commentary: 'Bien vu.' })).statusCode).toBe(201);
  });

  it('shows nothing of a cohort to a student of another one, and keeps moderation to its instructors', async () => {
    const w = await world();
    const post = await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.student.id,
      topicIds: [w.topic.id],
    });
    const comment = await buildVeilleComment(t.db, { postId: post.id, authorId: w.student.id });
    const elsewhere = await world();
    const outsider = await signedIn(elsewhere.student);
    for (const url of [
      `/api/veille/cohorts/${w.cohort.id}`,
      `/api/veille/cohorts/${w.cohort.id}/posts`,
      `/api/veille/posts/${post.id}`,
      `/api/veille/posts/${post.id}/image`,
    ]) {
      const r = await outsider.get(url);
      expect([url, r.statusCode]).toEqual([url, 404]);
    }
    expect(
      (await outsider.post(`/api/veille/posts/${post.id}/comments`, { body: 'Hello' })).statusCode,
    ).toBe(404);
    expect(
      (await outsider.request('DELETE', `/api/veille/comments/${comment.id}`)).statusCode,
    ).toBe(404);
    expect(
      (
        await outsider.post(`/api/veille/cohorts/${w.cohort.id}/posts`, {
          url: `${origin}/x`,
          commentary: COMMENTARY,
          topicIds: [w.topic.id],
        })
      ).statusCode,
    ).toBe(404);
    // Another cohort's instructor cannot pin here; a student cannot pin at all.
    const otherInstructor = await signedIn(elsewhere.instructor);
    expect(
      (await otherInstructor.request('PUT', `/api/veille/posts/${post.id}/pin`, { pinned: true }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await otherInstructor.get(
          `/api/veille/cohorts/${w.cohort.id}/participation?from=2026-01-01&to=2026-12-31`,
        )
      ).statusCode,
    ).toBe(404);
    const classmate = await signedIn(w.classmate);
    expect(
      (await classmate.request('PUT', `/api/veille/posts/${post.id}/pin`, { pinned: true }))
        .statusCode,
    ).toBe(403);
    expect(
      (await classmate.request('DELETE', `/api/veille/comments/${comment.id}`)).statusCode,
    ).toBe(403);
    expect(
      (await classmate.patch(`/api/veille/posts/${post.id}`, { commentary: COMMENTARY }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await classmate.post(`/api/veille/cohorts/${w.cohort.id}/posts`, {
          kind: 'question',
          title: 'Q ?',
          commentary: 'Pourquoi ?',
          topicIds: [],
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await classmate.get(
          `/api/veille/cohorts/${w.cohort.id}/participation?from=2026-01-01&to=2026-12-31`,
        )
      ).statusCode,
    ).toBe(403);
  });

  it('pins a post first, hides one with a reason only its author and instructors see, and asks a question', async () => {
    const w = await world();
    const old = await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.classmate.id,
      createdAt: new Date(Date.now() - 86_400_000),
    });
    const recent = await buildVeillePost(t.db, { cohortId: w.cohort.id, authorId: w.student.id });
    const instructor = await signedIn(w.instructor);
    const pinned = await instructor.request('PUT', `/api/veille/posts/${old.id}/pin`, {
      pinned: true,
    });
    expect(pinned.json().pinnedAt).not.toBeNull();
    const student = await signedIn(w.student);
    const feed = (await student.get(`/api/veille/cohorts/${w.cohort.id}/posts`)).json();
    expect(feed.items.map((p: { id: string }) => p.id)).toEqual([old.id, recent.id]);

    expect(
      (
        await instructor.request('PUT', `/api/veille/posts/${recent.id}/hidden`, { hidden: true })
      ).json(),
    ).toMatchObject({
      code: 'validation',
      errors: expect.arrayContaining([expect.objectContaining({ field: 'reason' })]),
    });
    const hidden = await instructor.request('PUT', `/api/veille/posts/${recent.id}/hidden`, {
      hidden: true,
      reason: 'Source non vérifiée',
    });
    expect(hidden.json()).toMatchObject({ hiddenReason: 'Source non vérifiée' });
    expect((await student.get(`/api/veille/posts/${recent.id}`)).json()).toMatchObject({
      hiddenReason: 'Source non vérifiée',
    });
    // Its author is told, with the reason and the way to the post; a refused attempt told nobody.
    const told = await veilleNotices(student);
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'veille.hidden',
        link: `/student/veille/posts/${recent.id}`,
      }),
    ]);
    expect(told[0].body).toContain('« Source non vérifiée »');
    const classmate = await signedIn(w.classmate);
    expect((await classmate.get(`/api/veille/posts/${recent.id}`)).statusCode).toBe(404);
    expect((await classmate.get(`/api/veille/cohorts/${w.cohort.id}/posts`)).json().total).toBe(1);
    expect(
      (await student.post(`/api/veille/posts/${recent.id}/comments`, { body: 'Mais…' })).json()
        .code,
    ).toBe('veille.post_hidden');

    const question = await instructor.post(`/api/veille/cohorts/${w.cohort.id}/posts`, {
      kind: 'question',
      title: 'Faut-il répondre aux trolls ?',
      commentary: 'Vos arguments, sources à l’appui.',
      topicIds: [],
    });
    expect(question.statusCode).toBe(201);
    expect(question.json()).toMatchObject({
      kind: 'question',
      url: null,
      preview: { status: 'none' },
    });
  });

  it('finds "réseaux" when typing "reseaux", and filters by topic, author and period', async () => {
    const w = await world();
    const day = (d: number) => new Date(Date.now() - d * 86_400_000);
    const a = await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.student.id,
      title: 'Les réseaux sociaux en 2026',
      topicIds: [w.topic.id],
      createdAt: day(10),
    });
    const b = await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.classmate.id,
      title: 'Le RGPD expliqué',
      commentary: 'Les données personnelles des abonnés, et leurs droits.',
      topicIds: [w.other.id],
      createdAt: day(2),
    });
    const student = await signedIn(w.student);
    const ids = async (query: string) =>
      (await student.get(`/api/veille/cohorts/${w.cohort.id}/posts?${query}`))
        .json()
        .items.map((p: { id: string }) => p.id);
    expect(await ids('q=reseaux')).toEqual([a.id]);
    expect(await ids('q=R%C3%89SEAU')).toEqual([a.id]);
    expect(await ids('q=donnees%20abonne')).toEqual([b.id]);
    expect(await ids(`topicId=${w.other.id}`)).toEqual([b.id]);
    expect(await ids(`authorId=${w.student.id}`)).toEqual([a.id]);
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    expect(await ids(`from=${iso(day(5))}`)).toEqual([b.id]);
    expect(await ids(`to=${iso(day(5))}`)).toEqual([a.id]);
    const bad = await student.get(
      `/api/veille/cohorts/${w.cohort.id}/posts?from=yesterday&colour=red`,
    );
    expect(bad.statusCode).toBe(400);
  });

  it('reads a feed page in a fixed number of statements, whatever its length', async () => {
    const w = await world();
    const student = await signedIn(w.student);
    const measure = async () => {
      t.queries.reset();
      expect(
        (await student.get(`/api/veille/cohorts/${w.cohort.id}/posts?size=50`)).statusCode,
      ).toBe(200);
      return t.queries.count;
    };
    for (let i = 0; i < 2; i++)
      await buildVeillePost(t.db, {
        cohortId: w.cohort.id,
        authorId: w.student.id,
        topicIds: [w.topic.id],
      });
    const few = await measure();
    for (let i = 0; i < 12; i++) {
      const p = await buildVeillePost(t.db, {
        cohortId: w.cohort.id,
        authorId: w.classmate.id,
        topicIds: [w.topic.id, w.other.id],
      });
      await buildVeilleComment(t.db, { postId: p.id, authorId: w.student.id });
    }
    expect(await measure()).toBe(few);
  });

  it('publishes only public posts as a page, Atom and RSS, under the name each author chose', async () => {
    const w = await world();
    const shown = await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.student.id,
      title: 'Public & <ouvert>',
      public: true,
      topicIds: [w.topic.id],
    });
    await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.student.id,
      title: 'Pour la classe',
      public: false,
    });
    await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.classmate.id,
      title: 'Caché',
      public: true,
      hidden: true,
      hiddenById: w.instructor.id,
    });
    const instructor = await signedIn(w.instructor);
    const settings = (await instructor.get(`/api/veille/cohorts/${w.cohort.id}`)).json().settings;
    expect(settings).toMatchObject({ publicFeed: false, publicKey: null });
    const anyone = new Browser(t.app);
    const published = (
      await instructor.patch(`/api/veille/cohorts/${w.cohort.id}/settings`, { publicFeed: true })
    ).json();
    expect(published.publicKey).toMatch(/^[a-z0-9-]{6,80}$/);
    const key = published.publicKey as string;
    const student = await signedIn(w.student);
    expect(
      (
        await student.request('PUT', '/api/veille/profile', { publicName: 'Léa, CM en herbe' })
      ).json().publicName,
    ).toBe('Léa, CM en herbe');

    const page = (await anyone.get(`/api/public/veille/${key}`)).json();
    expect(page.items.map((i: { id: string; authorName: string }) => [i.id, i.authorName])).toEqual(
      [[shown.id, 'Léa, CM en herbe']],
    );
    const parser = new Parser();
    const atom = await anyone.get(`/api/public/veille/${key}/feed.atom`);
    expect(atom.headers['content-type']).toContain('application/atom+xml');
    const atomFeed = await parser.parseString(atom.body);
    expect(atomFeed.items.map((i) => [i.title, i.link, i.author])).toEqual([
      ['Public & <ouvert>', shown.url, 'Léa, CM en herbe'],
    ]);
    const rss = await anyone.get(`/api/public/veille/${key}/feed.rss`);
    const rssFeed = await parser.parseString(rss.body);
    expect(rssFeed.items.map((i) => [i.title, i.link, i.contentSnippet ?? i.content])).toEqual([
      ['Public & <ouvert>', shown.url, expect.stringContaining('Léa, CM en herbe')],
    ]);

    await instructor.patch(`/api/veille/cohorts/${w.cohort.id}/settings`, { publicFeed: false });
    for (const path of ['', '/feed.atom', '/feed.rss']) {
      expect((await anyone.get(`/api/public/veille/${key}${path}`)).statusCode).toBe(404);
    }
    expect((await anyone.get(`/api/public/veille/NOT-A-KEY`)).statusCode).toBe(404);
  });

  it('counts posts, comments, reactions and topics per student and period, as JSON and CSV', async () => {
    const w = await world();
    const post = await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.student.id,
      topicIds: [w.topic.id, w.other.id],
    });
    await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.student.id,
      topicIds: [w.topic.id],
    });
    await buildVeilleComment(t.db, { postId: post.id, authorId: w.classmate.id });
    const withdrawn = await buildUser(t.db, { role: 'student' });
    await buildEnrolment(t.db, w.cohort.id, withdrawn.id, { status: 'withdrawn' });
    const instructor = await signedIn(w.instructor);
    const today = new Date().toISOString().slice(0, 10);
    const r = (
      await instructor.get(
        `/api/veille/cohorts/${w.cohort.id}/participation?from=2020-01-01&to=${today}`,
      )
    ).json();
    const byId = new Map(r.students.map((s: { student: { id: string } }) => [s.student.id, s]));
    expect(byId.get(w.student.id)).toMatchObject({
      posts: 2,
      comments: 0,
      topicsCovered: 2,
      topics: ['Droit du numérique', 'Réseaux sociaux'],
    });
    expect(byId.get(w.classmate.id)).toMatchObject({ posts: 0, comments: 1, topicsCovered: 0 });
    expect(byId.has(withdrawn.id)).toBe(false);
    const csv = await instructor.get(
      `/api/veille/cohorts/${w.cohort.id}/participation.csv?from=2020-01-01&to=${today}&lang=fr`,
    );
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Étudiant·e;Partages;Commentaires');
    expect(csv.body).toContain('Hugo Bernard;0;1;0;0;;');
    const reversed = await instructor.get(
      `/api/veille/cohorts/${w.cohort.id}/participation?from=${today}&to=2020-01-01`,
    );
    expect(reversed.statusCode).toBe(400);
  });

  it('keeps a topic name unique per cohort whatever its accents, and a used topic undeletable', async () => {
    const w = await world();
    const instructor = await signedIn(w.instructor);
    const twin = await instructor.post(`/api/veille/cohorts/${w.cohort.id}/topics`, {
      name: 'reseaux  SOCIAUX',
    });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().code).toBe('veille.topic_name_taken');
    const elsewhere = await buildCohort(t.db, { instructorIds: [w.instructor.id] });
    expect(
      (
        await instructor.post(`/api/veille/cohorts/${elsewhere.id}/topics`, {
          name: 'Réseaux sociaux',
        })
      ).statusCode,
    ).toBe(201);
    await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.student.id,
      topicIds: [w.topic.id],
    });
    const del = await instructor.request('DELETE', `/api/veille/topics/${w.topic.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().code).toBe('veille.topic_in_use');
    expect(
      (await instructor.request('DELETE', `/api/veille/topics/${w.other.id}`)).statusCode,
    ).toBe(204);
  });

  it('forms watch teams of one cohort, one team per student, and posts in the team’s name', async () => {
    const w = await world();
    const third = await buildUser(t.db, { role: 'student' });
    await buildEnrolment(t.db, w.cohort.id, third.id);
    const student = await signedIn(w.student);
    const url = `/api/veille/cohorts/${w.cohort.id}/teams`;
    const made = await student.post(url, {
      name: 'La Clique du Numérique',
      members: [
        { studentId: w.student.id, specialtyTopicId: w.topic.id },
        { studentId: w.classmate.id, specialtyTopicId: w.other.id },
      ],
    });
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({
      name: 'La Clique du Numérique',
      canEdit: true,
      canPublish: false,
    });
    expect(made.json().members).toHaveLength(2);
    const outsiderOnly = await student.post(url, {
      name: 'Sans moi',
      members: [{ studentId: third.id }],
    });
    expect(outsiderOnly.json().code).toBe('veille.team_invalid');
    const thirdB = await signedIn(third);
    const [a, b] = await Promise.all([
      thirdB.post(url, {
        name: 'Équipe A',
        members: [{ studentId: third.id }, { studentId: w.classmate.id }],
      }),
      thirdB.post(url, { name: 'Équipe B', members: [{ studentId: third.id }] }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409]);
    const taken = await thirdB.post(url, {
      name: 'la clique du numerique',
      members: [{ studentId: third.id }],
    });
    expect(taken.statusCode).toBe(409);
    const teamId = made.json().id as string;
    expect((await share(thirdB, w, '/team-post', { teamId })).json().code).toBe(
      'veille.team_invalid',
    );
    const post = await share(student, w, '/team-post', { teamId });
    expect(post.json().team).toEqual({ id: teamId, name: 'La Clique du Numérique' });
    const instructor = await signedIn(w.instructor);
    const published = await instructor.request('PUT', `/api/veille/teams/${teamId}/publication`, {
      publicFeed: true,
    });
    expect(published.json().publicKey).toMatch(/^la-clique-du-numerique-/);
    expect(
      (
        await student.request('PUT', `/api/veille/teams/${teamId}/publication`, {
          publicFeed: true,
        })
      ).statusCode,
    ).toBe(403);
    const page = (
      await new Browser(t.app).get(`/api/public/veille/${published.json().publicKey}`)
    ).json();
    expect(page).toMatchObject({ kind: 'team', title: 'La Clique du Numérique' });
    expect(page.items.map((i: { id: string }) => i.id)).toEqual([post.json().id]);
    const elsewhere = await world();
    expect(
      (await (await signedIn(elsewhere.student)).get(`/api/veille/teams/${teamId}`)).statusCode,
    ).toBe(404);
  });

  it('mails the week’s best-discussed posts once a week to the cohort, unless turned off', async () => {
    const w = await world();
    const digest = t.app.get(VeilleDigestService);
    const monday = new Date(Date.now() + 7 * 86_400_000);
    const lastWeek = new Date(monday.getTime() - 5 * 86_400_000);
    const post = await buildVeillePost(t.db, {
      cohortId: w.cohort.id,
      authorId: w.student.id,
      title: 'Le plus discuté',
      createdAt: lastWeek,
    });
    await buildVeilleComment(t.db, {
      postId: post.id,
      authorId: w.classmate.id,
      createdAt: lastWeek,
    });
    const quiet = await world();
    await buildVeillePost(t.db, {
      cohortId: quiet.cohort.id,
      authorId: quiet.student.id,
      createdAt: lastWeek,
    });
    await (
      await signedIn(quiet.instructor)
    ).patch(`/api/veille/cohorts/${quiet.cohort.id}/settings`, { digestEnabled: false });
    await digest.run(monday);
    const rows: { cohort_id: string; post_ids: string[]; recipients: number }[] = await t.db.query(
      `SELECT cohort_id, post_ids, recipients FROM veille_digests WHERE cohort_id = ANY($1::uuid[])`,
      [[w.cohort.id, quiet.cohort.id]],
    );
    expect(rows).toEqual([{ cohort_id: w.cohort.id, post_ids: [post.id], recipients: 3 }]);
    const mails: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM mails WHERE idempotency_key LIKE $1`,
      [`veille-digest:${w.cohort.id}:%`],
    );
    expect(mails[0].n).toBe(3);
    await digest.run(monday);
    const again: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM mails WHERE idempotency_key LIKE $1`,
      [`veille-digest:${w.cohort.id}:%`],
    );
    expect(again[0].n).toBe(3);
  });
});
