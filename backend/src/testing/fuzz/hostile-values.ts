import fc from 'fast-check';
import type { Parameter } from './openapi';
import { RawJson } from './values';

/** The hostile values of issue 14: numbers and dates that do not exist, wrong types, deep JSON. */

export const NUMBERS_BODY: [unknown, string][] = [
  [new RawJson('1e308'), 'huge'],
  [new RawJson('-1e308'), 'huge negative'],
  [new RawJson('99999999999999999999'), 'past 2^64'],
  [new RawJson('1e309'), 'parses to Infinity'],
  [2147483648, 'past int4'],
  [-1, 'negative'],
  [1.5, 'fraction'],
  [1e-7, 'tiny'],
  [0, 'zero'],
];
export const NUMBERS_QUERY = [
  '1e308',
  '99999999999999999999',
  '2147483648',
  '-1',
  '0',
  '1.5',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '1e3',
  '%EF%BC%91', // fullwidth 1
  '',
];

export function numberRefused(v: unknown, min?: number, max?: number): boolean {
  const n = v instanceof RawJson ? Number(v.text) : Number(v);
  if (!Number.isFinite(n) || Math.abs(n) >= 1e15) return true;
  if (min !== undefined && n < min) return true;
  if (max !== undefined && n > max) return true;
  return false;
}

export function queryNumberRefused(raw: string, p: Parameter): boolean {
  if (raw === '') return false;
  if (!/^[1-9]\d{0,8}$/.test(raw)) return true;
  const n = Number(raw);
  return (
    (p.schema.minimum !== undefined && n < p.schema.minimum) ||
    (p.schema.maximum !== undefined && n > p.schema.maximum)
  );
}

const IMPOSSIBLE: Record<'date-time' | 'date' | 'time', string[]> = {
  'date-time': [
    '2027-02-30T04:00:00+01:00',
    '2026-02-29T10:00:00+01:00',
    '2026-13-01T09:00:00+01:00',
    '2026-00-10T09:00:00Z',
    '2026-09-04T25:61:00+02:00',
    '2026-09-04T24:30:00+02:00',
    '2026-09-04T09:00:61+02:00',
    '2026-09-04T09:00:00+25:00',
    '2026-09-04',
    '2026-9-4T9:00+02:00',
    '99999-01-01T00:00:00Z',
    'demain à 9h',
    '1e308',
  ],
  date: [
    '2027-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-01',
    '2026-1-1',
    '20260901',
    '99999-01-01',
    '2026-09-04T25:00',
    'lundi',
  ],
  time: ['25:61', '24:01', '12:60', '9:0', '-1:00', '09:00:99', '0900'],
};
const IMPOSSIBLE_DATE_OR_INSTANT = [
  ...IMPOSSIBLE.date,
  ...IMPOSSIBLE['date-time'].filter((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v)),
];
export const impossible = (kind: string): string[] =>
  kind === 'date-or-instant' ? IMPOSSIBLE_DATE_OR_INSTANT : IMPOSSIBLE[kind as 'date'];
export const NO_OFFSET = ['2026-09-04T09:00:00', '2026-09-04T09:00', '2026-09-04 09:00:00'];

export function wrongType(f: {
  kind: string;
  schema: { nullable?: boolean };
}): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case 'number':
      return fc.constantFrom('12', true, {}, [1], '');
    case 'boolean':
      return fc.constantFrom('true', 1, 'yes', {}, []);
    case 'array':
      return fc.constantFrom('x', {}, 1, true);
    case 'object':
      return fc.constantFrom('x', [], 1, true);
    default:
      return fc.constantFrom(12, true, {}, ['x'], 0);
  }
}

/** `{"a":{"a":…}}` or `[[…]]` about `levels` deep, alone or as a field's value. */
export function deepJson(levels: number, shape: 'object' | 'array', field?: string): string {
  const core =
    shape === 'object'
      ? `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
      : `${'['.repeat(levels)}${']'.repeat(levels)}`;
  return field ? `{${JSON.stringify(field)}:${core}}` : core;
}

export const UNKNOWN_KEYS = [
  'isAdmin',
  'id',
  'createdAt',
  'passwordHash',
  'constructor',
  'toString',
  'zz',
];
