import { QueryFailedError } from 'typeorm';

export interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** The PostgreSQL error behind a failed query, when it has this SQLSTATE (and constraint). */
export function pgError(
  error: unknown,
  sqlState: string,
  constraint?: string,
): PgError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as PgError;
  const codes =
    sqlState === FOREIGN_KEY_VIOLATION ? [FOREIGN_KEY_VIOLATION, RESTRICT_VIOLATION] : [sqlState];
  if (!codes.includes(driverError?.code ?? '')) return undefined;
  if (constraint && driverError.constraint !== constraint) return undefined;
  return driverError;
}

export const UNIQUE_VIOLATION = '23505';
export const EXCLUSION_VIOLATION = '23P01';
export const CHECK_VIOLATION = '23514';
export const FOREIGN_KEY_VIOLATION = '23503';
/** PostgreSQL 17+ (and so PGlite) reports an ON DELETE RESTRICT reference with this one. */
export const RESTRICT_VIOLATION = '23001';

/** Socket errors: the database server cannot be reached, or dropped the connection. */
const UNREACHABLE_SOCKET = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going away, starting up or full: 57P01 admin_shutdown,
 * 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections, and 57014
 * query_canceled (the app cancels nothing itself: it is the statement timeout firing).
 * Class 08 (connection exception) is matched as a class.
 */
const UNAVAILABLE_SQLSTATE = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/** What node-postgres and pg-pool say, without a code, when a connection is lost or not had. */
const UNAVAILABLE_MESSAGE =
  /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|Client was closed and is not queryable|Cannot use a pool after calling end)/;

function causes(error: unknown): unknown[] {
  const found: unknown[] = [];
  const queue = [error];
  while (queue.length && found.length < 10) {
    const next = queue.shift();
    if (!next || typeof next !== 'object' || found.includes(next)) continue;
    found.push(next);
    const { driverError, cause, errors } = next as {
      driverError?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    queue.push(driverError, cause, ...(Array.isArray(errors) ? errors : []));
  }
  return found;
}

/**
 * True when a failure says nothing about the request, only that the database is out of reach
 * for now (down, restarting, refusing connections, the pool exhausted, a statement timed out):
 * the answer is then 503 with Retry-After, never 500.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string') {
      if (UNREACHABLE_SOCKET.has(code) || UNAVAILABLE_SQLSTATE.has(code)) return true;
      if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    }
    return typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message);
  });
}

/** One line for a log: the SQLSTATE or socket code and the message, never a stack or a query. */
export function describeDatabaseError(error: unknown): string {
  const cause = causes(error).find((e) => typeof (e as { code?: unknown }).code === 'string');
  const { code, message } = (cause ?? error ?? {}) as { code?: string; message?: string };
  const text = message ?? String(error);
  return code ? `${code} ${text}` : text;
}
