import { spawn } from 'node:child_process';
import { sign, verify } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  KeyFileError,
  keyFilePath,
  loadOrCreateKeyFile,
  readKeyFile,
  rotateKeyFile,
  type KeyFile,
} from './issuer-keys';

const ROOT = resolve(__dirname, '../../..');

/**
 * Runs a TypeScript snippet in a separate Node process (another "instance"); `ready` resolves
 * when it has written "ready" on its stdout, `done` with the rest of its output.
 */
function runNode(code: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', code], {
    cwd: ROOT,
    env: { ...process.env, TS_NODE_PROJECT: join(ROOT, 'backend/tsconfig.app.json'), ...env },
  });
  let out = '';
  let err = '';
  let signalReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (signalReady = r));
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.startsWith('ready\n')) signalReady();
  });
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<string>((resolveDone, fail) =>
    child.on('close', (status) =>
      status === 0
        ? resolveDone(out.replace(/^ready\n/, ''))
        : fail(new Error(`exit ${status}: ${err}`)),
    ),
  );
  return { ready, done };
}

describe('the issuer key file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'clique-keys-'));
    file = join(dir, 'keys', 'issuer-key.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is created once, readable by its owner only, and reused afterwards', () => {
    const first = loadOrCreateKeyFile(file);
    expect(first.created).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o777).toBe(0o700);
    const inode = statSync(file).ino;

    const again = loadOrCreateKeyFile(file);
    expect(again.created).toBe(false);
    expect(again.ring.current.kid).toBe(first.ring.current.kid);
    expect(statSync(file).ino).toBe(inode);
    expect(readdirSync(join(dir, 'keys'))).toEqual(['issuer-key.json']);
  });

  it('holds a working Ed25519 key named by its RFC 7638 thumbprint', () => {
    const { ring } = loadOrCreateKeyFile(file);
    expect(ring.current.kid).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const data = Buffer.from('diploma');
    const signature = sign(null, data, ring.current.privateKey);
    expect(verify(null, data, ring.current.publicKey, signature)).toBe(true);
  });

  it('defaults to <DATA_DIR>/keys/issuer-key.json', () => {
    expect(keyFilePath({ DATA_DIR: '/srv/clique' })).toBe('/srv/clique/keys/issuer-key.json');
    expect(keyFilePath({ DATA_DIR: '/x', CREDENTIAL_KEY_FILE: '/run/keys/k.json' })).toBe(
      '/run/keys/k.json',
    );
  });

  it('keeps retired keys, public part only, after a rotation', () => {
    const before = loadOrCreateKeyFile(file).ring;
    const { previousKid, currentKid } = rotateKeyFile(file);
    expect(previousKid).toBe(before.current.kid);
    expect(currentKid).not.toBe(previousKid);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const after = readKeyFile(file);
    expect(after.current.kid).toBe(currentKid);
    expect(after.keys.map((k) => k.kid)).toEqual([currentKid, previousKid]);
    expect(after.keys[1].retiredAt).not.toBeNull();
    expect(after.keys[1].publicJwk.x).toBe(before.current.publicJwk.x);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    expect(stored.keys.filter((k) => k.privateJwk).map((k) => k.kid)).toEqual([currentKid]);

    rotateKeyFile(file);
    expect(readKeyFile(file).keys).toHaveLength(3);
    expect(readdirSync(join(dir, 'keys'))).toEqual(['issuer-key.json']);
  });

  it('refuses a rotation while another one holds the lock, and a file that does not exist', () => {
    loadOrCreateKeyFile(file);
    writeFileSync(`${file}.lock`, '');
    expect(() => rotateKeyFile(file)).toThrow(/another rotation is running/);
    rmSync(`${file}.lock`);
    expect(() => rotateKeyFile(join(dir, 'none.json'))).toThrow(/start the app once/);
  });

  it('refuses a damaged file with a clear reason instead of making a new key', () => {
    const { ring } = loadOrCreateKeyFile(file);
    const data = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    writeFileSync(file, '{"format": "clique-issuer-keys/1", "keys": [');
    expect(() => loadOrCreateKeyFile(file)).toThrow(KeyFileError);
    writeFileSync(
      file,
      JSON.stringify({ ...data, keys: [{ ...data.keys[0], kid: 'not-the-thumbprint' }] }),
    );
    expect(() => readKeyFile(file)).toThrow(/does not match its kid/);
    const other = loadOrCreateKeyFile(join(dir, 'other.json')).ring;
    const mixed = JSON.parse(readFileSync(join(dir, 'other.json'), 'utf8')) as KeyFile;
    mixed.keys[0].privateJwk = { ...mixed.keys[0].privateJwk!, d: data.keys[0].privateJwk!.d };
    writeFileSync(file, JSON.stringify(mixed));
    expect(() => readKeyFile(file)).toThrow(/do not match/);
    expect(other.current.kid).not.toBe(ring.current.kid);
  });

  it('gives the same key to instances that start at once with no file', async () => {
    const go = join(dir, 'go');
    const code = `
      const { existsSync } = require('node:fs');
      const { loadOrCreateKeyFile } = require('./backend/src/credentials/issuer-keys');
      process.stdout.write('ready\\n');
      while (!existsSync(${JSON.stringify(go)})) {}
      const { ring, created } = loadOrCreateKeyFile(${JSON.stringify(file)});
      process.stdout.write(JSON.stringify({ kid: ring.current.kid, created }));
    `;
    const instances = [1, 2, 3, 4].map(() => runNode(code));
    await Promise.all(instances.map((i) => i.ready));
    writeFileSync(go, '');
    const results = (await Promise.all(instances.map((i) => i.done))).map(
      (out) => JSON.parse(out) as { kid: string; created: boolean },
    );
    expect(new Set(results.map((r) => r.kid)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(readKeyFile(file).current.kid).toBe(results[0].kid);
    expect(readdirSync(join(dir, 'keys'))).toEqual(['issuer-key.json']);
  }, 60_000);

  it('rotates with the CLI, which finds the file from the same configuration as the API', async () => {
    const before = loadOrCreateKeyFile(file).ring.current.kid;
    const out = await runNode(`require('./backend/src/credentials/rotate-issuer-key')`, {
      CREDENTIAL_KEY_FILE: file,
      NODE_ENV: 'test',
    }).done;
    const after = readKeyFile(file);
    expect(out).toContain(`retired: ${before}`);
    expect(out).toContain(`current: ${after.current.kid}`);
    expect(after.keys.map((k) => k.kid)).toEqual([after.current.kid, before]);
  }, 60_000);
});
