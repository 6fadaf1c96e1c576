import { HttpException, HttpStatus } from '@nestjs/common';
import type { ErrorCode, NotFoundSubject } from './error-codes';

export type { ErrorCode, NotFoundSubject } from './error-codes';

export interface FieldError {
  /** Dotted path of the offending field, e.g. `email` or `rows.3.email`. */
  field: string;
  /** Stable machine code the frontend translates, e.g. `isEmail`, `whitelistValidation`. */
  code: string;
  message: string;
}

/** The body of every error: RFC 9457 problem details, plus a stable `code`. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/**
 * The one exception services throw for an expected failure. `code` is one of `ERROR_CODES`,
 * stable (the frontend translates it); `detail` is for humans reading logs or the raw API.
 */
export class ProblemException extends HttpException {
  constructor(
    status: HttpStatus,
    readonly code: ErrorCode,
    detail?: string,
    readonly extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super({ code, detail, ...extensions }, status);
  }
}

export const notFound = (what: NotFoundSubject, detail?: string) =>
  new ProblemException(HttpStatus.NOT_FOUND, `${what}.not_found`, detail ?? `No such ${what}.`);

export const conflict = (code: ErrorCode, detail: string, extensions?: Record<string, unknown>) =>
  new ProblemException(HttpStatus.CONFLICT, code, detail, extensions);

export const badRequest = (code: ErrorCode, detail: string, errors?: FieldError[]) =>
  new ProblemException(HttpStatus.BAD_REQUEST, code, detail, errors ? { errors } : {});

export const forbidden = (detail = 'You may not do this.') =>
  new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', detail);
