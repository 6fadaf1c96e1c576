import {
  type DiplomaRule,
  type DiplomaRuleInput,
  type GradingScale,
  type ModuleGroup,
  type RuleKind,
} from '../core/api/types';
import { SCALES } from './grading';

export const RULE_KINDS: readonly RuleKind[] = [
  'overall_average',
  'group_average',
  'module_minimum',
  'max_below_pass',
  'attendance',
  'project_grade',
];

/** A translation key (in the `programmes` scope) and its parameters. */
export interface Sentence {
  key: string;
  params: Record<string, string | number>;
}

type RuleLike = Pick<
  DiplomaRule,
  'kind' | 'threshold' | 'groupId' | 'maxCount' | 'excusedCountAsAbsent'
>;

/**
 * A rule as a sentence: "Moyenne générale ≥ 4", "Au plus 1 module sous 4", "Présence ≥ 80 %".
 * `format` writes a number in the locale (grades with the scale's digits).
 */
export function ruleSentence(
  rule: RuleLike,
  scale: GradingScale,
  groups: readonly ModuleGroup[],
  format: (value: number, digits: string) => string,
): Sentence {
  const digits = SCALES[scale].digits;
  const grade = (v: number | null) => format(v ?? 0, digits);
  switch (rule.kind) {
    case 'max_below_pass': {
      const count = rule.maxCount ?? 0;
      return {
        key: count === 1 ? 'rules.sentence.max_below_pass_one' : 'rules.sentence.max_below_pass',
        params: { count: format(count, '1.0-0'), pass: grade(SCALES[scale].pass) },
      };
    }
    case 'attendance':
      return {
        key: rule.excusedCountAsAbsent
          ? 'rules.sentence.attendance_excused_absent'
          : 'rules.sentence.attendance',
        params: { threshold: format(rule.threshold ?? 0, '1.0-2') },
      };
    case 'group_average': {
      const group = groups.find((g) => g.id === rule.groupId);
      return {
        key: 'rules.sentence.group_average',
        params: { group: group ? group.title : '?', threshold: grade(rule.threshold) },
      };
    }
    default:
      return { key: `rules.sentence.${rule.kind}`, params: { threshold: grade(rule.threshold) } };
  }
}

/** The fields a kind needs (the API refuses the others). */
export function ruleInput(rule: RuleLike): DiplomaRuleInput {
  switch (rule.kind) {
    case 'max_below_pass':
      return { kind: rule.kind, maxCount: rule.maxCount ?? 0 };
    case 'attendance':
      return {
        kind: rule.kind,
        threshold: rule.threshold ?? 0,
        excusedCountAsAbsent: rule.excusedCountAsAbsent ?? false,
      };
    case 'group_average':
      return { kind: rule.kind, threshold: rule.threshold ?? 0, groupId: rule.groupId };
    default:
      return { kind: rule.kind, threshold: rule.threshold ?? 0 };
  }
}

/** The list with the item at `from` moved to `to` (a copy). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (to < 0 || to >= copy.length || from === to) return copy;
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}
