import fc from 'fast-check';
import type { Schema } from './openapi';
import { type Pools, poolForField } from './world';

/** A JSON token written as it is (`99999999999999999999`, `1e309`), where JSON.stringify cannot. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON.stringify, with RawJson tokens spliced in verbatim. */
export function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\uE000${raws.length - 1}\uE000`;
    }
    return v;
  });
  return (text ?? '').replace(/"\uE000(\d+)\uE000"/g, (_m, i: string) => raws[Number(i)]);
}

/** What a field name says about its content where the schema is silent (`dueAt`, `startTime`). */
export type Kind =
  | 'uuid'
  | 'date-time'
  | 'date'
  | 'date-or-instant'
  | 'time'
  | 'email'
  | 'url'
  | 'text'
  | 'number'
  | 'boolean'
  | 'enum'
  | 'array'
  | 'object';

export function kindOf(name: string, schema: Schema): Kind {
  if (schema.enum?.length) return 'enum';
  if (schema.type === 'array') return 'array';
  if (schema.type === 'object' || schema.properties) return 'object';
  if (schema.type === 'number' || schema.type === 'integer') return 'number';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.format === 'uuid' || /Ids?$/.test(name)) return 'uuid';
  // "A date or an instant" (a milestone's dueAt): a date (its example) or a date-time.
  if (
    !schema.format &&
    /At$/.test(name) &&
    ((typeof schema.example === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(schema.example)) ||
      schema.description?.startsWith('YYYY-MM-DD'))
  )
    return 'date-or-instant';
  if (schema.format === 'date-time' || /At$/.test(name) || /^free(From|To)$/.test(name))
    return 'date-time';
  if (schema.format === 'date' || /On$/.test(name) || /^(except)?[dD]ates$/.test(name))
    return 'date';
  if (/Time$/.test(name)) return 'time';
  if (/email/i.test(name)) return 'email';
  if (/(url|Url|website)$/.test(name)) return 'url';
  return 'text';
}

/** Kinds whose text has a grammar: a string that breaks it can only be refused. */
export const FORMATTED: Kind[] = ['uuid', 'date-time', 'date', 'date-or-instant', 'time', 'enum'];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY = 86_400_000;

/** A calendar day between ten days ago and 200 days on, as YYYY-MM-DD. */
const day = fc.integer({ min: -10, max: 200 }).map((d) => {
  const at = new Date(Date.now() + d * DAY);
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
});

export const validDateTime = fc
  .tuple(day, fc.integer({ min: 8, max: 16 }), fc.constantFrom('+01:00', '+02:00', 'Z'))
  .map(([d, h, offset]) => `${d}T${pad(h)}:00:00${offset}`);

const words = [
  'Culture numérique',
  'Léa Müller',
  'Atelier « réseaux »',
  'Zoë Ørsted',
  'Stratégie éditoriale',
  'Communauté',
];
export const validText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...words) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 24 }) },
);

const hex = fc.stringMatching(/^[0-9a-f]{8}$/);

function fromPool(pools: Pools, name: string): fc.Arbitrary<string> {
  const pool = pools[poolForField(name) ?? ''] ?? [];
  const all = Object.entries(pools)
    .filter(([k]) => !/Token|File|emails/.test(k))
    .flatMap(([, v]) => v);
  return fc.oneof(
    { weight: pool.length ? 6 : 0, arbitrary: fc.constantFrom(...(pool.length ? pool : ['x'])) },
    { weight: 1, arbitrary: fc.constantFrom(...all) },
    { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
  );
}

const PAIRS: [string, string][] = [
  ['startsAt', 'endsAt'],
  ['from', 'to'],
  ['startsOn', 'endsOn'],
  ['startTime', 'endTime'],
  ['freeFrom', 'freeTo'],
];

/** Puts the start of a range before its end, so a valid-looking body is not refused for that. */
export function orderPairs<T extends Record<string, unknown>>(o: T): T {
  for (const [a, b] of PAIRS) {
    const x = o[a];
    const y = o[b];
    if (typeof x === 'string' && typeof y === 'string' && x >= y) {
      (o as Record<string, unknown>)[a] = y;
      (o as Record<string, unknown>)[b] = x;
    }
  }
  return o;
}

/** A value that follows the schema (and what the field's name says), to start from. */
export function validValue(
  name: string,
  schema: Schema,
  pools: Pools,
  depth = 0,
): fc.Arbitrary<unknown> {
  const kind = kindOf(name, schema);
  switch (kind) {
    case 'enum':
      return fc.constantFrom(...(schema.enum as unknown[]));
    case 'boolean':
      return fc.boolean();
    case 'number': {
      if (name === 'grade') return fc.constantFrom(4, 4.5, 5, 5.5, 6);
      if (name === 'expectedSequence') return fc.integer({ min: 0, max: 3 });
      if (name === 'weekdays') return fc.integer({ min: 1, max: 7 });
      const min = schema.minimum ?? 0;
      const max = Math.min(schema.maximum ?? min + 100, min + 100);
      return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
    }
    case 'array': {
      const item = schema.items ?? { type: 'string' };
      if (name === 'weekdays')
        return fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1, maxLength: 3 });
      if (depth > 2) return fc.constant([]);
      const element = validValue(name, item, pools, depth + 1);
      // Ids in a list are distinct (a DTO refuses a repeated one).
      return kindOf(name, item) === 'uuid'
        ? fc.uniqueArray(element, { minLength: 1, maxLength: 2 })
        : fc.array(element, { minLength: 1, maxLength: 2 });
    }
    case 'object':
      return validObject(schema, pools, depth + 1);
    case 'uuid':
      return fromPool(pools, name);
    case 'date-time':
      return validDateTime;
    case 'date':
      return day;
    case 'date-or-instant':
      return fc.oneof(day, validDateTime);
    case 'time':
      return fc.constantFrom('09:00', '13:30', '17:00');
    case 'email':
      return name === 'email' && pools['emails']?.length
        ? fc.oneof(
            fc.constantFrom(...pools['emails']),
            hex.map((h) => `fuzz-${h}@test.clique`),
          )
        : hex.map((h) => `fuzz-${h}@test.clique`);
    case 'url':
      return fc.constantFrom('https://example.org/', 'https://meet.example.org/room-1');
    case 'text':
      break;
  }
  if (name === 'token') return fc.constantFrom(...(pools['passwordToken'] ?? ['x']));
  if (name === 'password') return fc.constant('correct horse battery staple');
  if (name === 'csv')
    return hex.map((h) => `email;prénom;nom\r\nfuzz-${h}@test.clique;Léa;Müller\r\n`);
  if (name === 'bodyHtml') return fc.constantFrom('<p>Une synthèse.</p>', '<h2>Titre</h2><p>x</p>');
  if (name === 'code') return hex.map((h) => `FZ${h.toUpperCase()}`);
  if (name === 'phone') return fc.constant('+41 21 555 01 01');
  if (schema.minLength && schema.minLength > 10) return fc.constant('x'.repeat(schema.minLength));
  return validText;
}

export function validObject(schema: Schema, pools: Pools, depth = 0): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const model = Object.fromEntries(
    Object.entries(props).map(([k, s]) => [k, validValue(k, s, pools, depth)]),
  );
  const required = (schema.required ?? []).filter((k) => k in props);
  return fc
    .record(model, { requiredKeys: required })
    .map((o) => orderPairs({ ...(o as Record<string, unknown>) }));
}

/** One place in a body: `title`, `materials.0.url`, `topics.0`. */
export interface Field {
  path: (string | number)[];
  dotted: string;
  name: string;
  schema: Schema;
  kind: Kind;
  required: boolean;
}

/** The fields of a body schema, one level into nested objects and arrays. */
export function fieldsOf(schema: Schema, prefix: (string | number)[] = [], depth = 0): Field[] {
  const out: Field[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    const path = [...prefix, name];
    const kind = kindOf(name, s);
    out.push({ path, dotted: path.join('.'), name, schema: s, kind, required: required.has(name) });
    if (depth >= 2) continue;
    if (kind === 'object') out.push(...fieldsOf(s, path, depth + 1));
    if (kind === 'array' && s.items) {
      const item = s.items;
      if (item.properties) out.push(...fieldsOf(item, [...path, 0], depth + 1));
      else {
        const itemPath = [...path, 0];
        out.push({
          path: itemPath,
          dotted: itemPath.join('.'),
          name,
          schema: item,
          kind: name === 'weekdays' ? 'number' : kindOf(name, item),
          required: false,
        });
      }
    }
  }
  return out;
}

/** A deep copy of `body` with `value` at `path`, creating the containers on the way. */
export function setAt(body: unknown, path: (string | number)[], value: unknown): unknown {
  const root: unknown = structuredClone(body && typeof body === 'object' ? body : {}) as Record<
    string,
    unknown
  >;
  let node = root as Record<string | number, unknown>;
  for (const [i, key] of path.entries()) {
    if (i === path.length - 1) {
      node[key] = value;
      break;
    }
    const next = path[i + 1];
    const child = node[key];
    if (!child || typeof child !== 'object') node[key] = typeof next === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  }
  return root;
}
