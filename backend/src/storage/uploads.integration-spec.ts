import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProject, buildProjectWorld, multipart, pdf } from '../testing/project-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

/** Every upload must end: these tests speak raw HTTP to a listening app, as a hostile client would. */

const IDLE_SECONDS = 1;
/** An answer must come within the idle bound, plus room for a busy machine. */
const BOUND_MS = IDLE_SECONDS * 1000 + 4_000;

/** Regular files under `dir`, wherever they are. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];

interface RawAnswer {
  /** The bytes the server sent before it closed the socket (or the wait ended). */
  text: string;
  /** Whether the server closed the connection. */
  closed: boolean;
  ms: number;
}

/** Sends `head` and `body` on a fresh socket, then waits up to `waitMs` for the server to close it. */
function rawRequest(port: number, head: string, body: Buffer, waitMs: number): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket: Socket = connect(port, '127.0.0.1');
    let text = '';
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closed, ms: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('close', () => finish(true));
    socket.on('error', (error) => (settled ? undefined : reject(error)));
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
  });
}

const statusOf = (answer: RawAnswer) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer.text)?.[1]);
const bodyOf = (answer: RawAnswer) =>
  JSON.parse(answer.text.slice(answer.text.indexOf('\r\n\r\n') + 4)) as Record<string, unknown>;

