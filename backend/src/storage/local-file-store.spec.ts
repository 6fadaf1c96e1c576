import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { FileMissingError } from './file-store';
import { LocalFileStore } from './local-file-store';

const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name);

describe('LocalFileStore', () => {
  let root: string;
  let store: LocalFileStore;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'clique-store-'));
    store = new LocalFileStore(root);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('keeps a file under a generated key and gives it back', async () => {
    const { key, size } = await store.put(
      Readable.from([Buffer.from('hello '), Buffer.from('world')]),
    );
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(size).toBe(11);
    expect(await text(await store.get(key))).toBe('hello world');
  });

  it('keeps nothing when the stream fails half way', async () => {
    const failing = new Readable({
      read() {
        this.push(Buffer.from('half'));
        this.destroy(new Error('connection lost'));
      },
    });
    await expect(store.put(failing)).rejects.toThrow('connection lost');
    expect(files(root)).toEqual([]);
  });

  it('deletes, and answers a missing or made-up key as missing', async () => {
    const { key } = await store.put(Readable.from([Buffer.from('x')]));
    await store.delete(key);
    await store.delete(key);
    await expect(store.get(key)).rejects.toBeInstanceOf(FileMissingError);
    await expect(store.get('../../etc/passwd')).rejects.toBeInstanceOf(FileMissingError);
  });

  it('sweeps partial files untouched for the idle period, and keeps fresh ones and stored files', async () => {
    const { key } = await store.put(Readable.from([Buffer.from('kept')]));
    mkdirSync(join(root, '.tmp'), { recursive: true });
    const stale = join(root, '.tmp', 'stale.part');
    const fresh = join(root, '.tmp', 'fresh.part');
    writeFileSync(stale, 'left by a crash');
    writeFileSync(fresh, 'still streaming');
    const old = new Date(Date.now() - 120_000);
    utimesSync(stale, old, old);

    expect(await store.sweepPartials(60_000)).toBe(1);
    expect(files(root).sort()).toEqual([key, 'fresh.part'].sort());
  });

  it('sweeps nothing, without failing, before any upload made its folder', async () => {
    expect(await store.sweepPartials(0)).toBe(0);
  });
});
