import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';

/**
 * Conditional GETs for the reads that calendar apps and the calendar page poll every few
 * minutes: the answer carries a strong ETag (a hash of what it says) and a request whose
 * `If-None-Match` names it gets a bodiless 304, so an unchanged calendar costs a query and a
 * hash instead of the whole body over the wire (and its parsing on the phone).
 *
 * A route opts in with `@Revalidated()`; its own `cache-control` says how long a client may use
 * its copy without asking (`private, no-cache` for the JSON calendar: always ask).
 * Like `@BodyLimit`, this is Fastify route config: the two cannot be stacked on one route.
 */
export const Revalidated = () => RouteConfig({ etag: true });

/**
 * The lines of an iCalendar body that change at every generation although nothing else did:
 * DTSTAMP is the time the file was written (RFC 5545 §3.8.7.2), not a property of the session.
 * A folded continuation (a line starting with a space or a tab) goes with its line.
 */
const DTSTAMP_LINE = /^DTSTAMP[;:][^\r\n]*(?:\r?\n[ \t][^\r\n]*)*(?:\r?\n)?/gm;

/** The strong ETag of a body: what it says, DTSTAMPs of a calendar aside. */
export function etagOf(body: string | Buffer, contentType: string): string {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  const hashed = /^text\/calendar\b/i.test(contentType) ? text.replace(DTSTAMP_LINE, '') : text;
  return `"${createHash('sha256').update(hashed).digest('base64url')}"`;
}

/**
 * Whether `If-None-Match` names this ETag: a list, `*`, and weak tags all compare weakly, as
 * RFC 9110 §13.1.2 asks of this header.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  const mine = bare(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === mine);
}

/**
 * Adds the ETag and the 304 to the routes marked `@Revalidated()`. A global onSend hook: Fastify
 * runs them before route-level ones, so it sees the body as the route wrote it, before
 * @fastify/compress (whose onSend is added to each route) encodes it. Call before `app.init()`.
 */
export function registerEtag(fastify: FastifyInstance): void {
  fastify.addHook(
    'onSend',
    async (request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> => {
      const config = request.routeOptions.config as { etag?: unknown } | undefined;
      if (config?.etag !== true || reply.statusCode !== 200) return payload;
      if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
      // Streams and files are not hashed: none of the opted-in routes answers with one.
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
      const etag = etagOf(payload, String(reply.getHeader('content-type') ?? ''));
      void reply.header('etag', etag);
      if (!matchesIfNoneMatch(request.headers['if-none-match'], etag)) return payload;
      // Not modified: no body and nothing describing one; the ETag and cache-control stay so
      // the client knows what it still holds and for how long.
      void reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      reply.removeHeader('content-disposition');
      return null;
    },
  );
}
