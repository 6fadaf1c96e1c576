import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { badRequest } from './problem';

const toInt = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

/** `?page&size&sort&q` for every list endpoint. `sort` is `field` or `-field` (descending). */
export class PageQueryDto {
  @ApiPropertyOptional({ type: Number, minimum: 1, default: 1 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  page = 1;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 200, default: 25 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  size = 25;

  @ApiPropertyOptional({ description: 'field or -field' })
  @IsOptional()
  @IsString()
  @Matches(/^-?[a-zA-Z]+$/)
  sort?: string;

  @ApiPropertyOptional({ description: 'free-text search' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

/** Resolves `sort` against an allow-list of field → SQL column; an unknown field is a 400. */
export function resolveSort(
  sort: string | undefined,
  columns: Record<string, string>,
  fallback: [string, 'ASC' | 'DESC'],
): [string, 'ASC' | 'DESC'] {
  if (!sort) return fallback;
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const column = columns[field];
  if (!column) {
    const allowed = Object.keys(columns).join(', ');
    throw badRequest('validation', `Cannot sort by "${field}".`, [
      {
        field: 'sort',
        code: 'isIn',
        message: `sort must be one of: ${allowed} (prefix - for descending)`,
      },
    ]);
  }
  return [column, desc ? 'DESC' : 'ASC'];
}

/** Escapes LIKE wildcards so a search for `50%` finds `50%`, not everything. */
export function likePattern(q: string): string {
  return `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
