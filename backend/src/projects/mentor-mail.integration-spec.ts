import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobsService } from '../jobs';
import { buildInstructor } from '../testing/factories';
import { buildCohort, buildProgramme } from '../testing/programme-factories';
import { buildProject, buildProjectWorld, multipart, pdf } from '../testing/project-factories';
import { type SmtpSink, startSmtpSink } from '../testing/smtp-sink';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('partner mentors’ mails', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const dataDir = mkdtempSync(join(tmpdir(), 'clique-mentor-mail-'));
  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      DATA_DIR: dataDir,
      SMTP_URL: sink.url,
      JOBS_WORKER: 'false',
      PUBLIC_URL: 'https://clique.example',
    });
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function as(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  async function mailsTo(address: string) {
    await t.app.get(JobsService).drain();
    return (await sink.messages()).filter((m) =>
      (Array.isArray(m.to) ? m.to : [m.to]).some((to) =>
        to?.value.some((v) => v.address === address),
      ),
    );
  }

  async function setUp() {
    const world = await buildProjectWorld(t.db);
    const project = await buildProject(t.db, world);
    const [mentor] = await t.db.query<{ email: string; name: string }[]>(
      'SELECT email, name FROM partner_contacts WHERE id = $1',
      [world.mentorId],
    );
    return { world, project, mentor, tutor: await as(world.tutor) };
  }

  it('mails the mentor their working project link when the tutor issues it, in the chosen language', async () => {
    const { project, mentor, tutor } = await setUp();
    const issued = await tutor.post(`/api/projects/${project.id}/mentor-link`, {
      language: 'en',
    });
    expect(issued.statusCode).toBe(201);
    expect(issued.json().mailedTo).toBe(mentor.email);

    const [mail, ...more] = await mailsTo(mentor.email);
    expect(more).toEqual([]);
    expect(mail.subject).toMatch(/^Project “.+”: your mentor access$/);
    expect(mail.text).toContain(issued.json().url);
    expect(mail.text).toContain(`Hello ${mentor.name},`);
    const page = await new Browser(t.app).get(`/api/mentor/${issued.json().token}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().id).toBe(project.id);
    const detail = await tutor.get(`/api/projects/${project.id}`);
    expect(detail.json().mentorLink).toMatchObject({ mailedTo: mentor.email });
  });

  it('tells the mentor of each new version, in French by default', async () => {
    const { world, project, mentor, tutor } = await setUp();
    const link = (await tutor.post(`/api/projects/${project.id}/mentor-link`, {})).json();
    const student = await as(world.students[0]);
    const form = multipart('rapport.pdf', pdf('mentor-mail'));
    const uploaded = await student.request(
      'POST',
      `/api/milestones/${project.milestones[0].id}/submissions`,
      form.body,
      { headers: form.headers },
    );
    expect(uploaded.statusCode).toBe(201);
    const mails = await mailsTo(mentor.email);
    const notice = mails.find((m) => m.subject?.startsWith('Nouvelle version'));
    expect(notice?.subject).toMatch(/^Nouvelle version : final_report — /);
    expect(notice?.text).toContain('rapport.pdf');
    expect(notice?.text).toContain(link.url);
  });

  it('sends no notice while the mentor has no live link', async () => {
    const { world, project, mentor } = await setUp();
    const student = await as(world.students[0]);
    const form = multipart('rapport.pdf', pdf('no-link'));
    await student.request(
      'POST',
      `/api/milestones/${project.milestones[0].id}/submissions`,
      form.body,
      { headers: form.headers },
    );
    expect(await mailsTo(mentor.email)).toEqual([]);
  });

  it('caps the links mailed to a mentor in a day, and refuses the wrong role or cohort', async () => {
    const { world, project, mentor, tutor } = await setUp();
    for (let i = 0; i < 3; i++) {
      expect((await tutor.post(`/api/projects/${project.id}/mentor-link`, {})).statusCode).toBe(
        201,
      );
    }
    const refused = await tutor.post(`/api/projects/${project.id}/mentor-link`, {});
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ code: 'mentor_link.mail_limit' });

    const student = await as(world.students[0]);
    expect((await student.post(`/api/projects/${project.id}/mentor-link`, {})).statusCode).toBe(
      403,
    );
    const stranger = await buildInstructor(t.db);
    const programme = await buildProgramme(t.db);
    await buildCohort(t.db, { programmeId: programme.id, instructorIds: [stranger.id] });
    const other = await as(stranger);
    expect((await other.post(`/api/projects/${project.id}/mentor-link`, {})).statusCode).toBe(404);
    expect(await mailsTo(mentor.email)).toHaveLength(3);
  });
});
