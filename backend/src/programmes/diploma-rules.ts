/** The vocabulary of a programme's diploma rules and settings (shared with the frontend's types). */
export const AVERAGE_WEIGHTINGS = ['ects', 'coefficient'] as const;
export type AverageWeighting = (typeof AVERAGE_WEIGHTINGS)[number];

export const RESIT_POLICIES = ['best', 'latest'] as const;
export type ResitPolicy = (typeof RESIT_POLICIES)[number];

export const DIPLOMA_PRESETS = ['ch_diploma', 'fr_licence_pro'] as const;
export type DiplomaPreset = (typeof DIPLOMA_PRESETS)[number];

export const MODULE_KINDS = ['course', 'project', 'work_period'] as const;
export type ModuleKind = (typeof MODULE_KINDS)[number];

/**
 * - `overall_average`: the overall weighted average ≥ threshold;
 * - `group_average`: the average of the group's modules ≥ threshold;
 * - `module_minimum`: every module ≥ threshold (eliminatory);
 * - `max_below_pass`: at most `maxCount` modules below the scale's pass mark;
 * - `attendance`: attendance ≥ threshold % (`excusedCountAsAbsent` says how excused absences count);
 * - `project_grade`: the project's grade ≥ threshold.
 */
export const RULE_KINDS = [
  'overall_average',
  'group_average',
  'module_minimum',
  'max_below_pass',
  'attendance',
  'project_grade',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Grade steps each scale allows (the first is the default). */
export const GRADE_STEPS = { CH_6: [0.5, 0.25], FR_20: [0.01] } as const;
