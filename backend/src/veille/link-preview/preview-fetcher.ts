import { Inject, Injectable } from '@nestjs/common';
import { lookup as dnsLookup } from 'node:dns/promises';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Parser } from 'htmlparser2';
import ipaddr from 'ipaddr.js';
import { APP_CONFIG, type AppConfig } from '../../config/config';

export type PreviewFailureCode =
  | 'veille.preview_blocked'
  | 'veille.preview_timeout'
  | 'veille.preview_too_large'
  | 'veille.preview_unreachable'
  | 'veille.preview_not_html';

/** Why a page has no preview: the only error the fetcher throws. */
export class PreviewFailure extends Error {
  constructor(
    readonly code: PreviewFailureCode,
    message: string,
  ) {
    super(message);
  }
}

export type PreviewImageType = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif';

export interface PagePreview {
  finalUrl: string;
  title: string | null;
  description: string | null;
  siteName: string | null;
  imageUrl: string | null;
  image: { bytes: Buffer; type: PreviewImageType } | null;
}

export interface PreviewOptions {
  /** Tests only: local and private addresses allowed. */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
}

/** Test seams: the resolver and the address rule. Never reachable from configuration. */
export interface PreviewDeps {
  lookup?: (host: string) => Promise<{ address: string; family: number }[]>;
  isAllowedAddress?: (address: string) => boolean;
}

const MAX_REDIRECTS = 5;
const MAX_IMAGE_BYTES = 1024 * 1024;
const USER_AGENT = 'CliqueVeillePreview/1.0 (+link preview)';

/** Public unicast only: no loopback, private, link-local (metadata), CGNAT, reserved… */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

/**
 * Fetches a shared page's Open Graph card, defensively: http(s) only, every resolved address
 * (and every redirect's) checked before connecting, the connection pinned to the checked
 * address, no cookies, one time limit for the whole fetch and a size limit on what is read
 * (after decompression).
 */
export async function fetchPreview(
  url: string,
  options: PreviewOptions,
  deps: PreviewDeps = {},
): Promise<PagePreview> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const ctx: Ctx = {
    signal: controller.signal,
    allowed: deps.isAllowedAddress ?? ((a) => options.allowPrivate || isPublicAddress(a)),
    lookup: deps.lookup ?? ((host) => dnsLookup(host, { all: true, verbatim: true })),
  };
  try {
    const page = await get(url, ctx, 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1');
    const type = (page.response.headers['content-type'] ?? '').toLowerCase();
    if (!/^(text\/html|application\/xhtml\+xml)\b/.test(type)) {
      page.response.destroy();
      throw new PreviewFailure('veille.preview_not_html', `Not a web page (${type || 'no type'}).`);
    }
    const body = await readBody(page.response, options.maxBytes, ctx.signal);
    const meta = parseMeta(decode(body, type), page.finalUrl);
    let image: PagePreview['image'] = null;
    if (meta.imageUrl)
      image = await fetchImage(meta.imageUrl, ctx, Math.min(options.maxBytes, MAX_IMAGE_BYTES));
    return { finalUrl: page.finalUrl, ...meta, image };
  } catch (error) {
    if (error instanceof PreviewFailure) throw error;
    if (controller.signal.aborted) {
      throw new PreviewFailure('veille.preview_timeout', 'The page took too long to answer.');
    }
    throw new PreviewFailure(
      'veille.preview_unreachable',
      `The page cannot be reached (${String(error)}).`,
    );
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class PreviewFetcher {
  private readonly options: PreviewOptions;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.options = {
      allowPrivate: config.VEILLE_PREVIEW_ALLOW_PRIVATE,
      timeoutMs: config.VEILLE_PREVIEW_TIMEOUT_MS,
      maxBytes: config.VEILLE_PREVIEW_MAX_BYTES,
    };
  }

  fetch(url: string): Promise<PagePreview> {
    return fetchPreview(url, this.options);
  }
}

interface Ctx {
  signal: AbortSignal;
  allowed: (address: string) => boolean;
  lookup: (host: string) => Promise<{ address: string; family: number }[]>;
}

const blocked = (detail: string) => new PreviewFailure('veille.preview_blocked', detail);

/** The checked address to connect to for `u`. */
async function resolve(u: URL, ctx: Ctx): Promise<{ address: string; family: number }> {
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw blocked('Only http and https links.');
  if (u.username || u.password) throw blocked('No credentials in a shared link.');
  const host = u.hostname.replace(/^\[|\]$/g, '');
  if (!host) throw blocked('No host.');
  let addresses: { address: string; family: number }[];
  if (ipaddr.isValid(host)) {
    addresses = [{ address: host, family: host.includes(':') ? 6 : 4 }];
  } else {
    try {
      addresses = await ctx.lookup(host);
    } catch {
      throw new PreviewFailure('veille.preview_unreachable', `No such host: ${host}.`);
    }
  }
  if (!addresses.length)
    throw new PreviewFailure('veille.preview_unreachable', `No address for ${host}.`);
  const refused = addresses.find((a) => !ctx.allowed(a.address));
  if (refused) throw blocked(`${host} resolves to a non-public address.`);
  return addresses[0];
}

/** GET with manual redirects, each hop checked; answers the final 2xx response. */
async function get(
  start: string,
  ctx: Ctx,
  accept: string,
): Promise<{ response: IncomingMessage; finalUrl: string }> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      throw blocked('Not a web address.');
    }
    const target = await resolve(u, ctx);
    const response = await connect(u, target, ctx, accept);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.destroy();
      url = new URL(response.headers.location, u).toString();
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new PreviewFailure('veille.preview_unreachable', `The page answered ${status}.`);
    }
    return { response, finalUrl: u.toString() };
  }
  throw new PreviewFailure('veille.preview_unreachable', 'Too many redirects.');
}

