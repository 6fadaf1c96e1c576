import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
  Optional,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DatabaseOutage, RETRY_AFTER_SECONDS } from './database-outage';
import { isDatabaseUnavailable } from './db-errors';
import { type ErrorCode, type ProblemBody, ProblemException } from './problem';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

const DEFAULT_CODES: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  413: 'payload_too_large',
  414: 'uri_too_long',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
  500: 'internal',
  503: 'unavailable',
};

/** SQLSTATEs a service forgot to map still answer a 4xx rather than a 500. */
const SQLSTATE_STATUS: Record<string, [number, ErrorCode]> = {
  '23505': [409, 'conflict.unique'],
  '23P01': [409, 'conflict.overlap'],
  '23503': [409, 'conflict.reference'],
  '23001': [409, 'conflict.reference'],
  '23514': [400, 'invalid.check'],
  '22P02': [400, 'invalid.syntax'],
  '22001': [400, 'invalid.too_long'],
  '22003': [400, 'invalid.out_of_range'],
  '22007': [400, 'invalid.datetime'],
  '22008': [400, 'invalid.datetime'],
};

export function problemType(code: string): string {
  return `https://clique.app/problems/${code.replace(/\./g, '/')}`;
}

/** Turns every error into application/problem+json (RFC 9457), never with a stack trace. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  /** Told of each request the database could not serve, to log an outage once, not per request. */
  constructor(@Optional() private readonly outage?: DatabaseOutage) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const { body, headers } = this.toProblem(exception);
    body.instance = request.url.split('?')[0];
    body.requestId = String(request.id);
    if (isDatabaseUnavailable(exception)) {
      this.outage?.reportFailure(exception);
    } else if (body.status >= 500 && body.code !== 'unavailable') {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
    void reply
      .status(body.status)
      .header('content-type', 'application/problem+json; charset=utf-8')
      .send(body);
  }

  toProblem(exception: unknown): { body: ProblemBody; headers: Record<string, string> } {
    if (exception instanceof ProblemException) {
      const status = exception.getStatus();
      const { code } = exception;
      const response = exception.getResponse() as Record<string, unknown>;
      return {
        body: {
          ...response,
          type: problemType(code),
          title: TITLES[status] ?? 'Error',
          status,
          code,
          detail:
            exception.message === 'Http Exception' ? undefined : (response['detail'] as string),
        },
        headers: exception.headers,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const detail =
        typeof response === 'string'
          ? response
          : (((response as Record<string, unknown>)['message'] as string | undefined) ??
            exception.message);
      const code = DEFAULT_CODES[status] ?? 'error';
      return {
        body: {
          type: problemType(code),
          title: TITLES[status] ?? 'Error',
          status,
          code,
          detail: Array.isArray(detail) ? detail.join('; ') : String(detail),
        },
        headers: {},
      };
    }
    if (isDatabaseUnavailable(exception)) {
      return {
        body: {
          type: problemType('unavailable'),
          title: TITLES[503],
          status: HttpStatus.SERVICE_UNAVAILABLE,
          code: 'unavailable',
          detail: 'The database is out of reach for a moment. Try again shortly.',
        },
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
      };
    }
    if (exception instanceof QueryFailedError) {
      const sqlState = (exception.driverError as { code?: string } | undefined)?.code ?? '';
      const mapped = SQLSTATE_STATUS[sqlState];
      if (mapped) {
        const [status, code] = mapped;
        return {
          body: {
            type: problemType(code),
            title: TITLES[status],
            status,
            code,
            detail: 'The request conflicts with stored data.',
          },
          headers: {},
        };
      }
    }
    const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
    if (
      typeof fastifyError?.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      const status = fastifyError.statusCode;
      const code = DEFAULT_CODES[status] ?? 'bad_request';
      return {
        body: {
          type: problemType(code),
          title: TITLES[status] ?? 'Error',
          status,
          code,
          // Fastify's 414 message repeats the whole path: never echo it.
          detail: status === 414 ? 'The URL is too long.' : fastifyError.message,
        },
        headers: {},
      };
    }
    return {
      body: {
        type: problemType('internal'),
        title: TITLES[500],
        status: HttpStatus.INTERNAL_SERVER_ERROR,
        code: 'internal',
        detail: 'Something went wrong on our side. The error has been logged.',
      },
      headers: {},
    };
  }
}
