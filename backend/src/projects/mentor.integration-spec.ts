import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildProject,
  buildProjectWorld,
  buildContact,
  multipart,
  pdf,
} from '../testing/project-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';
import { signLink } from '../common/signed-links/signed-link';

describe('partner mentor links', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'clique-mentor-'));
  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: dataDir, PUBLIC_URL: 'https://clique.example' });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function as(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  /** A project with a submitted version, and the link its tutor issued. */
  async function setUp(state: 'in_progress' | 'submitted' = 'in_progress') {
    const world = await buildProjectWorld(t.db);
    const project = await buildProject(t.db, world, { state });
    const student = await as(world.students[0]);
    const form = multipart('rapport.pdf', pdf('mentor'));
    const version = (
      await student.request(
        'POST',
        `/api/milestones/${project.milestones[0].id}/submissions`,
        form.body,
        {
          headers: form.headers,
        },
      )
    ).json();
    const tutor = await as(world.tutor);
    const issued = await tutor.post(`/api/projects/${project.id}/mentor-link`, {
      expiresInDays: 30,
    });
    expect(issued.statusCode).toBe(201);
    return {
      world,
      project,
      version,
      tutor,
      student,
      link: issued.json(),
      mentor: new Browser(t.app),
    };
  }

  it('opens the brief, milestones and versions to the mentor without an account', async () => {
    const { world, project, version, link, mentor } = await setUp();
    expect(link.url).toBe(`https://clique.example/mentor/${encodeURIComponent(link.token)}`);
    const response = await mentor.get(`/api/mentor/${link.token}`);
    expect(response.statusCode).toBe(200);
    const view = response.json();
    expect(view).toMatchObject({
      id: project.id,
      brief: 'Le problème du partenaire.',
      team: [{ displayName: world.students[0].displayName }],
      tutor: { displayName: world.tutor.displayName },
      canGrade: true,
      assessment: { scale: 'CH_6', tutor: null, jury: null, mentor: null },
    });
    expect(JSON.stringify(view)).not.toContain(world.students[0].email);
    const listed = view.milestones[0].submissions[0];
    expect(listed).toMatchObject({ id: version.id, version: 1 });
    const download = await mentor.get(listed.downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain('attachment');
    expect((await mentor.get(`/api/mentor/${link.token}/summary`)).json()).toMatchObject({
      title: view.title,
    });
  });

  it('lets the mentor leave feedback the team sees, and propose a grade the tutor sees beside theirs', async () => {
    const { world, project, version, tutor, student, link, mentor } = await setUp('submitted');
    const comment = await mentor.post(
      `/api/mentor/${link.token}/milestones/${project.milestones[0].id}/feedback`,
      {
        body: 'Les recommandations sont directement utilisables chez nous.',
        submissionId: version.id,
      },
    );
    expect(comment.statusCode).toBe(201);
    const thread = (await student.get(`/api/milestones/${project.milestones[0].id}`)).json()
      .feedback;
    expect(thread).toEqual([
      expect.objectContaining({ authorRole: 'mentor', submissionVersion: 1 }),
    ]);
    const contact = await t.db.query('SELECT name FROM partner_contacts WHERE id = $1', [
      world.mentorId,
    ]);
    expect(thread[0].authorName).toBe(contact[0].name);

    const graded = await mentor.request('PUT', `/api/mentor/${link.token}/grade`, {
      grade: 5.5,
      comment: 'Très bon',
    });
    expect(graded.statusCode).toBe(200);
    expect(graded.json()).toMatchObject({ mentor: { grade: 5.5 }, tutor: null });
    const offScale = await mentor.request('PUT', `/api/mentor/${link.token}/grade`, { grade: 7 });
    expect(offScale.statusCode).toBe(400);
    await tutor.request('PUT', `/api/projects/${project.id}/grades/tutor`, { grade: 5 });
    expect((await tutor.get(`/api/projects/${project.id}`)).json().assessment).toMatchObject({
      tutor: { grade: 5 },
      mentor: { grade: 5.5, comment: 'Très bon' },
    });
  });

  it('needs the CSRF token for the mentor’s writes, like any anonymous request', async () => {
    const { project, link, mentor } = await setUp();
    const response = await mentor.post(
      `/api/mentor/${link.token}/milestones/${project.milestones[0].id}/feedback`,
      { body: 'x' },
      { csrf: false },
    );
    expect(response.statusCode).toBe(403);
  });

  it('refuses a tampered link with 404 and an expired one with 410', async () => {
    const { link, mentor } = await setUp();
    const last = link.token.slice(-1);
    const tampered = `${link.token.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;
    expect((await mentor.get(`/api/mentor/${tampered}`)).json()).toMatchObject({
      status: 404,
      code: 'mentor_link.invalid',
    });
    const [id, expires, sig] = link.token.split('.');
    expect(
      (await mentor.get(`/api/mentor/${id}.${Number(expires) + 86400}.${sig}`)).statusCode,
    ).toBe(404);
    const expired = signLink(
      t.config.APP_SECRET,
      'project-mentor',
      id,
      new Date(Date.now() - 1000),
    );
    expect((await mentor.get(`/api/mentor/${expired}`)).json()).toMatchObject({
      status: 410,
      code: 'mentor_link.expired',
    });
    expect((await mentor.get('/api/mentor/garbage')).statusCode).toBe(404);
  });

  it('stops the old link when a new one is issued, when it is withdrawn, or when the mentor changes', async () => {
    const { world, project, tutor, link, mentor } = await setUp();
    const second = (await tutor.post(`/api/projects/${project.id}/mentor-link`, {})).json();
    expect((await mentor.get(`/api/mentor/${link.token}`)).json()).toMatchObject({
      status: 410,
      code: 'mentor_link.revoked',
    });
    expect((await mentor.get(`/api/mentor/${second.token}`)).statusCode).toBe(200);
    const other = await buildContact(t.db, world.partnerId);
    await tutor.patch(`/api/projects/${project.id}`, { mentorContactId: other.id });
    expect((await mentor.get(`/api/mentor/${second.token}`)).statusCode).toBe(410);
    const third = (await tutor.post(`/api/projects/${project.id}/mentor-link`, {})).json();
    expect((await tutor.delete(`/api/projects/${project.id}/mentor-link`)).statusCode).toBe(204);
    expect((await mentor.get(`/api/mentor/${third.token}`)).statusCode).toBe(410);
  });

  it('keeps the mentor inside their project: another project’s file or milestone is 404', async () => {
    const { link, mentor } = await setUp();
    const other = await setUp();
    expect(
      (await mentor.get(`/api/mentor/${link.token}/submissions/${other.version.id}/file`))
        .statusCode,
    ).toBe(404);
    const comment = await mentor.post(
      `/api/mentor/${link.token}/milestones/${other.project.milestones[0].id}/feedback`,
      { body: 'x' },
    );
    expect(comment.statusCode).toBe(404);
  });

  it('lets only the tutor or an admin issue a link', async () => {
    const { project, student } = await setUp();
    expect((await student.post(`/api/projects/${project.id}/mentor-link`, {})).statusCode).toBe(
      403,
    );
  });
});
