import { jsonTooDeep } from './input-json';
import { findUnstorableText, unstorableText } from './input-text';

describe('text the API stores', () => {
  it.each([
    ['a NUL', 'a\u0000b', 'NUL'],
    ['a lone high surrogate', 'a\ud800b', 'surrogate'],
    ['a lone low surrogate', '\udc00', 'surrogate'],
    ['a bell', 'a\u0007', 'control character (U+0007)'],
    ['DEL', 'a\u007f', 'control'],
    ['a C1 control', 'a\u009b', 'control'],
    ['a right-to-left override', 'Eve\u202Egnp.exe', 'bidirectional'],
    ['an isolate', 'a\u2066b', 'bidirectional'],
  ])('refuses %s', (_label, text, why) => expect(unstorableText(text)).toContain(why));

  it.each([
    'Léa Müller',
    'Ligne 1\r\nLigne 2\n\tretrait',
    'مرحبا שלום',
    'emoji 🎓 (a surrogate pair)',
    'zero\u200bwidth',
  ])('keeps %j', (text) => expect(unstorableText(text)).toBeNull());

  it('names the path of every offending field, keys included', () => {
    expect(
      findUnstorableText({
        title: 'ok',
        materials: [{ label: 'ok' }, { label: 'x\u0000' }],
        ['k\u0000']: 1,
      }).map((e) => e.field),
    ).toEqual(['materials.1.label', '(body)']);
  });

  it('reports a short list however many fields are bad', () => {
    expect(findUnstorableText(Array.from({ length: 500 }, () => '\u0000'))).toHaveLength(20);
  });
});

describe('JSON depth', () => {
  const nested = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
  it('measures nesting before parsing', () => {
    expect(jsonTooDeep(nested(32))).toBe(false);
    expect(jsonTooDeep(nested(33))).toBe(true);
    expect(jsonTooDeep(`${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`)).toBe(true);
  });
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(jsonTooDeep(JSON.stringify({ a: '[[[[\\"[[[['.repeat(100) }), 3)).toBe(false);
  });
});
