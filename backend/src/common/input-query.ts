import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { type Language, LANGUAGES } from './role';

/**
 * Values from a query string, where everything arrives as text. Only the exact spellings below
 * become numbers or booleans; anything else stays a string, which `@IsInt()` or `@IsBoolean()`
 * then refuses with a 400 naming the field (never a silent default).
 */

/**
 * Plain decimal integers (`12`, `-3`) of at most 15 digits; `1e308`, `0x10`, `1.5`, `2.0`, ` 2`,
 * `Infinity` or twenty digits stay strings. Bound every such parameter with `@Min`/`@Max`.
 */
export const toQueryInt = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;

/** `true`/`1` and `false`/`0`; `yes`, `banana` or a repeated parameter stay as they are. */
export const toQueryBool = ({ value }: { value: unknown }): unknown => {
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return value;
};

/** The largest value of a PostgreSQL `integer` column: the bound of counters and sequences. */
export const MAX_INT4 = 2_147_483_647;

/** `?lang=fr|en` of a download (an iCalendar file): anything else, or given twice, is a 400. */
export class LanguageQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'default: the reader’s language, else fr' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}
