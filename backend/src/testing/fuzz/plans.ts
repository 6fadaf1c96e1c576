import fc from 'fast-check';
import type { Operation, Parameter } from './openapi';
import {
  type Field,
  fieldsOf,
  FORMATTED,
  kindOf,
  orderPairs,
  RawJson,
  serialize,
  setAt,
  validObject,
  validValue,
} from './values';
import { type Pools, poolForPathParam } from './world';

/** A request as Fastify's inject takes it. */
export interface FuzzRequest {
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export type BodyPlan =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | {
      kind: 'raw';
      payload: string | Buffer;
      contentType?: string;
      headers?: Record<string, string>;
    };

export interface Plan {
  path: Record<string, string>;
  /** Name and already percent-encoded value. */
  query: [string, string][];
  body: BodyPlan;
  mustRefuse: boolean;
  field?: string;
  note: string;
}

export interface Mutation {
  value: unknown;
  mustRefuse: boolean;
  note: string;
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes as invalid UTF-8. */
export function encode(value: string): string {
  return [...value]
    .map((ch) => {
      const code = ch.charCodeAt(0);
      if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff)
        return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
      return encodeURIComponent(ch);
    })
    .join('');
}

export const excerpt = (v: unknown) => {
  const s = v instanceof RawJson ? v.text : (serialize(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s;
};

// --- Valid starting points ----------------------------------------------------------------------

function pathValue(
  op: Operation,
  p: Parameter,
  pools: Pools,
  realIds = false,
): fc.Arbitrary<string> {
  const pool = pools[poolForPathParam(op.path, p.name)] ?? [];
  return fc
    .oneof(
      { weight: pool.length ? 8 : 0, arbitrary: fc.constantFrom(...(pool.length ? pool : ['x'])) },
      { weight: realIds && pool.length ? 0 : 1, arbitrary: fc.uuid({ version: 4 }) },
    )
    .map(encode);
}

export function queryValue(p: Parameter, pools: Pools): fc.Arbitrary<string> {
  if (p.name === 'lang') return fc.constantFrom('fr', 'en');
  if (p.name === 'q' || p.name === 'topic' || p.name === 'organisation')
    return fc.constantFrom('a', 'Léa', 'réseaux', 'x');
  if (p.name === 'page') return fc.constantFrom('1', '2');
  if (p.name === 'size') return fc.constantFrom('10', '25', '200');
  const kind = kindOf(p.name, p.schema);
  if (kind === 'boolean') return fc.constantFrom('true', 'false');
  return validValue(p.name, p.schema, pools).map((v) => encode(String(v)));
}

const RANGES: [string, string][] = [
  ['from', 'to'],
  ['freeFrom', 'freeTo'],
];

export function basePlan(op: Operation, pools: Pools, realIds = false): fc.Arbitrary<Plan> {
  const path = fc.record(
    Object.fromEntries(op.pathParams.map((p) => [p.name, pathValue(op, p, pools, realIds)])),
  ) as fc.Arbitrary<Record<string, string>>;
  const query = fc
    .tuple(
      ...op.queryParams.map((p) =>
        p.required
          ? queryValue(p, pools).map((v) => [p.name, v] as [string, string])
          : fc.option(
              queryValue(p, pools).map((v) => [p.name, v] as [string, string]),
              { nil: undefined, freq: 2 },
            ),
      ),
    )
    .map((pairs) => {
      let present = pairs.filter((x): x is [string, string] => x !== undefined);
      // A range is given whole or not at all (half of one is refused for that reason).
      const names = new Set(present.map(([k]) => k));
      for (const [a, b] of RANGES)
        if (names.has(a) !== names.has(b)) present = present.filter(([k]) => k !== a && k !== b);
      // A range given by two instants: start before end.
      const o = orderPairs(Object.fromEntries(present.map(([k, v]) => [k, decodeURIComponent(v)])));
      return present.map(([k]) => [k, encode(String(o[k]))] as [string, string]);
    });
  const body: fc.Arbitrary<BodyPlan> = !op.body
    ? fc.constant({ kind: 'none' })
    : op.body.mediaType === 'application/json'
      ? validObject(op.body.schema, pools).map((value) => ({ kind: 'json', value }))
      : fc.constant(pdfForm());
  return fc
    .record({ path, query, body })
    .map((r) => ({ ...r, mustRefuse: false, note: 'valid-looking' }));
}

export function pdfForm(): BodyPlan {
  const boundary = '----cliquefuzz';
  const payload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n` +
      `\r\n--${boundary}--\r\n`,
  );
  return { kind: 'raw', payload, contentType: `multipart/form-data; boundary=${boundary}` };
}

// --- Mutating one field of the body or one query parameter -------------------------------------

export function bodyFields(op: Operation): Field[] {
  if (op.body?.mediaType !== 'application/json') return [];
  let fields = fieldCache.get(op);
  if (!fields) {
    fields = fieldsOf(op.body.schema);
    fieldCache.set(op, fields);
  }
  return fields;
}
const fieldCache = new WeakMap<Operation, Field[]>();

export function mutateBody(
  op: Operation,
  pools: Pools,
  accept: (f: Field) => boolean,
  mutations: (f: Field) => fc.Arbitrary<Mutation>,
): fc.Arbitrary<Plan> | undefined {
  const fields = bodyFields(op).filter(accept);
  if (!fields.length) return undefined;
  return fc.tuple(basePlan(op, pools), fc.constantFrom(...fields)).chain(([plan, f]) =>
    mutations(f).map((m) => ({
      ...plan,
      body: {
        kind: 'json' as const,
        value: setAt((plan.body as { value?: unknown }).value, f.path, m.value),
      },
      mustRefuse: m.mustRefuse,
      field: f.dotted,
      note: `${f.dotted} = ${excerpt(m.value)}: ${m.note}`,
    })),
  );
}

export function mutateQuery(
  op: Operation,
  pools: Pools,
  accept: (p: Parameter) => boolean,
  mutations: (p: Parameter) => fc.Arbitrary<Mutation>,
): fc.Arbitrary<Plan> | undefined {
  const params = op.queryParams.filter(accept);
  if (!params.length) return undefined;
  return fc.tuple(basePlan(op, pools), fc.constantFrom(...params)).chain(([plan, p]) =>
    mutations(p).map((m) => ({
      ...plan,
      query: [...plan.query.filter(([k]) => k !== p.name), [p.name, String(m.value)]] as [
        string,
        string,
      ][],
      mustRefuse: m.mustRefuse,
      field: p.name,
      note: `?${p.name}=${excerpt(String(m.value))}: ${m.note}`,
    })),
  );
}

/** Either of the arbitraries that apply; undefined when none does. */
export function either(
  ...arbs: (fc.Arbitrary<Plan> | undefined)[]
): fc.Arbitrary<Plan> | undefined {
  const present = arbs.filter((a): a is fc.Arbitrary<Plan> => a !== undefined);
  return present.length ? fc.oneof(...present) : undefined;
}

export const stringField = (f: Field) =>
  !['number', 'boolean', 'array', 'object'].includes(f.kind) && f.schema.type !== 'number';
export const stringParam = (p: Parameter) =>
  p.schema.type !== 'number' && p.schema.type !== 'integer' && p.schema.type !== 'boolean';

/** Inserts `bad` into a plausible value, at the start, the middle or the end. */
const spliced = (bad: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('Léa', 'lea@example.ch', '2026-09-04', 'Atelier'), bad, fc.nat(3))
    .map(([base, b, at]) => {
      const i = Math.min(at * 2, base.length);
      return base.slice(0, i) + b + base.slice(i);
    });

export function textClass(
  op: Operation,
  pools: Pools,
  bad: fc.Arbitrary<string>,
  note: string,
): fc.Arbitrary<Plan> | undefined {
  return either(
    mutateBody(op, pools, stringField, (f) =>
      spliced(bad).map((value) => ({ value, mustRefuse: FORMATTED.includes(f.kind), note })),
    ),
    mutateQuery(op, pools, stringParam, (p) =>
      spliced(bad).map((value) => ({
        value: encode(value),
        mustRefuse: FORMATTED.includes(kindOf(p.name, p.schema)),
        note,
      })),
    ),
  );
}

/** The request a plan describes, as Fastify's inject takes it. */
export function toRequest(op: Operation, plan: Plan): FuzzRequest {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => plan.path[name] ?? '');
  const query = plan.query.map(([k, v]) => `${k}=${v}`).join('&');
  const url = query ? `${path}?${query}` : path;
  const headers: Record<string, string> = {};
  let payload: string | Buffer | undefined;
  if (plan.body.kind === 'json') {
    payload = serialize(plan.body.value);
    headers['content-type'] = 'application/json';
  } else if (plan.body.kind === 'raw') {
    payload = plan.body.payload;
    if (plan.body.contentType) headers['content-type'] = plan.body.contentType;
    Object.assign(headers, plan.body.headers ?? {});
  }
  return { method: op.method, url, headers, payload };
}
