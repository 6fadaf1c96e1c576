import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAdmin, buildStudent } from '../testing/factories';
import { buildProject, buildProjectWorld, multipart, pdf } from '../testing/project-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

/** Regular files under `dir`, wherever they are (temporary files included). */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];

describe('submissions', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'clique-submissions-'));
  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function as(user: { email: string; password: string }, app = t) {
    const b = new Browser(app.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  const upload = (b: Browser, milestoneId: string, name: string, content: Buffer) => {
    const form = multipart(name, content);
    return b.request('POST', `/api/milestones/${milestoneId}/submissions`, form.body, {
      headers: form.headers,
    });
  };

  const rowsOf = async (milestoneId: string) =>
    t.db.query<{ version: number; storage_key: string; late: boolean }[]>(
      'SELECT version, storage_key, late FROM project_submissions WHERE milestone_id = $1 ORDER BY version',
      [milestoneId],
    );

  async function setUp() {
    const world = await buildProjectWorld(t.db);
    const project = await buildProject(t.db, world);
    const student = await as(world.students[0]);
    return { world, project, milestoneId: project.milestones[0].id, student };
  }

  it('keeps every version, each with its size, detected type, sha-256, uploader and time', async () => {
    const { world, milestoneId, student } = await setUp();
    const first = pdf('first');
    const second = pdf('second', 1000);
    const v1 = await upload(student, milestoneId, 'rapport.pdf', first);
    const v2 = await upload(student, milestoneId, 'rapport.pdf', second);
    expect(v1.statusCode).toBe(201);
    expect(v2.statusCode).toBe(201);
    expect(v1.json()).toMatchObject({
      version: 1,
      originalName: 'rapport.pdf',
      contentType: 'application/pdf',
      sizeBytes: first.length,
      sha256: createHash('sha256').update(first).digest('hex'),
      uploadedBy: world.students[0].displayName,
      late: false,
    });
    expect(v2.json()).toMatchObject({ version: 2, sizeBytes: second.length });
    const one = await student.get(v1.json().downloadUrl);
    const two = await student.get(v2.json().downloadUrl);
    expect(one.rawPayload.equals(first)).toBe(true);
    expect(two.rawPayload.equals(second)).toBe(true);
    const detail = (await student.get(`/api/milestones/${milestoneId}`)).json();
    expect(detail.submissions.map((s: { version: number }) => s.version)).toEqual([2, 1]);
    expect(detail).toMatchObject({ status: 'submitted', latestVersion: 2, submissionCount: 2 });
  });

  it('refuses a renamed executable by its content, with 415, storing nothing', async () => {
    const { milestoneId, student } = await setUp();
    const before = filesUnder(join(dataDir, 'files')).length;
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      Buffer.alloc(2000, 1),
    ]);
    const response = await upload(student, milestoneId, 'rapport-final.pdf', elf);
    expect(response.statusCode).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'upload.executable' });
    const html = await upload(
      student,
      milestoneId,
      'notes.pdf',
      Buffer.from('<html><script>alert(1)</script></html>'),
    );
    expect(html.json()).toMatchObject({ status: 415, code: 'upload.type_not_allowed' });
    expect(await rowsOf(milestoneId)).toEqual([]);
    expect(filesUnder(join(dataDir, 'files')).length).toBe(before);
  });

  it('accepts Office documents, images and ZIP archives, whatever their names', async () => {
    const { milestoneId, student } = await setUp();
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(64, 7),
    ]);
    const zipHeader = Buffer.alloc(30);
    zipHeader.write('PK\x03\x04', 0, 'latin1');
    zipHeader.writeUInt16LE(19, 26);
    const docx = Buffer.concat([
      zipHeader,
      Buffer.from('[Content_Types].xml'),
      Buffer.from('...word/document.xml...'),
    ]);
    const response = await upload(student, milestoneId, 'capture', png);
    expect(response.json()).toMatchObject({ contentType: 'image/png' });
    expect((await upload(student, milestoneId, 'rapport.docx', docx)).json()).toMatchObject({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    // The download name gets the extension of the real content.
    const download = await student.get(response.json().downloadUrl);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="capture.png"; filename*=UTF-8''capture.png`,
    );
    expect(download.headers['content-type']).toBe('image/png');
  });

  it('refuses an oversize upload with 413 and keeps neither a row nor a file', async () => {
    const smallDir = mkdtempSync(join(tmpdir(), 'clique-small-'));
    const small = await startTestApp({ DATA_DIR: smallDir, UPLOAD_MAX_BYTES: '4096' });
    try {
      const world = await buildProjectWorld(small.db);
      const project = await buildProject(small.db, world);
      const student = await as(world.students[0], small);
      const fits = await upload(student, project.milestones[0].id, 'ok.pdf', pdf('ok', 3000));
      expect(fits.statusCode).toBe(201);
      const response = await upload(
        student,
        project.milestones[0].id,
        'big.pdf',
        pdf('big', 200_000),
      );
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'upload.too_large', maxBytes: 4096 });
      expect((await rowsOf(project.milestones[0].id)).map((r) => r.version)).toEqual([1]);
      expect(filesUnder(join(smallDir, 'files'))).toHaveLength(1);
    } finally {
      await small.close();
      rmSync(smallDir, { recursive: true, force: true });
    }
  });

  it('stores a traversal name harmlessly: generated key, sanitised name, safe Content-Disposition', async () => {
    const { milestoneId, student } = await setUp();
    const response = await upload(student, milestoneId, '../../etc/passwd', pdf());
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ originalName: 'passwd' });
    const [row] = await rowsOf(milestoneId);
    expect(row.storage_key).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(existsSync(join(dataDir, 'files', row.storage_key.slice(0, 2), row.storage_key))).toBe(
      true,
    );
    expect(existsSync('/etc/passwd.pdf')).toBe(false);
    const download = await student.get(response.json().downloadUrl);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="passwd.pdf"; filename*=UTF-8''passwd.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });

  it('keeps odd names readable and their header safe', async () => {
    const { milestoneId, student } = await setUp();
    const response = await upload(
      student,
      milestoneId,
      'Rapport d’étape "v2"\r\nX-Evil: 1.pdf',
      pdf(),
    );
    expect(response.statusCode).toBe(201);
    const download = await student.get(response.json().downloadUrl);
    expect(download.headers['x-evil']).toBeUndefined();
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="[^"\r\n]*"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+^`|#-]+$/,
    );
  });

  it('judges lateness against the due date in force at that moment, and keeps it', async () => {
    const world = await buildProjectWorld(t.db);
    const project = await buildProject(t.db, world, {
      milestones: [{ kind: 'final_report', dueAt: new Date(Date.now() - 3600_000) }],
    });
    const milestoneId = project.milestones[0].id;
    const student = await as(world.students[0]);
    const late = await upload(student, milestoneId, 'v1.pdf', pdf());
    expect(late.json()).toMatchObject({ version: 1, late: true });

    const tutor = await as(world.tutor);
    const extension = await tutor.post(`/api/milestones/${milestoneId}/extensions`, {
      dueAt: new Date(Date.now() + 7 * 86400_000).toISOString(),
      reason: 'Certificat médical',
    });
    expect(extension.statusCode).toBe(201);
    expect(extension.json()).toMatchObject({
      reason: 'Certificat médical',
      grantedBy: world.tutor.displayName,
    });
    const onTime = await upload(student, milestoneId, 'v2.pdf', pdf());
    expect(onTime.json()).toMatchObject({ version: 2, late: false });

    const detail = (await student.get(`/api/milestones/${milestoneId}`)).json();
    expect(
      detail.submissions.map((s: { version: number; late: boolean }) => [s.version, s.late]),
    ).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(detail).toMatchObject({
      extended: true,
      status: 'submitted',
      extensions: [expect.objectContaining({ reason: 'Certificat médical' })],
    });
    expect(detail.submissions[1].dueAt).toBe(extension.json().previousDueAt);
  });

  it('refuses an extension that does not move the due date later', async () => {
    const { world, milestoneId } = await setUp();
    const tutor = await as(world.tutor);
    const response = await tutor.post(`/api/milestones/${milestoneId}/extensions`, {
      dueAt: '2020-01-01',
      reason: 'x',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'dueAt' });
  });

  it('gives another student a 404 for a download, and the tutor and admins the file', async () => {
    const { world, milestoneId, student } = await setUp();
    const { downloadUrl } = (await upload(student, milestoneId, 'r.pdf', pdf())).json();
    const classmate = await as(world.students[1]);
    const stranger = await as(await buildStudent(t.db));
    for (const b of [classmate, stranger]) {
      const response = await b.get(downloadUrl);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'submission.not_found' });
    }
    expect((await (await as(world.tutor)).get(downloadUrl)).statusCode).toBe(200);
    expect((await (await as(await buildAdmin(t.db))).get(downloadUrl)).statusCode).toBe(200);
    expect(
      (await classmate.get(`/api/submissions/00000000-0000-4000-8000-000000000000/file`))
        .statusCode,
    ).toBe(404);
  });

  it('lets only team members upload: a classmate outside the team gets 404', async () => {
    const { world, milestoneId } = await setUp();
    const response = await upload(await as(world.students[1]), milestoneId, 'r.pdf', pdf());
    expect(response.statusCode).toBe(404);
    expect(await rowsOf(milestoneId)).toEqual([]);
  });

  it('keeps two versions uploaded at the same time, with distinct version numbers', async () => {
    const { milestoneId, student } = await setUp();
    const [a, b, c] = await Promise.all([
      upload(student, milestoneId, 'a.pdf', pdf('a', 50_000)),
      upload(student, milestoneId, 'b.pdf', pdf('b', 50_000)),
      upload(student, milestoneId, 'c.pdf', pdf('c', 50_000)),
    ]);
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([201, 201, 201]);
    expect([a, b, c].map((r) => r.json().version).sort()).toEqual([1, 2, 3]);
    expect((await rowsOf(milestoneId)).map((r) => r.version)).toEqual([1, 2, 3]);
  });

  it('refuses a request that is not multipart, or has no file part', async () => {
    const { milestoneId, student } = await setUp();
    const json = await student.post(`/api/milestones/${milestoneId}/submissions`, { file: 'x' });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ code: 'upload.not_multipart' });
    const wrongField = multipart('r.pdf', pdf(), 'document');
    const response = await student.request(
      'POST',
      `/api/milestones/${milestoneId}/submissions`,
      wrongField.body,
      {
        headers: wrongField.headers,
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'file' });
  });

  it('refuses uploads once the project is defended', async () => {
    const world = await buildProjectWorld(t.db);
    const project = await buildProject(t.db, world, { state: 'defended' });
    const response = await upload(
      await as(world.students[0]),
      project.milestones[0].id,
      'r.pdf',
      pdf(),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'project.not_accepting_submissions' });
  });

  describe('feedback', () => {
    it('lets the tutor comment on a version; the team sees it in the milestone’s thread', async () => {
      const { world, milestoneId, student } = await setUp();
      const version = (await upload(student, milestoneId, 'r.pdf', pdf())).json();
      const tutor = await as(world.tutor);
      const posted = await tutor.post(`/api/milestones/${milestoneId}/feedback`, {
        body: 'La partie 2 manque de chiffres.',
        submissionId: version.id,
      });
      expect(posted.statusCode).toBe(201);
      expect(posted.json()).toMatchObject({ authorRole: 'tutor', submissionVersion: 1 });
      expect(
        (
          await student.post(`/api/milestones/${milestoneId}/feedback`, {
            body: 'Merci, corrigé en v2.',
          })
        ).statusCode,
      ).toBe(201);
      const thread = (await student.get(`/api/milestones/${milestoneId}`)).json().feedback;
      expect(thread).toEqual([
        expect.objectContaining({
          authorRole: 'tutor',
          authorName: world.tutor.displayName,
          submissionId: version.id,
        }),
        expect.objectContaining({
          authorRole: 'team',
          body: 'Merci, corrigé en v2.',
          submissionId: null,
        }),
      ]);
    });

    it('refuses a comment on a version of another milestone', async () => {
      const world = await buildProjectWorld(t.db);
      const project = await buildProject(t.db, world, {
        milestones: [
          { kind: 'intermediate_report', dueAt: new Date(Date.now() + 86400_000) },
          { kind: 'final_report', dueAt: new Date(Date.now() + 2 * 86400_000) },
        ],
      });
      const student = await as(world.students[0]);
      const version = (await upload(student, project.milestones[0].id, 'r.pdf', pdf())).json();
      const response = await (
        await as(world.tutor)
      ).post(`/api/milestones/${project.milestones[1].id}/feedback`, {
        body: 'x',
        submissionId: version.id,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ field: 'submissionId' });
    });
  });
});
