import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { constants as zlib } from 'node:zlib';
import { Logger } from 'nestjs-pino';
import { AppModule, type AppModuleOptions, requestId } from './app.module';
import { DataSource } from 'typeorm';
import { applyRouteBodyLimits } from './common/body-limit';
import { registerCompiledResponses } from './common/compiled-response';
import { registerEtag } from './common/etag';
import { frameworkErrors, registerInputGuards } from './common/input-guard';
import { usePreparedStatements } from './common/prepared';
import { ProblemFilter } from './common/problem.filter';
import { ProblemDto } from './common/problem.dto';
import { createValidationPipe } from './common/validation';
import { WELL_KNOWN_ROUTES } from './credentials';
import { CSRF_COOKIE, setCsrfCookie } from './identity/cookies';
import { randomToken } from './identity/secrets';

function trustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

/**
 * How long a browser may keep a built file: a file whose name holds its content's hash never
 * changes (a year, immutable); anything else, index.html first, is revalidated on every use.
 */
export function staticCacheControl(path: string): string {
  // path may be the brotli or gzip copy (main-ABCD1234.js.br) the file is answered with.
  const hashed =
    /-[A-Z0-9]{8}\.(js|css|woff2?)(\.br|\.gz)?$/.test(path) || /[\\/]media[\\/]/.test(path);
  return hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Longest time a whole request may take to arrive: a 50 MB upload over a slow phone link fits. */
const REQUEST_TIMEOUT_MS = 15 * 60 * 1000;

/** Builds the whole app (API, docs, static frontend) without listening: main.ts and tests share it. */
export async function createApp(
  options: AppModuleOptions & { bufferLogs?: boolean },
): Promise<NestFastifyApplication> {
  const { config } = options;
  const adapter = new FastifyAdapter({
    trustProxy: trustProxy(config.TRUST_PROXY),
    genReqId: requestId,
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors,
    // No request may take forever to arrive (Fastify's default is no limit): a slow JSON body
    // is cut off at this bound; uploads also have their own idle timeout, far shorter.
    requestTimeout: REQUEST_TIMEOUT_MS,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(options),
    adapter,
    {
      bufferLogs: options.bufferLogs ?? true,
      // JSON only, parsed by registerInputGuards (no url-encoded forms).
      bodyParser: false,
      logger: config.LOG_LEVEL === 'silent' ? false : undefined,
    },
  );
  app.useLogger(app.get(Logger));
  usePreparedStatements(app.get(DataSource), options.preparedStatements ?? true);
  app.enableShutdownHooks();
  // did:web and the JWKS live at the origin's /.well-known/, where verifiers look.
  app.setGlobalPrefix('api', { exclude: WELL_KNOWN_ROUTES });
  app.useGlobalPipes(createValidationPipe());

  const fastify = app.getHttpAdapter().getInstance();
  applyRouteBodyLimits(fastify); // before app.init() registers the routes
  const inputGuards = registerInputGuards(fastify);
  // Answers above 1 KB of a compressible type (JSON, problem+json, text/calendar, CSV; not PDF
  // or images) are compressed when the client accepts it. Brotli at quality 4 costs about what
  // gzip -6 does for a smaller result; quality 11 is for the built files, compressed once at
  // build time. Its onSend runs on each route, after the app-wide onSend hooks (the ETag's).
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
  });
  // ETag and 304 of the @Revalidated() reads: a global onSend, so it hashes the body before
  // compression (an onSend of each route, run after the global ones) encodes it.
  registerEtag(fastify);
  await app.register(fastifyCookie);
  // Uploads stream to the file store (never buffered); one file per request, within the limit.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 10_000 },
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: config.PUBLIC_URL.startsWith('https:'),
  });

  // Every response carries the request id, and a CSRF cookie for the browser to echo back.
  fastify.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
    void reply.header('x-request-id', String(request.id));
    // API answers carry personal data: never stored by a browser or proxy, unless the route
    // set its own rule (e.g. a calendar feed).
    if (request.url.startsWith('/api') && !reply.hasHeader('cache-control'))
      void reply.header('cache-control', 'no-store');
    const already = String(reply.getHeader('set-cookie') ?? '').includes(`${CSRF_COOKIE}=`);
    if (already) return;
    const current = request.cookies?.[CSRF_COOKIE];
    const wanted = request.authUser?.csrfToken;
    if (wanted ? current !== wanted : !current)
      setCsrfCookie(request, reply, wanted ?? randomToken());
  });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Clique API')
      .setDescription('Programmes, cohorts, sessions, projects, assessments and diplomas.')
      .setVersion('1')
      .addCookieAuth('cq_session')
      .build(),
    { extraModels: [ProblemDto] },
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  inputGuards.acceptMultipartFrom(document);
  // @CompiledResponse() routes serialise their 200 with a function compiled from this document.
  registerCompiledResponses(fastify, document);

  const staticDir = resolve(config.STATIC_DIR ?? resolve(__dirname, '..', 'frontend', 'browser'));
  if (existsSync(resolve(staticDir, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: false,
      index: false,
      // The build writes file.br and file.gz beside each file (scripts/compress-static.mjs):
      // served by the client's accept-encoding, the original otherwise.
      preCompressed: true,
      setHeaders: (reply, path) => void reply.header('cache-control', staticCacheControl(path)),
    });
    // Every other GET outside /api is a route of the Angular app.
    const problems = new ProblemFilter();
    fastify.get('/*', (request, reply) => {
      if (request.url === '/api' || request.url.startsWith('/api/')) {
        const { body } = problems.toProblem({
          statusCode: 404,
          message: `Cannot GET ${request.url.split('?')[0]}`,
        });
        return reply.status(404).type('application/problem+json; charset=utf-8').send(body);
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  }
  return app;
}
