import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type FileStore, FileMissingError, type StoredObject } from './file-store';

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Files on the local disk under `root` (`${DATA_DIR}/files` by default): written to
 * `root/.tmp/` first, then renamed into `root/<2 hex>/<uuid>` (atomic on one file system),
 * so a failed or aborted upload never leaves a half file where a key points.
 */
export class LocalFileStore implements FileStore {
  private readonly tmp: string;

  constructor(private readonly root: string) {
    this.tmp = join(root, '.tmp');
  }

  async put(content: Readable): Promise<StoredObject> {
    await mkdir(this.tmp, { recursive: true, mode: 0o700 });
    const key = randomUUID();
    const temp = join(this.tmp, `${key}.part`);
    try {
      await pipeline(content, createWriteStream(temp, { flags: 'wx', mode: 0o600 }));
      const { size } = await stat(temp);
      const target = this.pathOf(key);
      await mkdir(join(this.root, key.slice(0, 2)), { recursive: true, mode: 0o700 });
      await rename(temp, target);
      return { key, size };
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      await stat(path);
    } catch {
      throw new FileMissingError(key);
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  async sweepPartials(idleMs: number): Promise<number> {
    let names: string[];
    try {
      names = await readdir(this.tmp);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    const before = Date.now() - idleMs;
    let removed = 0;
    for (const name of names) {
      const path = join(this.tmp, name);
      try {
        const info = await stat(path);
        if (!info.isFile() || info.mtimeMs > before) continue;
        await unlink(path);
        removed += 1;
      } catch (error) {
        // Finished or removed by its own upload meanwhile.
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return removed;
  }

  /** Only keys this store generated name a path: nothing else can reach outside `root`. */
  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new FileMissingError(key);
    return join(this.root, key.slice(0, 2), key);
  }
}
