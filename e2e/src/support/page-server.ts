import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A 1×1 PNG, the shared page's og:image. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkaPhfDwAEhgGAWJo0TAAAAABJRU5ErkJggg==',
  'base64',
);

export interface SharedPage {
  /** The article's address, with tracking parameters as a real share would carry. */
  url: string;
  title: string;
  siteName: string;
  close(): Promise<void>;
}

/**
 * An article with Open Graph tags, served on 127.0.0.1 for the app's link preview to fetch
 * (the e2e server allows local addresses, which production refuses).
 */
export async function servePage(tag: string): Promise<SharedPage> {
  const title = `Les réseaux sociaux et la confiance ${tag}`;
  const siteName = 'Le Journal du Community Manager';
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
    <title>${title} | Journal</title>
    <meta property="og:title" content="${title}">
    <meta property="og:description" content="Pourquoi les marques doivent converser plutôt que diffuser.">
    <meta property="og:site_name" content="${siteName}">
    <meta property="og:image" content="/cover.png">
    </head><body><article><h1>${title}</h1><p>Texte de l’article.</p></article></body></html>`;
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/cover.png')) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': PNG.length });
      res.end(PNG);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/articles/confiance-${tag}?utm_source=twitter&utm_medium=social`,
    title,
    siteName,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
