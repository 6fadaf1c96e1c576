import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fetchPreview, type PreviewOptions } from './preview-fetcher';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const LOCAL: PreviewOptions = { allowPrivate: true, timeoutMs: 2_000, maxBytes: 1024 * 1024 };
const PRODUCTION: PreviewOptions = { ...LOCAL, allowPrivate: false };

describe('the link preview fetcher', () => {
  let server: Server;
  let base: string;
  let port: number;
  let seen: string[];
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      const route = routes.get((req.url ?? '').split('?')[0]);
      if (route) route(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
    const html =
      (head: string, type = 'text/html; charset=utf-8') =>
      (_: IncomingMessage, res: ServerResponse) =>
        res
          .writeHead(200, { 'content-type': type })
          .end(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`);
    routes.set(
      '/og',
      html(
        `<title>Fallback</title><meta property="og:title" content="Veille &amp; débat">
       <meta property="og:description" content="Une description."><meta property="og:site_name" content="Le Site">
       <meta property="og:image" content="/cover.png">`,
      ),
    );
    routes.set('/cover.png', (_, res) =>
      res.writeHead(200, { 'content-type': 'image/png' }).end(PNG),
    );
    routes.set(
      '/svg-cover',
      html('<title>SVG</title><meta property="og:image" content="/cover.svg">'),
    );
    routes.set('/cover.svg', (_, res) =>
      res
        .writeHead(200, { 'content-type': 'image/svg+xml' })
        .end('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    );
    routes.set('/latin1', (_, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
        .end(
          Buffer.from(
            '<html><head><title>Réseaux sociaux</title><meta name="description" content="Vérité"></head></html>',
            'latin1',
          ),
        ),
    );
    routes.set('/big', (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      for (let i = 0; i < 32; i++) res.write(chunk);
      res.end();
    });
    routes.set('/declared', (_, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html', 'content-length': String(5 * 1024 * 1024) })
        .end(),
    );
    routes.set('/bomb', (_, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' })
        .end(gzipSync(Buffer.alloc(8 * 1024 * 1024, ' '))),
    );
    routes.set('/silent', () => undefined);
    routes.set('/trickle', (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const t = setInterval(() => (res.writableEnded ? clearInterval(t) : res.write('a')), 100);
      res.on('close', () => clearInterval(t));
    });
    routes.set('/loop', (_, res) => res.writeHead(302, { location: '/loop' }).end());
    routes.set('/json', (_, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    );
    routes.set('/to-metadata', (_, res) =>
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    );
    routes.set('/to-private', (_, res) =>
      res.writeHead(301, { location: 'http://10.0.0.5/' }).end(),
    );
    routes.set('/to-localhost', (_, res) =>
      res.writeHead(307, { location: 'http://localhost/' }).end(),
    );
  });
  beforeEach(() => (seen = []));
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const failure = (url: string, options = LOCAL, deps = {}) =>
    fetchPreview(url, options, deps).then(
      () => 'no failure',
      (e: { code?: string }) => e.code,
    );

  it('refuses loopback, private, link-local, metadata and odd addresses in production settings, before connecting', async () => {
    for (const url of [
      `${base}/og`,
      'http://169.254.169.254/latest/meta-data/',
      `http://[::1]:${port}/og`,
      'http://0.0.0.0/',
      'http://10.0.0.1/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://[::ffff:127.0.0.1]/',
      'http://[fd00::1]/',
      'http://user:pw@example.com/',
      'ftp://example.com/file',
      'file:///etc/passwd',
    ]) {
      expect([url, await failure(url, PRODUCTION)]).toEqual([url, 'veille.preview_blocked']);
    }
    expect(seen).toEqual([]);
  });

  it('checks every address a public name resolves to', async () => {
    const lookup = (host: string) =>
      Promise.resolve(
        host === 'intranet.example.test'
          ? [{ address: '127.0.0.1', family: 4 }]
          : [
              { address: '93.184.216.34', family: 4 },
              { address: '10.1.2.3', family: 4 },
            ],
      );
    expect(await failure(`http://intranet.example.test:${port}/og`, PRODUCTION, { lookup })).toBe(
      'veille.preview_blocked',
    );
    expect(await failure(`http://mixed.example.test:${port}/og`, PRODUCTION, { lookup })).toBe(
      'veille.preview_blocked',
    );
    expect(seen).toEqual([]);
  });

  it('refuses a redirect to a private address, even from a public page', async () => {
    // The first hop counts as public (a test seam); every later hop meets the production rule.
    const lookup = (host: string) =>
      host === 'public.example.test'
        ? Promise.resolve([{ address: '127.0.0.1', family: 4 }])
        : Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    let first = true;
    const isAllowedAddress = () => {
      const ok = first;
      first = false;
      return ok;
    };
    for (const path of ['/to-metadata', '/to-private', '/to-localhost']) {
      first = true;
      expect(
        await failure(`http://public.example.test:${port}${path}`, PRODUCTION, {
          lookup,
          isAllowedAddress,
        }),
      ).toBe('veille.preview_blocked');
    }
    expect(seen).toEqual(['/to-metadata', '/to-private', '/to-localhost']);
  });

  it('reads the Open Graph card and its image, and plain meta in another charset', async () => {
    const page = await fetchPreview(`${base}/og`, LOCAL);
    expect(page).toMatchObject({
      title: 'Veille & débat',
      description: 'Une description.',
      siteName: 'Le Site',
      imageUrl: `${base}/cover.png`,
    });
    expect(page.image?.type).toBe('image/png');
    expect(page.image?.bytes.equals(PNG)).toBe(true);
    expect(await fetchPreview(`${base}/latin1`, LOCAL)).toMatchObject({
      title: 'Réseaux sociaux',
      description: 'Vérité',
      siteName: '127.0.0.1',
      image: null,
    });
    expect((await fetchPreview(`${base}/svg-cover`, LOCAL)).image).toBeNull();
  });

  it('ends cleanly past the size limit, also when compressed', async () => {
    const started = Date.now();
    expect(await failure(`${base}/big`)).toBe('veille.preview_too_large');
    expect(await failure(`${base}/declared`)).toBe('veille.preview_too_large');
    expect(await failure(`${base}/bomb`)).toBe('veille.preview_too_large');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('ends cleanly past the time limit', async () => {
    const quick = { ...LOCAL, timeoutMs: 300 };
    for (const path of ['/silent', '/trickle']) {
      const started = Date.now();
      expect(await failure(`${base}${path}`, quick)).toBe('veille.preview_timeout');
      expect(Date.now() - started).toBeLessThan(1_500);
    }
  });

  it('says why when the page cannot be read', async () => {
    expect(await failure(`${base}/loop`)).toBe('veille.preview_unreachable');
    expect(await failure(`${base}/nothing-here`)).toBe('veille.preview_unreachable');
    expect(await failure(`${base}/json`)).toBe('veille.preview_not_html');
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    expect(await failure(`http://127.0.0.1:${closedPort}/`)).toBe('veille.preview_unreachable');
  });
});
