import { moved, ruleInput, ruleSentence } from './rule-sentence';

const format = (value: number, digits: string) =>
  new Intl.NumberFormat('fr-CH', {
    maximumFractionDigits: Number(digits.split('-')[1] ?? 0),
  }).format(value);

const rule = (over: Record<string, unknown>) =>
  ({
    kind: 'overall_average',
    threshold: null,
    groupId: null,
    maxCount: null,
    excusedCountAsAbsent: null,
    ...over,
  }) as Parameters<typeof ruleSentence>[0];

describe('ruleSentence', () => {
  it('writes an overall average with the scale’s digits', () => {
    expect(ruleSentence(rule({ threshold: 4 }), 'CH_6', [], format)).toEqual({
      key: 'rules.sentence.overall_average',
      params: { threshold: '4' },
    });
    expect(ruleSentence(rule({ threshold: 10.5 }), 'FR_20', [], format).params).toEqual({
      threshold: '10,5',
    });
  });

  it('says "at most one module below the pass grade" in the singular, and counts the plural', () => {
    expect(ruleSentence(rule({ kind: 'max_below_pass', maxCount: 1 }), 'CH_6', [], format)).toEqual(
      { key: 'rules.sentence.max_below_pass_one', params: { count: '1', pass: '4' } },
    );
    expect(
      ruleSentence(rule({ kind: 'max_below_pass', maxCount: 2 }), 'FR_20', [], format).key,
    ).toBe('rules.sentence.max_below_pass');
  });

  it('names the group of a group average, and how excused absences count', () => {
    const groups = [{ id: 'g', programmeId: 'p', code: 'UE5', title: 'UE 5 projet + stage' }];
    expect(
      ruleSentence(
        rule({ kind: 'group_average', threshold: 10, groupId: 'g' }),
        'FR_20',
        groups,
        format,
      ).params,
    ).toEqual({ group: 'UE 5 projet + stage', threshold: '10' });
    expect(
      ruleSentence(
        rule({ kind: 'attendance', threshold: 80, excusedCountAsAbsent: true }),
        'CH_6',
        [],
        format,
      ).key,
    ).toBe('rules.sentence.attendance_excused_absent');
  });
});

describe('ruleInput', () => {
  it('sends only the fields of the rule’s kind', () => {
    expect(ruleInput(rule({ kind: 'max_below_pass', maxCount: 1, threshold: 4 }))).toEqual({
      kind: 'max_below_pass',
      maxCount: 1,
    });
  });
});

describe('moved', () => {
  it('moves an item and leaves the list as it was at the edges', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});
