import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { staticCacheControl } from './app.factory';
import { startTestApp, type TestApp } from './testing/test-app';

/**
 * The built app as the browser gets it: files compressed at build time (scripts/compress-static)
 * served by content negotiation, cached for a year when their name holds their hash and
 * revalidated otherwise, the first screen's modules preloaded; API answers compressed on the fly.
 */
describe('static assets and compression', () => {
  let t: TestApp;
  let dir: string;
  // Big enough to be compressed, with enough repetition that compression pays.
  const mainJs =
    `import{a as b}from"./chunk-AAAAAAAA.js";import"./chunk-BBBBBBBB.js";` +
    `const lazy=()=>import("./chunk-LAZYLAZY.js");` +
    Array.from({ length: 200 }, (_, i) => `console.log("clique module ${i}");`).join('');
  const chunkA = `export*from"./chunk-CCCCCCCC.js";export const a=${JSON.stringify('x'.repeat(900))};`;
  const french = JSON.stringify(
    Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`key${i}`, `Séance numéro ${i}`])),
  );

  const get = (url: string, encoding?: string) =>
    t.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'GET',
        url,
        headers: encoding ? { 'accept-encoding': encoding } : { 'accept-encoding': 'identity' },
      });

  const decode = (encoding: string | undefined, body: Buffer) =>
    encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clique-static-'));
    mkdirSync(join(dir, 'media'));
    mkdirSync(join(dir, 'i18n'));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head><title>Clique</title><link rel="modulepreload" href="chunk-AAAAAAAA.js"></head>` +
        `<body><cq-root></cq-root><script src="main-MAINMAIN.js" type="module"></script></body></html>`,
    );
    writeFileSync(join(dir, 'main-MAINMAIN.js'), mainJs);
    writeFileSync(join(dir, 'chunk-AAAAAAAA.js'), chunkA);
    writeFileSync(join(dir, 'chunk-BBBBBBBB.js'), 'export const b=1;');
    writeFileSync(join(dir, 'chunk-CCCCCCCC.js'), 'export const c=1;');
    writeFileSync(join(dir, 'chunk-LAZYLAZY.js'), 'export const lazy=1;');
    writeFileSync(join(dir, 'media', 'icons-ICONICON.woff2'), Buffer.alloc(2048, 7));
    writeFileSync(join(dir, 'i18n', 'fr.json'), french);
    execFileSync(process.execPath, [
      resolve(__dirname, '..', '..', 'scripts', 'compress-static.mjs'),
      dir,
    ]);
    t = await startTestApp({ STATIC_DIR: dir });
  });

  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['br', 'gzip'])(
    'serves a built file compressed as %s, identical to the original once decoded',
    async (encoding) => {
      const plain = await get('/main-MAINMAIN.js');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.rawPayload.toString()).toBe(mainJs);

      const packed = await get('/main-MAINMAIN.js', `${encoding}, deflate`);
      expect(packed.statusCode).toBe(200);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(String(packed.headers['vary'])).toMatch(/accept-encoding/i);
      expect(packed.rawPayload.length).toBeLessThan(mainJs.length / 4);
      expect(decode(encoding, packed.rawPayload).equals(plain.rawPayload)).toBe(true);
      expect(packed.headers['content-type']).toMatch(/javascript/);
    },
  );

  it('prefers brotli when the browser accepts both, as Chromium does', async () => {
    const packed = await get('/main-MAINMAIN.js', 'gzip, deflate, br, zstd');
    expect(packed.headers['content-encoding']).toBe('br');
  });

  it('caches hashed files for a year and revalidates the rest, index.html first', async () => {
    expect((await get('/main-MAINMAIN.js', 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/media/icons-ICONICON.woff2')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    const translations = await get('/i18n/fr.json', 'br');
    expect(translations.headers['cache-control']).toBe('no-cache');
    expect(decode('br', translations.rawPayload).toString()).toBe(french);
    const page = await get('/student/home', 'br');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(
      decode(page.headers['content-encoding'] as string, page.rawPayload).toString(),
    ).toContain('<cq-root>');
    expect(staticCacheControl('/srv/app/main-ABCD1234.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(staticCacheControl('/srv/app/main-ABCD1234.js.br')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(staticCacheControl('/srv/app/main.js')).toBe('no-cache');
    expect(staticCacheControl('/srv/app/index.html.br')).toBe('no-cache');
  });

  it('preloads the static import closure of main.js, not its lazy chunks, once', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const chunk of ['chunk-AAAAAAAA.js', 'chunk-BBBBBBBB.js', 'chunk-CCCCCCCC.js'])
      expect(html.split(`href="${chunk}"`).length - 1).toBe(1);
    expect(html).not.toContain('chunk-LAZYLAZY.js');
    // Running the build step again changes nothing.
    execFileSync(process.execPath, [
      resolve(__dirname, '..', '..', 'scripts', 'compress-static.mjs'),
      dir,
    ]);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(html);
  });

  it.each(['br', 'gzip'])(
    'compresses a large JSON answer as %s, byte-identical to the plain one once decoded',
    async (encoding) => {
      const plain = await get('/api/docs-json');
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      const packed = await get('/api/docs-json', encoding);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
      expect(decode(encoding, packed.rawPayload).equals(plain.rawPayload)).toBe(true);
    },
  );

  it('leaves small answers and problem answers readable without decoding when small', async () => {
    const small = await get('/api/health/live', 'br');
    expect(small.statusCode).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    const missing = await get('/api/no-such-route', 'br');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.json()).toMatchObject({ status: 404 });
  });
});
