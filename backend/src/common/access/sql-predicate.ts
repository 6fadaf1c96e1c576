import type { Viewer } from './viewer';

/**
 * A SQL condition with its named parameters (`:name`), usable as it is with the query builder
 * (`qb.andWhere(p.sql, p.params)`) and with `namedQuery` (`{ ...params, ...p.params }`).
 */
export interface SqlPredicate {
  sql: string;
  params: Record<string, unknown>;
}

export const ALWAYS: SqlPredicate = { sql: 'TRUE', params: {} };
export const NEVER: SqlPredicate = { sql: 'FALSE', params: {} };

/**
 * The parameter that carries the viewer's id. Its name is derived from the id, so two
 * predicates for the same viewer share it and predicates for two viewers cannot collide.
 */
export function viewerParam(viewer: Viewer): { ref: string; params: Record<string, unknown> } {
  const name = `access_${viewer.id.replace(/[^A-Za-z0-9]/g, '')}`;
  return { ref: `:${name}`, params: { [name]: viewer.id } };
}

/** A predicate from SQL written with `ref` for the viewer's id. */
export function forViewer(viewer: Viewer, build: (ref: string) => string): SqlPredicate {
  const { ref, params } = viewerParam(viewer);
  return { sql: build(ref), params };
}

export function anyOf(...predicates: SqlPredicate[]): SqlPredicate {
  return combine(predicates, 'OR');
}

export function allOf(...predicates: SqlPredicate[]): SqlPredicate {
  return combine(predicates, 'AND');
}

function combine(predicates: SqlPredicate[], op: 'AND' | 'OR'): SqlPredicate {
  return {
    sql: `(${predicates.map((p) => p.sql).join(` ${op} `)})`,
    params: Object.assign({}, ...predicates.map((p) => p.params)) as Record<string, unknown>,
  };
}

/**
 * Capabilities as select columns: `COALESCE((<predicate>), FALSE) AS <name>` for each, so a
 * flag such as "is staff of this project" comes from the policy's SQL, never NULL.
 */
export function asColumns(columns: Record<string, SqlPredicate>): SqlPredicate {
  const entries = Object.entries(columns);
  return {
    sql: entries.map(([name, p]) => `COALESCE((${p.sql}), FALSE) AS ${name}`).join(', '),
    params: Object.assign({}, ...entries.map(([, p]) => p.params)) as Record<string, unknown>,
  };
}
