import { HttpErrorResponse } from '@angular/common/http';
import { type Problem } from './types';

/** Code of the synthetic problem made when the API could not be reached (status 0). */
export const NETWORK_ERROR_CODE = 'network';
/** Code of the synthetic problem made for an error without a problem+json body. */
export const UNKNOWN_ERROR_CODE = 'unknown';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/** Reads a Retry-After header: delta-seconds or an HTTP date (RFC 9110). */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * Turns whatever an API call failed with into a Problem, so that pages handle one shape:
 * the server's problem+json when there is one, else a synthetic problem
 * (`network` for status 0, `internal` for a 5xx, `unknown` otherwise).
 */
export function toProblem(error: unknown): Problem {
  if (!(error instanceof HttpErrorResponse)) {
    return {
      type: 'about:blank',
      title: error instanceof Error ? error.message : 'Error',
      status: 0,
      code: UNKNOWN_ERROR_CODE,
    };
  }
  if (error.status === 0) {
    return { type: 'about:blank', title: 'Network error', status: 0, code: NETWORK_ERROR_CODE };
  }
  const body = parseBody(error.error);
  const retryAfter = parseRetryAfter(error.headers?.get('Retry-After') ?? null);
  if (isRecord(body) && typeof body['code'] === 'string') {
    const problem = body as unknown as Problem;
    return {
      ...problem,
      status: typeof problem.status === 'number' ? problem.status : error.status,
      retryAfterSeconds: problem.retryAfterSeconds ?? retryAfter,
    };
  }
  return {
    type: 'about:blank',
    title: error.statusText || 'Error',
    status: error.status,
    code: error.status >= 500 ? 'internal' : UNKNOWN_ERROR_CODE,
    retryAfterSeconds: retryAfter,
  };
}
