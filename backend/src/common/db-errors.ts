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
  if (driverError?.code !== sqlState) return undefined;
  if (constraint && driverError.constraint !== constraint) return undefined;
  return driverError;
}

export const UNIQUE_VIOLATION = '23505';
export const EXCLUSION_VIOLATION = '23P01';
export const CHECK_VIOLATION = '23514';
export const FOREIGN_KEY_VIOLATION = '23503';