function connect(
  u: URL,
  target: { address: string; family: number },
  ctx: Ctx,
  accept: string,
): Promise<IncomingMessage> {
  const secure = u.protocol === 'https:';
  const hostname = u.hostname.replace(/^\[|\]$/g, '');
  return new Promise((done, fail) => {
    const req = (secure ? httpsRequest : httpRequest)({
      host: target.address,
      family: target.family,
      port: u.port || (secure ? 443 : 80),
      path: `${u.pathname}${u.search}`,
      method: 'GET',
      agent: false,
      signal: ctx.signal,
      ...(secure && !ipaddr.isValid(hostname) ? { servername: hostname } : {}),
      headers: {
        host: u.host,
        'user-agent': USER_AGENT,
        accept,
        'accept-language': 'fr,en;q=0.8',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', done);
    req.on('error', fail);
    req.end();
  });
}

/** The body, decompressed, up to `max` bytes; past it the fetch ends (too large). */
function readBody(response: IncomingMessage, max: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  const encoding = String(response.headers['content-encoding'] ?? '')
    .toLowerCase()
    .trim();
  if (!encoding && Number.isFinite(declared) && declared > max) {
    response.destroy();
    return Promise.reject(new PreviewFailure('veille.preview_too_large', 'The page is too large.'));
  }
  let stream: Readable = response;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(createGunzip());
  else if (encoding === 'deflate') stream = response.pipe(createInflate());
  else if (encoding === 'br') stream = response.pipe(createBrotliDecompress());
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: Error) => {
      signal.removeEventListener('abort', onAbort);
      response.destroy();
      if (stream !== response) stream.destroy();
      fail(error);
    };
    const onAbort = () =>
      stop(new PreviewFailure('veille.preview_timeout', 'The page took too long to answer.'));
    signal.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max)
        stop(new PreviewFailure('veille.preview_too_large', 'The page is too large.'));
      else chunks.push(chunk);
    });
    stream.on('end', () => {
      signal.removeEventListener('abort', onAbort);
      done(Buffer.concat(chunks));
    });
    stream.on('error', (error) =>
      stop(
        signal.aborted
          ? new PreviewFailure('veille.preview_timeout', 'The page took too long to answer.')
          : error,
      ),
    );
    response.on('error', (error) => stop(error));
  });
}

function decode(body: Buffer, contentType: string): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const sniffed = /<meta[^>]+charset=["']?([\w-]+)/i.exec(
    body.subarray(0, 2048).toString('latin1'),
  )?.[1];
  for (const label of [declared, sniffed, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label.toLowerCase()).decode(body);
    } catch {
      /* an unknown label: try the next */
    }
  }
  return body.toString('utf8');
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const clean = (value: string | undefined, max: number): string | null => {
  const text = value?.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return text ? [...text].slice(0, max).join('') : null;
};

/** Open Graph, Twitter card and plain HTML meta of the page's head. */
export function parseMeta(html: string, pageUrl: string): Omit<PagePreview, 'finalUrl' | 'image'> {
  const meta = new Map<string, string>();
  let title = '';
  let inTitle = false;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (done) return;
        if (name === 'title') inTitle = true;
        if (name === 'body') done = true;
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? '').toLowerCase().trim();
          if (key && attrs.content !== undefined && !meta.has(key)) meta.set(key, attrs.content);
        }
      },
      ontext(text) {
        if (inTitle && !done) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (name === 'head') done = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html.slice(0, 2_000_000));
  parser.end();
  const host = (() => {
    try {
      return new URL(pageUrl).hostname.replace(/^www\./, '');
    } catch {
      return null;
    }
  })();
  const rawImage =
    meta.get('og:image:secure_url') ?? meta.get('og:image') ?? meta.get('twitter:image');
  let imageUrl: string | null = null;
  if (rawImage) {
    try {
      const u = new URL(rawImage.trim(), pageUrl);
      if (u.protocol === 'http:' || u.protocol === 'https:') imageUrl = u.toString().slice(0, 2048);
    } catch {
      imageUrl = null;
    }
  }
  return {
    title: clean(meta.get('og:title') ?? meta.get('twitter:title') ?? title, 300),
    description: clean(
      meta.get('og:description') ?? meta.get('twitter:description') ?? meta.get('description'),
      1000,
    ),
    siteName: clean(meta.get('og:site_name'), 120) ?? host,
    imageUrl,
  };
}

/** The image's type from its first bytes; SVG and anything else are not kept. */
export function sniffImage(bytes: Buffer): PreviewImageType | null {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  if (bytes.length >= 6 && bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

/** The card's image, with the same checks; a failure only means no image. */
async function fetchImage(url: string, ctx: Ctx, max: number): Promise<PagePreview['image']> {
  try {
    const { response } = await get(url, ctx, 'image/png,image/jpeg,image/webp,image/gif;q=0.9');
    const bytes = await readBody(response, max, ctx.signal);
    const type = sniffImage(bytes);
    return type ? { bytes, type } : null;
  } catch {
    return null;
  }
}
