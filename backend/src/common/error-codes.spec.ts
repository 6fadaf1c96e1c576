import { BadRequestException, HttpException, HttpStatus } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { ERROR_CODES, isErrorCode } from './error-codes';
import { notFound } from './problem';
import { ProblemFilter } from './problem.filter';

describe('ERROR_CODES', () => {
  it('lists each code once, as `domain.reason` or a bare generic code, in snake_case', () => {
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
    const malformed = ERROR_CODES.filter(
      (code) => !/^[a-z]+(_[a-z]+)*(\.[a-z]+(_[a-z]+)*)?$/.test(code),
    );
    expect(malformed).toEqual([]);
  });

  it('builds a listed not-found code from its subject', () => {
    expect(notFound('calendar_feed').code).toBe('calendar_feed.not_found');
    expect(isErrorCode(notFound('defence').code)).toBe(true);
  });
});

describe('ProblemFilter codes', () => {
  const filter = new ProblemFilter();
  const codeOf = (exception: unknown) => filter.toProblem(exception).body.code;

  it('answers every HTTP error status with a listed code', () => {
    const statuses = [400, 401, 403, 404, 405, 409, 410, 413, 415, 418, 422, 429, 500, 502, 503];
    const codes = statuses.map((status) => codeOf(new HttpException('x', status)));
    expect(codes.filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it('answers a framework error (Fastify, a Nest pipe) with a listed code', () => {
    const fastify = Object.assign(new Error('Body is too large'), {
      statusCode: 413,
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
    });
    const odd = Object.assign(new Error('odd'), { statusCode: 451 });
    expect(
      [codeOf(fastify), codeOf(odd), codeOf(new BadRequestException())].filter(
        (c) => !isErrorCode(c),
      ),
    ).toEqual([]);
  });

  it('answers a database error with a listed code, mapped or not', () => {
    const failure = (code: string) =>
      new QueryFailedError('SELECT', [], Object.assign(new Error('pg'), { code }));
    const codes = [
      '23505',
      '23P01',
      '23503',
      '23001',
      '23514',
      '22P02',
      '22001',
      '22003',
      '22007',
      '22008',
      '40001',
    ].map((sqlState) => codeOf(failure(sqlState)));
    expect(codes.filter((code) => !isErrorCode(code))).toEqual([]);
    expect(codeOf(new Error('boom'))).toBe('internal');
    expect(filter.toProblem(new HttpException('x', HttpStatus.GONE)).body.status).toBe(410);
  });
});
