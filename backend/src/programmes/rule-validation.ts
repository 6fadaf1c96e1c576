import type { FieldError } from '../common/problem';
import type { RuleKind } from './diploma-rules';
import { type GradingScale, SCALES } from './grading-scale';

/** A rule as the API receives it (absent and null mean the same). */
export interface RuleInput {
  kind: RuleKind;
  threshold?: number | null;
  groupId?: string | null;
  maxCount?: number | null;
  excusedCountAsAbsent?: boolean | null;
}

/** A rule as it is stored: every field present, null where the kind has none. */
export interface NormalisedRule {
  kind: RuleKind;
  threshold: number | null;
  groupId: string | null;
  maxCount: number | null;
  excusedCountAsAbsent: boolean | null;
}

type Field = 'threshold' | 'groupId' | 'maxCount' | 'excusedCountAsAbsent';

/** The fields each kind needs; the others must be absent or null. */
const FIELDS: Record<RuleKind, Field[]> = {
  overall_average: ['threshold'],
  module_minimum: ['threshold'],
  project_grade: ['threshold'],
  group_average: ['threshold', 'groupId'],
  max_below_pass: ['maxCount'],
  attendance: ['threshold', 'excusedCountAsAbsent'],
};

/**
 * Checks each rule against its kind and the programme's scale, naming the offending field as
 * `rules.<index>.<field>`; returns the rules with every field present (null where unused).
 * `groupIds` are the programme's groups. The database checks the same (ck_diploma_rules_*).
 */
export function validateRules(
  scale: GradingScale,
  rules: RuleInput[],
  groupIds: ReadonlySet<string>,
): { rules: NormalisedRule[]; errors: FieldError[] } {
  const range = SCALES[scale];
  const errors: FieldError[] = [];
  const error = (i: number, field: Field, code: string, message: string) =>
    errors.push({ field: `rules.${i}.${field}`, code, message });
  const out = rules.map((rule, i): NormalisedRule => {
    const needs = FIELDS[rule.kind];
    for (const field of ['threshold', 'groupId', 'maxCount', 'excusedCountAsAbsent'] as const) {
      const value = rule[field];
      const present = value !== undefined && value !== null;
      if (needs.includes(field) && !present)
        error(i, field, 'isDefined', `${field} is required for a ${rule.kind} rule`);
      if (!needs.includes(field) && present)
        error(i, field, 'notAllowed', `${field} does not apply to a ${rule.kind} rule`);
    }
    const threshold = rule.threshold ?? null;
    if (threshold !== null && needs.includes('threshold')) {
      if (rule.kind === 'attendance') {
        if (threshold < 0 || threshold > 100)
          error(i, 'threshold', 'onScale', 'an attendance threshold is a % from 0 to 100');
      } else if (threshold < range.min || threshold > range.max) {
        error(
          i,
          'threshold',
          'onScale',
          `threshold must lie on the ${scale} scale (${range.min} to ${range.max})`,
        );
      }
    }
    const groupId = rule.groupId ?? null;
    if (groupId !== null && needs.includes('groupId') && !groupIds.has(groupId))
      error(i, 'groupId', 'unknownGroup', 'groupId must be a group of this programme');
    return {
      kind: rule.kind,
      threshold: needs.includes('threshold') ? threshold : null,
      groupId: needs.includes('groupId') ? groupId : null,
      maxCount: needs.includes('maxCount') ? (rule.maxCount ?? null) : null,
      excusedCountAsAbsent: needs.includes('excusedCountAsAbsent')
        ? (rule.excusedCountAsAbsent ?? null)
        : null,
    };
  });
  return { rules: out, errors };
}
