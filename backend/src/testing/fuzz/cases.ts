import fc from 'fast-check';
import {
  deepJson,
  impossible,
  NO_OFFSET,
  NUMBERS_BODY,
  NUMBERS_QUERY,
  numberRefused,
  queryNumberRefused,
  UNKNOWN_KEYS,
  wrongType,
} from './hostile-values';
import type { Operation } from './openapi';
import {
  basePlan,
  type BodyPlan,
  bodyFields,
  either,
  encode,
  type FuzzRequest,
  mutateBody,
  mutateQuery,
  type Plan,
  queryValue,
  stringField,
  stringParam,
  textClass,
  toRequest,
} from './plans';
import { FORMATTED, kindOf, serialize, setAt } from './values';
import type { ActorName, Pools } from './world';

export type { FuzzRequest } from './plans';
export { encode } from './plans';

type BodyVariant = [string | Buffer, string | undefined, string, Record<string, string>?];

const part = (name: string, filename: string, content: string) =>
  `--b\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\n` +
  `Content-Type: application/pdf\r\n\r\n${content}\r\n`;
const PDF = '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
const FORM = 'multipart/form-data; boundary=b';

/** What an upload route may receive instead of one PDF in one `file` part. */
const UPLOAD_VARIANTS: BodyVariant[] = [
  ['--b\r\n', 'multipart/form-data', 'multipart without a boundary'],
  [part('file', 'a.pdf', PDF).slice(0, -2), FORM, 'multipart never closed'],
  [part('file', 'a.pdf', PDF.slice(0, 12)), FORM, 'a part cut short, never closed'],
  [`${part('file', 'a.pdf', PDF)}${part('file', 'b.pdf', PDF)}--b--\r\n`, FORM, 'two files'],
  [`${part('other', 'a.pdf', PDF)}--b--\r\n`, FORM, 'the file in another field'],
  ['--b--\r\n', FORM, 'an empty form'],
  [`${part('file', 'a.pdf', 'not a pdf at all')}--b--\r\n`, FORM, 'text named .pdf'],
  [
    `${part('file', 'a.pdf', PDF)}--b--\r\n`,
    'multipart/form-data; boundary=other',
    'the wrong boundary',
  ],
  ['{"file":"x"}', 'application/json', 'JSON instead of a form'],
];

/** The classes of hostile input of issue 14, plus valid-looking input derived from the schema. */
export const CLASSES = [
  'valid',
  'nul',
  'surrogate',
  'control',
  'long-string',
  'wrong-type',
  'null-required',
  'empty-body',
  'unknown-field',
  'number',
  'date',
  'date-offset',
  'deep',
  'content-type',
  'path-id',
  'path-long',
] as const;
export type FuzzClass = (typeof CLASSES)[number];

export interface FuzzCase {
  cls: FuzzClass;
  actor: ActorName;
  request: FuzzRequest;
  /** The input is malformed: a 2xx (or a 409) is wrong, only a refusal is right. */
  mustRefuse: boolean;
  /**
   * A 409 may come first: the route reads its (multipart) body itself, after checking the state
   * of what it writes to, rather than through the validation pipe.
   */
  conflictFirst?: boolean;
  /** The field the malformation is in: a 400 should name it. */
  field?: string;
  note: string;
}

