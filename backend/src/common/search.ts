/**
 * The one search mechanism: both sides go through `clique_fold(text)` (created by the
 * HouseInOrder migration: accents, ligatures and case folded, no `unaccent` needed), so
 * "Frederic" finds "Frédéric" and "ELODIE" finds "Élodie", on PostgreSQL and on PGlite alike.
 * The pattern is bound as a parameter with its LIKE wildcards escaped.
 */

/** Escapes LIKE wildcards so a search for `50%` finds `50%`, not everything. */
export function likePattern(q: string): string {
  return `%${q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const folded = (param: string) => `clique_fold(:${param}) ESCAPE '\\'`;

/** `(fold(a) LIKE fold(:q) OR fold(b) LIKE fold(:q) …)` over SQL expressions of type text. */
export function matchesAny(expressions: readonly string[], param = 'q'): string {
  return `(${expressions.map((e) => `clique_fold(${e}) LIKE ${folded(param)}`).join(' OR ')})`;
}

/** True when one element of a `text[]` column matches, e.g. a speaker's topics. */
export function anyElementMatches(arrayExpression: string, param = 'q'): string {
  return `EXISTS (SELECT 1 FROM unnest(${arrayExpression}) AS element
                   WHERE clique_fold(element) LIKE ${folded(param)})`;
}

/** The named parameter for a search condition: `{ q: '%…%' }`. */
export function searchParams(q: string, param = 'q'): Record<string, string> {
  return { [param]: likePattern(q) };
}
