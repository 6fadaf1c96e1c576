import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { toQueryInt } from './input-query';
import { badRequest } from './problem';

/** The last page anyone may ask for: its offset stays an exact integer in JavaScript and SQL. */
export const MAX_PAGE = 100_000;

/**
 * ICU root collation: French order ("Élodie" among the E's, "Léa" before "Lucas"); present on
 * PostgreSQL built with ICU and on the embedded PGlite. The sort indexes use it too.
 */
export const SORT_COLLATION = 'und-x-icu';

/** A text sort key in French order. */
export const collated = (sql: string): string => `${sql} COLLATE "${SORT_COLLATION}"`;

/** `field` ascending or `-field` descending. */
export type SortValue<F extends string> = F | `-${F}`;

/** The SQL expression for every sortable field of a list: the compiler checks none is missing. */
export type SortColumns<F extends string> = Record<F, string>;

export const sortValues = <F extends string>(fields: readonly F[]): SortValue<F>[] =>
  fields.flatMap((f) => [f, `-${f}` as const]);

/** `?page&size&q` for every list endpoint; `sort` comes per list from {@link PageQuery}. */
export class PageParamsDto {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Transform(toQueryInt)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 200, default: 25 })
  @IsOptional()
  @Transform(toQueryInt)
  @IsInt()
  @Min(1)
  @Max(200)
  size = 25;

  @ApiPropertyOptional({ description: 'free-text search, accents and case ignored' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

/** What the paging helpers read from a query DTO. */
export interface PageRequest {
  page: number;
  size: number;
  sort?: string;
}

/**
 * A query DTO base for one list: `sort` is one of the list's fields (or `-field`), published
 * as the named enum `enumName` in the OpenAPI document; anything else is a 400 naming `sort`.
 */
export function PageQuery<F extends string>(fields: readonly F[], enumName: string) {
  const values = sortValues(fields);
  class SortedPageQueryDto extends PageParamsDto {
    @ApiPropertyOptional({ enum: values, enumName, description: 'field, or -field descending' })
    @IsOptional()
    @IsIn(values)
    sort?: SortValue<F>;
  }
  return SortedPageQueryDto;
}

/** `{ items, total, page, size }`, described per item type: `class XPageDto extends PageOf(XDto) {}`. */
export function PageOf<T>(item: Type<T>) {
  class PageOfItemsDto {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty() total: number;
    @ApiProperty() page: number;
    @ApiProperty() size: number;
  }
  return PageOfItemsDto;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

/** One ORDER BY term. */
export type OrderTerm = [expression: string, direction: 'ASC' | 'DESC'];

/** Resolves `sort` against an allow-list of field → SQL column; an unknown field is a 400. */
export function resolveSort(
  sort: string | undefined,
  columns: Record<string, string>,
  fallback: [string, 'ASC' | 'DESC'],
): [string, 'ASC' | 'DESC'] {
  if (!sort) return fallback;
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const column = Object.hasOwn(columns, field) ? columns[field] : undefined;
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

/**
 * The ORDER BY of a page: the requested sort (or the fallback), empty values last, then the
 * unique `tieBreaker` (the id), so that rows with equal keys never repeat or skip across pages.
 */
export function pageOrder<F extends string>(
  sort: string | undefined,
  columns: SortColumns<F>,
  fallback: SortValue<F>,
  tieBreaker: string,
): OrderTerm[] {
  return [resolveSort(sort ?? fallback, columns, ['', 'ASC']), [tieBreaker, 'ASC']];
}

/** The ORDER BY list of `order` (without the keywords), as pageOfSql writes it. */
export const orderSql = (order: OrderTerm[]) =>
  order.map(([e, d], i) => `${e} ${d}${i < order.length - 1 ? ' NULLS LAST' : ''}`).join(', ');

/** LIMIT and OFFSET of a page. */
export const pageWindow = (request: PageRequest) => ({
  limit: request.size,
  offset: (request.page - 1) * request.size,
});

export const toPage = <T>(items: T[], total: number, request: PageRequest): Page<T> => ({
  items,
  total,
  page: request.page,
  size: request.size,
});

/**
 * One page over a query builder in two statements whatever its size: the count, then the
 * rows in `order`, read by `fetch` (getMany, getRawMany, getRawAndEntities…).
 */
export async function pageOfQuery<E extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<E>,
  request: PageRequest,
  order: OrderTerm[],
  fetch: (qb: SelectQueryBuilder<E>) => Promise<R>,
): Promise<{ rows: R; total: number }> {
  const total = await qb.getCount();
  const [first, ...rest] = order;
  if (first) qb.orderBy(first[0], first[1], 'NULLS LAST');
  for (const [expression, direction] of rest) qb.addOrderBy(expression, direction);
  const { limit, offset } = pageWindow(request);
  const rows = await fetch(qb.offset(offset).limit(limit));
  return { rows, total };
}

/**
 * One page over a raw SELECT in two statements: `run` executes SQL with the caller's named
 * parameters (e.g. `(sql) => namedQuery(m, sql, params)`).
 */
export async function pageOfSql<R>(
  run: (sql: string) => Promise<unknown[]>,
  select: string,
  request: PageRequest,
  order: OrderTerm[],
): Promise<{ rows: R[]; total: number }> {
  const [count] = (await run(`SELECT count(*)::int AS total FROM (${select}) AS counted`)) as {
    total: number;
  }[];
  const { limit, offset } = pageWindow(request);
  const rows = (await run(
    `${select} ORDER BY ${orderSql(order)} LIMIT ${limit} OFFSET ${offset}`,
  )) as R[];
  return { rows, total: count?.total ?? 0 };
}
