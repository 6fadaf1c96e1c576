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
