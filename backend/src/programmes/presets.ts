import type { AverageWeighting, DiplomaPreset, ResitPolicy } from './diploma-rules';
import type { GradingScale } from './grading-scale';
import type { RuleInput } from './rule-validation';

/** The code and title of the group a preset's group rule averages, made when missing. */
export const PROJECT_AND_WORK_GROUP = { code: 'PROJET-STAGE', title: 'Projet + stage' };

/** A preset's rule; `group: 'project_and_work'` stands for the group of project + work period. */
export type PresetRule = Omit<RuleInput, 'groupId'> & { group?: 'project_and_work' };

export interface PresetDefinition {
  scale: GradingScale;
  settings: {
    gradeStep: number;
    averageWeighting: AverageWeighting;
    finalRounding: number | null;
    resitPolicy: ResitPolicy;
    compensation: boolean;
    keepPassedModules: boolean;
  };
  rules: PresetRule[];
}

/**
 * The two diplomas Clique ships rules for.
 * - `ch_diploma` (Swiss 1–6 diploma): the mean weighted by coefficients, rounded to the half,
 *   at least 4; at most one insufficient module (an admin may change N), none below 3; 80 %
 *   attendance (an excused absence is neutral); the project at least 4; compensation on.
 * - `fr_licence_pro` (French licence professionnelle): units /20 weighted by ECTS, annual
 *   compensation across units, the overall average at least 10 and, separately, the project and
 *   the work period together at least 10; a unit passed is kept if the year is repeated;
 *   80 % attendance where an excused absence is neutral (work-study contracts).
 */
export const PRESETS: Record<DiplomaPreset, PresetDefinition> = {
  ch_diploma: {
    scale: 'CH_6',
    settings: {
      gradeStep: 0.5,
      averageWeighting: 'coefficient',
      finalRounding: 0.5,
      resitPolicy: 'best',
      compensation: true,
      keepPassedModules: false,
    },
    rules: [
      { kind: 'overall_average', threshold: 4 },
      { kind: 'max_below_pass', maxCount: 1 },
      { kind: 'module_minimum', threshold: 3 },
      { kind: 'attendance', threshold: 80, excusedCountAsAbsent: false },
      { kind: 'project_grade', threshold: 4 },
    ],
  },
  fr_licence_pro: {
    scale: 'FR_20',
    settings: {
      gradeStep: 0.01,
      averageWeighting: 'ects',
      finalRounding: null,
      resitPolicy: 'best',
      compensation: true,
      keepPassedModules: true,
    },
    rules: [
      { kind: 'overall_average', threshold: 10 },
      { kind: 'group_average', threshold: 10, group: 'project_and_work' },
      { kind: 'attendance', threshold: 80, excusedCountAsAbsent: false },
    ],
  },
};

/** The preset's rules with the group rule pointing at `groupId`. */
export function presetRules(preset: DiplomaPreset, groupId: string | null): RuleInput[] {
  return PRESETS[preset].rules.map(({ group, ...rule }) =>
    group ? { ...rule, groupId } : { ...rule },
  );
}
