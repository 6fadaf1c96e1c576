import fc from 'fast-check';
import { CLASSES, encode, type FuzzCase, fuzzCases } from './cases';
import type { Operation } from './openapi';
import { judge } from './oracle';
import { seedFor } from './runner';
import { RawJson, serialize, setAt } from './values';

const problem = (status: number, extra: Record<string, unknown> = {}) => ({
  status,
  headers: { 'content-type': 'application/problem+json; charset=utf-8' },
  body: JSON.stringify({ status, code: 'validation', ...extra }),
  ms: 3,
});

const bad: FuzzCase = {
  cls: 'date',
  actor: 'admin',
  request: { method: 'POST', url: '/api/x', headers: {} },
  mustRefuse: true,
  field: 'startsAt',
  note: '',
};

describe('the fuzz oracle', () => {
  it('flags a 5xx, a timeout and a refusal that is not problem+json', () => {
    expect(judge(bad, problem(500), 5000)?.check).toBe('5xx');
    expect(judge(bad, 'timeout', 5000)?.check).toBe('timeout');
    const html = {
      status: 414,
      headers: { 'content-type': 'text/plain' },
      body: 'URI Too Long',
      ms: 1,
    };
    expect(judge(bad, html, 5000)?.check).toBe('not-problem');
    const noCode = { ...problem(400), body: JSON.stringify({ status: 400 }) };
    expect(judge(bad, noCode, 5000)?.check).toBe('not-problem');
  });

  it('flags malformed input that is accepted or answered as a conflict', () => {
    expect(judge(bad, { status: 201, headers: {}, body: '{}', ms: 1 }, 5000)?.check).toBe(
      'accepted-malformed',
    );
    expect(judge(bad, problem(409), 5000)?.check).toBe('wrong-status');
    const stored = { status: 201, headers: { 'cache-control': 'no-store' }, body: '{}', ms: 1 };
    expect(judge({ ...bad, mustRefuse: false }, stored, 5000)).toBeUndefined();
  });

  it('flags a refusal that lists every element of a hostile list', () => {
    const errors = Array.from({ length: 5000 }, (_, i) => ({
      field: `items.${i}.title`,
      code: 'isDefined',
    }));
    expect(judge({ ...bad, field: 'items' }, problem(400, { errors }), 5000)?.check).toBe(
      'huge-problem',
    );
  });

  it('flags an answer a shared cache could keep', () => {
    const valid = { ...bad, mustRefuse: false };
    const answer = {
      status: 200,
      headers: { 'cache-control': 'public, max-age=60' },
      body: '{}',
      ms: 1,
    };
    expect(judge(valid, answer, 5000)?.check).toBe('cacheable');
    expect(judge(valid, { ...answer, headers: {} }, 5000)?.check).toBe('cacheable');
    const feed = { ...answer, headers: { 'cache-control': 'private, max-age=300' } };
    expect(judge(valid, feed, 5000)).toBeUndefined();
  });

  it('wants a 400 to name the field at fault', () => {
    expect(judge(bad, problem(400, { errors: [{ field: 'endsAt' }] }), 5000)?.check).toBe(
      'field-not-named',
    );
    expect(judge(bad, problem(400, { errors: [{ field: 'startsAt' }] }), 5000)).toBeUndefined();
    expect(
      judge(
        { ...bad, field: 'materials.0.url' },
        problem(400, { errors: [{ field: 'materials.0.url' }] }),
        5000,
      ),
    ).toBeUndefined();
    expect(judge(bad, problem(404), 5000)).toBeUndefined();
  });
});

describe('the fuzz generators', () => {
  const op: Operation = {
    key: 'POST /api/sessions',
    method: 'POST',
    path: '/api/sessions/{id}',
    pathParams: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    queryParams: [
      { name: 'page', in: 'query', required: false, schema: { type: 'number', minimum: 1 } },
    ],
    body: {
      mediaType: 'application/json',
      schema: {
        type: 'object',
        required: ['title', 'startsAt'],
        properties: {
          title: { type: 'string' },
          startsAt: { type: 'string', format: 'date-time' },
          capacity: { type: 'number', minimum: 1 },
        },
      },
    },
  };
  const pools = { sessions: ['5f0c3c1e-7a51-4a0e-9f6b-3f1f6c2f9d11'] };
  const weights = { anonymous: 1, admin: 1, instructor: 1, student: 1 };

  it('builds a case of every class for an operation with a path, a query and a body', () => {
    for (const cls of CLASSES) {
      const arb = fuzzCases(cls, op, pools, weights);
      expect(arb).toBeDefined();
      const [c] = fc.sample(arb!, { seed: 1, numRuns: 1 });
      expect(c.request.url.startsWith('/api/sessions/')).toBe(true);
    }
  });

  it('replays the same cases from the same seed', () => {
    const arb = fuzzCases('nul', op, pools, weights)!;
    const seed = seedFor(42, op.key, 'nul');
    expect(fc.sample(arb, { seed, numRuns: 5 })).toEqual(fc.sample(arb, { seed, numRuns: 5 }));
  });

  it('marks an impossible date as input to refuse, naming its field', () => {
    const cases = fc.sample(fuzzCases('date', op, pools, weights)!, { seed: 3, numRuns: 20 });
    expect(cases.every((c) => c.mustRefuse && c.field)).toBe(true);
  });

  it('writes numbers JSON cannot, encodes lone surrogates and sets nested fields', () => {
    expect(serialize({ page: new RawJson('99999999999999999999') })).toBe(
      '{"page":99999999999999999999}',
    );
    expect(encode('a\uD800')).toBe('a%ED%A0%80');
    expect(setAt({ a: 1 }, ['materials', 0, 'url'], 'x')).toEqual({
      a: 1,
      materials: [{ url: 'x' }],
    });
  });
});
