import { HttpStatus } from '@nestjs/common';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { jsonTooDeep, MAX_JSON_DEPTH } from './input-json';
import { findUnstorableText } from './input-text';
import { ProblemException } from './problem';
import { ProblemFilter } from './problem.filter';

/**
 * The checks every request passes before its route, whatever the endpoint (issue 14):
 *
 * - bodies are JSON only (`application/json`; multipart where a route takes an upload):
 *   anything else is a 415. A JSON body is measured before it is parsed: more than
 *   {@link MAX_JSON_DEPTH} levels of nesting is a 400 `invalid.too_deep`, more than the route's
 *   body limit a 413;
 * - every string of the body, the query and the path passes `findUnstorableText` (NUL, unpaired
 *   surrogates, control and bidirectional characters): a 400 naming each field;
 * - a multipart body goes only to the operations whose OpenAPI contract consumes
 *   `multipart/form-data` (the uploads, given by `acceptMultipartFrom`): elsewhere it is a 415,
 *   never an empty body that a PATCH would take for "change nothing".
 *
 * Call before `app.init()` registers the routes; the app is created with `bodyParser: false` so
 * that Nest adds no parser of its own (e.g. url-encoded forms).
 */
export interface InputGuards {
  /** Learns from the OpenAPI document which operations take multipart/form-data. */
  acceptMultipartFrom(document: OpenAPIObject): void;
}

export function registerInputGuards(fastify: FastifyInstance): InputGuards {
  const multipart = new Set<string>();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(['application/json', 'text/plain']);
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (
      request: FastifyRequest,
      body: string | Buffer,
      done: (err: Error | null, body?: unknown) => void,
    ) => {
      if (jsonTooDeep(String(body))) {
        done(
          new ProblemException(
            HttpStatus.BAD_REQUEST,
            'invalid.too_deep',
            `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels.`,
          ),
        );
        return;
      }
      void parseJson(request, String(body), done);
    },
  );

  fastify.addHook('preValidation', async (request: FastifyRequest) => {
    const type = request.headers['content-type'] ?? '';
    if (
      /^\s*multipart\//i.test(type) &&
      !multipart.has(`${request.method} ${request.routeOptions.url}`)
    )
      throw new ProblemException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'unsupported_media_type',
        'This operation takes application/json.',
      );
    const errors = [
      ...findUnstorableText(request.params),
      ...findUnstorableText(request.query),
      ...findUnstorableText(request.body),
    ];
    if (!errors.length) return;
    const names = [...new Set(errors.map((e) => e.field))].join(', ');
    throw new ProblemException(HttpStatus.BAD_REQUEST, 'validation', `Invalid input: ${names}.`, {
      errors,
    });
  });

  return {
    acceptMultipartFrom(document) {
      for (const [path, operations] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(operations)) {
          const content = (operation as { requestBody?: { content?: object } }).requestBody
            ?.content;
          if (content && 'multipart/form-data' in content)
            multipart.add(`${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`);
        }
      }
    },
  };
}

/**
 * Fastify's own refusals before any route is found (a path parameter longer than the router
 * takes: 414; a malformed URL: 400) as problem+json like every other error.
 */
export function frameworkErrors(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  const { body } = new ProblemFilter().toProblem(error);
  body.instance = request.url.split('?')[0]?.slice(0, 200);
  body.requestId = String(request.id);
  void reply
    .status(body.status)
    .header('cache-control', 'no-store')
    .header('content-type', 'application/problem+json; charset=utf-8')
    .send(body);
}
