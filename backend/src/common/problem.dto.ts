import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, type ErrorCode } from './error-codes';

export class FieldErrorDto {
  @ApiProperty({ example: 'email', description: 'dotted path, e.g. `rows.3.email`' })
  field: string;
  @ApiProperty({ example: 'isEmail', description: 'the failed rule, translated by the frontend' })
  code: string;
  @ApiProperty() message: string;
}

/**
 * Every error body (application/problem+json, RFC 9457). Its `code` enum is `ERROR_CODES`,
 * published as the `ErrorCode` schema so that the frontend's types list every code it translates.
 */
export class ProblemDto {
  @ApiProperty({ example: 'https://clique.app/problems/cohort/not_found' }) type: string;
  @ApiProperty({ example: 'Not Found' }) title: string;
  @ApiProperty({ example: 404 }) status: number;
  @ApiProperty({ enum: ERROR_CODES, enumName: 'ErrorCode' }) code: ErrorCode;
  @ApiPropertyOptional() detail?: string;
  @ApiPropertyOptional({ example: '/api/cohorts/…' }) instance?: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}