const waitFor = async (check: () => boolean, ms: number) => {
  const until = Date.now() + ms;
  while (!check() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
  return check();
};

describe('uploads that never end', () => {
  let t: TestApp;
  let port: number;
  const dataDir = mkdtempSync(join(tmpdir(), 'clique-uploads-'));
  const files = join(dataDir, 'files');
  const partials = join(files, '.tmp');

  beforeAll(async () => {
    t = await startTestApp({
      DATA_DIR: dataDir,
      UPLOAD_IDLE_TIMEOUT_SECONDS: String(IDLE_SECONDS),
    });
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A team member's milestone and the request head of an upload to it, signed in. */
  async function uploadHead(contentType: string, contentLength: number) {
    const world = await buildProjectWorld(t.db);
    const project = await buildProject(t.db, world);
    const milestoneId = project.milestones[0].id;
    const browser = new Browser(t.app);
    expect(
      (await browser.signIn(world.students[0].email, world.students[0].password)).statusCode,
    ).toBe(200);
    await browser.get('/api/health/live');
    const head =
      `POST /api/milestones/${milestoneId}/submissions HTTP/1.1\r\n` +
      `Host: 127.0.0.1:${port}\r\n` +
      `Cookie: cq_session=${browser.cookie('cq_session')}; XSRF-TOKEN=${browser.cookie('XSRF-TOKEN')}\r\n` +
      `X-XSRF-TOKEN: ${browser.cookie('XSRF-TOKEN')}\r\n` +
      `Content-Type: ${contentType}\r\n` +
      `Content-Length: ${contentLength}\r\n\r\n`;
    return { head, milestoneId };
  }

  const rowsOf = async (milestoneId: string) =>
    t.db.query('SELECT id FROM project_submissions WHERE milestone_id = $1', [milestoneId]);

  it('answers 408 problem+json and closes the connection when the body stops coming, keeping no file', async () => {
    const form = multipart('rapport.pdf', pdf('stalled', 200_000));
    const { head, milestoneId } = await uploadHead(
      form.headers['content-type'],
      form.body.length + 1_000_000,
    );
    // The part's head and a first slice of the file, then silence.
    const answer = await rawRequest(port, head, form.body.subarray(0, 70_000), BOUND_MS + 3_000);

    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(BOUND_MS);
    expect(statusOf(answer)).toBe(408);
    expect(answer.text).toMatch(/content-type: application\/problem\+json/i);
    expect(answer.text).toMatch(/connection: close/i);
    expect(bodyOf(answer)).toMatchObject({ status: 408, code: 'upload.timeout' });
    expect(filesUnder(files)).toEqual([]);
    expect(await rowsOf(milestoneId)).toEqual([]);
  });

  it('answers a refused file at once, and hangs up if the rest of it never comes', async () => {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(200_000, 1)]);
    const form = multipart('rapport.pdf', elf);
    const { head, milestoneId } = await uploadHead(form.headers['content-type'], form.body.length);
    const answer = await rawRequest(port, head, form.body.subarray(0, 100_000), BOUND_MS + 3_000);
    expect(statusOf(answer)).toBe(415);
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(BOUND_MS);
    expect(filesUnder(files)).toEqual([]);
    expect(await rowsOf(milestoneId)).toEqual([]);
  });

  it('answers 408 when not even the file part arrives', async () => {
    const { head } = await uploadHead('multipart/form-data; boundary=xyz', 5_000_000);
    const answer = await rawRequest(port, head, Buffer.alloc(0), BOUND_MS + 3_000);
    expect(answer.ms).toBeLessThan(BOUND_MS);
    expect(statusOf(answer)).toBe(408);
    expect(answer.closed).toBe(true);
  });

  it('keeps no file and no row when the client disconnects mid-upload', async () => {
    const form = multipart('rapport.pdf', pdf('cut', 300_000));
    const { head, milestoneId } = await uploadHead(form.headers['content-type'], form.body.length);
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => undefined);
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), form.body.subarray(0, 150_000)]));
    // The partial file exists while the upload streams in; then the client is gone.
    expect(await waitFor(() => filesUnder(partials).length === 1, 2_000)).toBe(true);
    socket.destroy();
    // Well before the idle bound: the disconnect itself ends the upload.
    expect(await waitFor(() => filesUnder(files).length === 0, 700)).toBe(true);
    expect(await rowsOf(milestoneId)).toEqual([]);
  });

  it('refuses a multipart request without a boundary with 400 problem+json', async () => {
    const body = Buffer.from(
      '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc\r\n--x--\r\n',
    );
    const { head } = await uploadHead('multipart/form-data', body.length);
    const answer = await rawRequest(
      port,
      head.replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nConnection: close\r\n'),
      body,
      BOUND_MS,
    );
    expect(statusOf(answer)).toBe(400);
    expect(answer.text).toMatch(/content-type: application\/problem\+json/i);
    expect(bodyOf(answer)).toMatchObject({ status: 400, code: 'upload.malformed' });
  });

  it('refuses a body cut short with 400 problem+json, keeping no file', async () => {
    const form = multipart('rapport.pdf', pdf('short', 100_000));
    const cut = form.body.subarray(0, 80_000);
    const { head, milestoneId } = await uploadHead(form.headers['content-type'], cut.length);
    const answer = await rawRequest(
      port,
      head.replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nConnection: close\r\n'),
      cut,
      BOUND_MS,
    );
    expect(statusOf(answer)).toBe(400);
    expect(bodyOf(answer)).toMatchObject({ code: 'upload.incomplete' });
    expect(filesUnder(files)).toEqual([]);
    expect(await rowsOf(milestoneId)).toEqual([]);
  });

  it('sweeps partial files left by a stopped upload at start, and keeps stored files', async () => {
    const form = multipart('kept.pdf', pdf('kept'));
    const { head } = await uploadHead(form.headers['content-type'], form.body.length);
    const stored = await rawRequest(
      port,
      head.replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nConnection: close\r\n'),
      form.body,
      BOUND_MS,
    );
    expect(statusOf(stored)).toBe(201);
    mkdirSync(partials, { recursive: true });
    const leftover = join(partials, '0b9c7c1e-5d7e-4f7a-9a1b-3c2d1e0f9a8b.part');
    writeFileSync(leftover, 'half a file');
    const old = new Date(Date.now() - 60_000);
    utimesSync(leftover, old, old);

    const restarted = await startTestApp({
      DATA_DIR: dataDir,
      UPLOAD_IDLE_TIMEOUT_SECONDS: String(IDLE_SECONDS),
    });
    try {
      expect(existsSync(leftover)).toBe(false);
      expect(filesUnder(files)).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });
});