function caseArbitrary(
  cls: FuzzClass,
  op: Operation,
  pools: Pools,
  realIds: boolean,
): fc.Arbitrary<Plan> | undefined {
  const jsonBody = op.body?.mediaType === 'application/json';
  const bodyCapable = op.method !== 'GET';
  switch (cls) {
    case 'valid':
      return basePlan(op, pools, realIds);
    case 'nul':
      return textClass(op, pools, fc.constantFrom('\u0000', '\u0000\u0000', 'a\u0000'), 'NUL');
    case 'surrogate':
      return textClass(
        op,
        pools,
        fc.constantFrom('\uD800', '\uDFFF', '\uDBFF\uDBFF', '\uDC00a'),
        'lone surrogate',
      );
    case 'control':
      return textClass(
        op,
        pools,
        fc.constantFrom(
          '\u0001',
          '\u001B[31m',
          '\u007F',
          '\u202E',
          '\u2066',
          '\u200B',
          '\uFEFF',
          '\r\nATTENDEE:mailto:x@evil.test',
          '\nURL:https://evil.test',
        ),
        'control, bidi or line break',
      );
    case 'long-string':
      return either(
        mutateBody(op, pools, stringField, (f) =>
          fc.integer({ min: 300, max: 100_000 }).map((n) => ({
            value: 'é'.repeat(n),
            mustRefuse:
              FORMATTED.includes(f.kind) ||
              (f.schema.maxLength !== undefined && n > f.schema.maxLength),
            note: `${n} characters`,
          })),
        ),
        mutateQuery(op, pools, stringParam, (p) =>
          fc.integer({ min: 300, max: 6_000 }).map((n) => ({
            value: 'x'.repeat(n),
            mustRefuse: FORMATTED.includes(kindOf(p.name, p.schema)),
            note: `${n} characters`,
          })),
        ),
      );
    case 'wrong-type': {
      const topLevel = jsonBody
        ? basePlan(op, pools).chain((plan) =>
            fc.constantFrom('[]', '"x"', '1', 'true', 'null', '[{}]').map((payload) => ({
              ...plan,
              body: { kind: 'raw' as const, payload, contentType: 'application/json' },
              mustRefuse: true,
              note: `body ${payload}`,
            })),
          )
        : undefined;
      return either(
        mutateBody(
          op,
          pools,
          () => true,
          (f) => wrongType(f).map((value) => ({ value, mustRefuse: true, note: 'wrong type' })),
        ),
        topLevel,
        mutateQuery(
          op,
          pools,
          () => true,
          (p) =>
            queryValue(p, pools).map((v) => ({
              value: `${v}&${p.name}=${v}`,
              mustRefuse: true,
              note: 'given twice (an array)',
            })),
        ),
      );
    }
    case 'null-required':
      return mutateBody(
        op,
        pools,
        (f) => f.required || Boolean(f.schema.nullable),
        (f) =>
          fc.constant({
            value: null,
            mustRefuse: f.required && !f.schema.nullable,
            note: f.schema.nullable ? 'null (nullable)' : 'null for a required field',
          }),
      );
    case 'empty-body': {
      const required = op.body?.schema.required ?? [];
      const empty = jsonBody
        ? basePlan(op, pools).chain((plan) =>
            fc
              .constantFrom<BodyPlan>(
                { kind: 'json', value: {} },
                { kind: 'none' },
                { kind: 'raw', payload: '', contentType: 'application/json' },
              )
              .map((body) => ({
                ...plan,
                body,
                mustRefuse: required.length > 0 || body.kind === 'raw',
                note: body.kind === 'json' ? '{}' : body.kind === 'none' ? 'no body' : 'empty JSON',
              })),
          )
        : undefined;
      const missing = op.queryParams.some((p) => p.required)
        ? basePlan(op, pools).chain((plan) =>
            fc.constantFrom(...op.queryParams.filter((p) => p.required)).map((p) => ({
              ...plan,
              query: plan.query.filter(([k]) => k !== p.name),
              mustRefuse: true,
              field: p.name,
              note: `without required ?${p.name}`,
            })),
          )
        : undefined;
      return either(empty, missing);
    }
    case 'unknown-field': {
      const keys = UNKNOWN_KEYS.filter((k) => !op.body?.schema.properties?.[k]);
      const body = jsonBody
        ? basePlan(op, pools).chain((plan) =>
            fc
              .tuple(fc.constantFrom(...keys), fc.constantFrom<unknown>(1, 'x', null, {}))
              .map(([key, value]) => {
                const base = (plan.body as { value: Record<string, unknown> }).value;
                return {
                  ...plan,
                  body: { kind: 'json' as const, value: { ...base, [key]: value } },
                  mustRefuse: true,
                  field: key,
                  note: `unknown field ${key}`,
                };
              }),
          )
        : undefined;
      const nested = (() => {
        const objects = bodyFields(op).filter(
          (f) => f.kind === 'object' || (f.kind === 'array' && f.schema.items?.properties),
        );
        if (!objects.length) return undefined;
        return fc.tuple(basePlan(op, pools), fc.constantFrom(...objects)).map(([plan, f]) => {
          const path = f.kind === 'array' ? [...f.path, 0, 'isAdmin'] : [...f.path, 'isAdmin'];
          return {
            ...plan,
            body: {
              kind: 'json' as const,
              value: setAt((plan.body as { value: unknown }).value, path, true),
            },
            mustRefuse: true,
            field: path.join('.'),
            note: `unknown nested field ${path.join('.')}`,
          };
        });
      })();
      const proto = jsonBody
        ? basePlan(op, pools).map((plan) => ({
            ...plan,
            body: {
              kind: 'raw' as const,
              payload:
                `{"__proto__":{"isAdmin":true},${serialize((plan.body as { value: unknown }).value).slice(1)}`.replace(
                  ',}',
                  '}',
                ),
              contentType: 'application/json',
            },
            mustRefuse: true,
            note: 'prototype poisoning __proto__',
          }))
        : undefined;
      const query = fc
        .tuple(basePlan(op, pools), fc.constantFrom('isAdmin', 'where', 'zz'))
        .map(([plan, key]) => ({
          ...plan,
          query: [...plan.query, [key, '1']] as [string, string][],
          // Refused where the operation reads a query DTO at all.
          mustRefuse: op.queryParams.length > 0,
          field: op.queryParams.length > 0 ? key : undefined,
          note: `unknown query parameter ${key}`,
        }));
      return either(body, nested, proto, query);
    }
    case 'number':
      return either(
        mutateBody(
          op,
          pools,
          (f) => f.kind === 'number',
          (f) =>
            fc.constantFrom(...NUMBERS_BODY).map(([value, note]) => ({
              value,
              mustRefuse: numberRefused(value, f.schema.minimum, f.schema.maximum),
              note,
            })),
        ),
        mutateQuery(
          op,
          pools,
          (p) => p.schema.type === 'number' || p.schema.type === 'integer',
          (p) =>
            fc.constantFrom(...NUMBERS_QUERY).map((value) => ({
              value,
              mustRefuse: queryNumberRefused(value, p),
              note: 'number',
            })),
        ),
      );
    case 'date': {
      const dated = (k: string) =>
        k === 'date-time' || k === 'date' || k === 'date-or-instant' || k === 'time';
      return either(
        mutateBody(
          op,
          pools,
          (f) => dated(f.kind),
          (f) =>
            fc.constantFrom(...impossible(f.kind)).map((value) => ({
              value,
              mustRefuse: true,
              note: 'impossible date or time',
            })),
        ),
        mutateQuery(
          op,
          pools,
          (p) => dated(kindOf(p.name, p.schema)),
          (p) =>
            fc.constantFrom(...impossible(kindOf(p.name, p.schema))).map((value) => ({
              value: encode(value),
              mustRefuse: true,
              note: 'impossible date or time',
            })),
        ),
      );
    }
    case 'date-offset':
      return either(
        mutateBody(
          op,
          pools,
          (f) => f.kind === 'date-time',
          () =>
            fc.constantFrom(...NO_OFFSET).map((value) => ({
              value,
              mustRefuse: true,
              note: 'date-time without an offset',
            })),
        ),
        mutateQuery(
          op,
          pools,
          (p) => kindOf(p.name, p.schema) === 'date-time',
          () =>
            fc.constantFrom(...NO_OFFSET).map((value) => ({
              value: encode(value),
              mustRefuse: true,
              note: 'date-time without an offset',
            })),
        ),
      );
    case 'deep': {
      if (!bodyCapable) return undefined;
      const names = bodyFields(op).map((f) => String(f.path[0]));
      const field = fc.option(fc.constantFrom(...(names.length ? names : ['a'])), {
        nil: undefined,
      });
      const nested = fc
        .tuple(
          basePlan(op, pools),
          fc.constantFrom(1_000, 5_000, 20_000),
          fc.constantFrom<'object' | 'array'>('object', 'array'),
          field,
        )
        .map(([plan, levels, shape, name]) => ({
          ...plan,
          body: {
            kind: 'raw' as const,
            payload: deepJson(levels, shape, name),
            contentType: 'application/json',
          },
          mustRefuse: jsonBody,
          note: `${levels} levels of ${shape}s${name ? ` in ${name}` : ''}`,
        }));
      // Wide rather than deep: past the 2 MB body limit, or 50,000 items in one list.
      const wide = fc
        .tuple(basePlan(op, pools), fc.constantFrom('big', 'long list'), field)
        .map(([plan, shape, name]) => ({
          ...plan,
          body: {
            kind: 'raw' as const,
            payload:
              shape === 'big'
                ? `{${JSON.stringify(name ?? 'a')}:"${'x'.repeat(2_200_000)}"}`
                : `{${JSON.stringify(name ?? 'a')}:[${'"x",'.repeat(49_999)}"x"]}`,
            contentType: 'application/json',
          },
          mustRefuse: jsonBody,
          note: shape === 'big' ? '2.2 MB body' : `50,000 items in ${name ?? 'a'}`,
        }));
      return fc.oneof({ weight: 5, arbitrary: nested }, { weight: 1, arbitrary: wide });
    }
    case 'content-type': {
      if (!bodyCapable) return undefined;
      const variants: BodyVariant[] = [
        ['{"a":1}', 'text/plain', 'text/plain'],
        ['<a/>', 'application/xml', 'XML'],
        ['a=1&b=2', 'application/x-www-form-urlencoded', 'form-urlencoded'],
        ['--x\r\n', 'multipart/form-data', 'multipart without a boundary'],
        [
          '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
          'multipart/form-data; boundary=x',
          'multipart never closed',
        ],
        ['{"a":', 'application/json', 'truncated JSON'],
        ["{'a':1}", 'application/json', 'invalid JSON'],
        [
          Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
          'application/json',
          'invalid UTF-8',
        ],
        ['{}', 'application/json', 'short of its Content-Length', { 'content-length': '200' }],
        ['{}', undefined, 'no content type'],
      ];
      const upload = op.body?.mediaType === 'multipart/form-data';
      return fc
        .tuple(basePlan(op, pools), fc.constantFrom(...(upload ? UPLOAD_VARIANTS : variants)))
        .map(([plan, [payload, contentType, note, headers]]) => ({
          ...plan,
          body: { kind: 'raw' as const, payload, contentType, headers },
          mustRefuse: Boolean(op.body),
          note,
        }));
    }
    case 'path-id': {
      if (!op.pathParams.length) return undefined;
      const bad = [
        '0',
        '-1',
        '1e308',
        '99999999999999999999',
        'null',
        'undefined',
        '%00',
        'a%00b',
        '%ED%A0%80',
        '%ZZ',
        '%',
        '..%2F..%2Fetc%2Fpasswd',
        "'%20OR%201=1--",
        '%F0%9F%98%80',
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffffx',
        '%20',
      ];
      return fc
        .tuple(
          basePlan(op, pools),
          fc.constantFrom(...op.pathParams),
          fc.oneof(fc.constantFrom(...bad), fc.uuid({ version: 4 })),
        )
        .map(([plan, p, value]) => ({
          ...plan,
          path: { ...plan.path, [p.name]: value },
          // No field to name: an id that does not parse is simply not found.
          mustRefuse: true,
          note: `{${p.name}} = ${value}`,
        }));
    }
    case 'path-long': {
      if (!op.pathParams.length) return undefined;
      return fc
        .tuple(
          basePlan(op, pools),
          fc.constantFrom(...op.pathParams),
          fc.integer({ min: 201, max: 5_000 }),
        )
        .map(([plan, p, n]) => ({
          ...plan,
          path: { ...plan.path, [p.name]: 'a'.repeat(n) },
          mustRefuse: true,
          note: `{${p.name}} of ${n} characters`,
        }));
    }
  }
}

/** Every case of one class for one operation, with the actor drawn by `actorWeights`. */
export function fuzzCases(
  cls: FuzzClass,
  op: Operation,
  pools: Pools,
  actorWeights: Record<ActorName, number>,
  /** Path ids only from the world (where it has some): what the access probe sends. */
  realIds = false,
): fc.Arbitrary<FuzzCase> | undefined {
  const plan = caseArbitrary(cls, op, pools, realIds);
  if (!plan) return undefined;
  const actor = fc.oneof(
    ...(Object.entries(actorWeights) as [ActorName, number][])
      .filter(([, w]) => w > 0)
      .map(([name, weight]) => ({ weight, arbitrary: fc.constant(name) })),
  );
  return fc.tuple(plan, actor).map(([p, a]) => ({
    cls,
    actor: a,
    request: toRequest(op, p),
    mustRefuse: p.mustRefuse,
    conflictFirst: op.body?.mediaType === 'multipart/form-data',
    field: p.field,
    note: p.note,
  }));
}
