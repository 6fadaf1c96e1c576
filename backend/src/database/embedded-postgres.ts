import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { type Extension, PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) with its data in `dataDir` (or in memory
 * when `dataDir` is undefined) and serves it over the PostgreSQL wire protocol on a local port,
 * so the app talks to it with the same `pg` driver and code path as to a real server.
 * PGlite has one backend: use a pool of one connection.
 */
export async function startEmbeddedPostgres(
  dataDir: string | undefined,
): Promise<EmbeddedPostgres> {
  let directory: string | undefined;
  if (dataDir) {
    directory = resolve(dataDir);
    mkdirSync(directory, { recursive: true });
  }
  // The contrib entry points declare ESM types only; their CommonJS build loads fine.
  const { btree_gist } = require('@electric-sql/pglite/contrib/btree_gist') as {
    btree_gist: Extension;
  };
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  const db = await PGlite.create({ dataDir: directory, extensions: { btree_gist, pg_trgm } });
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 1 });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
