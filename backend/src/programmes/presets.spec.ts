import { PRESETS, presetRules } from './presets';
import { validateRules } from './rule-validation';

describe('presets', () => {
  it('describes the Swiss diploma: CH_6 by halves, weighted by coefficients, rounded to the half, compensation on', () => {
    expect(PRESETS.ch_diploma.scale).toBe('CH_6');
    expect(PRESETS.ch_diploma.settings).toEqual({
      gradeStep: 0.5,
      averageWeighting: 'coefficient',
      finalRounding: 0.5,
      resitPolicy: 'best',
      compensation: true,
      keepPassedModules: false,
    });
  });

  it('asks of a Swiss diploma: mean ≥ 4, at most one module below 4, none below 3, 80 % attendance, project ≥ 4', () => {
    expect(presetRules('ch_diploma', null)).toEqual([
      { kind: 'overall_average', threshold: 4 },
      { kind: 'max_below_pass', maxCount: 1 },
      { kind: 'module_minimum', threshold: 3 },
      { kind: 'attendance', threshold: 80, excusedCountAsAbsent: false },
      { kind: 'project_grade', threshold: 4 },
    ]);
  });

  it('describes the licence pro: FR_20 to the hundredth, weighted by ECTS, not rounded, units kept, annual compensation', () => {
    expect(PRESETS.fr_licence_pro.scale).toBe('FR_20');
    expect(PRESETS.fr_licence_pro.settings).toEqual({
      gradeStep: 0.01,
      averageWeighting: 'ects',
      finalRounding: null,
      resitPolicy: 'best',
      compensation: true,
      keepPassedModules: true,
    });
  });

  it('asks of a licence pro: overall ≥ 10, project + work period ≥ 10 separately, 80 % attendance with excused absences neutral', () => {
    expect(presetRules('fr_licence_pro', 'g1')).toEqual([
      { kind: 'overall_average', threshold: 10 },
      { kind: 'group_average', threshold: 10, groupId: 'g1' },
      { kind: 'attendance', threshold: 80, excusedCountAsAbsent: false },
    ]);
  });

  it('gives rules that fit their own scale', () => {
    for (const preset of ['ch_diploma', 'fr_licence_pro'] as const) {
      const { errors } = validateRules(
        PRESETS[preset].scale,
        presetRules(preset, 'g1'),
        new Set(['g1']),
      );
      expect(errors).toEqual([]);
    }
  });
});

describe('validateRules', () => {
  it('fills the fields a kind does not use with null', () => {
    expect(
      validateRules('CH_6', [{ kind: 'max_below_pass', maxCount: 2 }], new Set()).rules,
    ).toEqual([
      {
        kind: 'max_below_pass',
        threshold: null,
        groupId: null,
        maxCount: 2,
        excusedCountAsAbsent: null,
      },
    ]);
  });

  it('names the field of the offending rule', () => {
    const { errors } = validateRules(
      'CH_6',
      [
        { kind: 'overall_average', threshold: 4 },
        { kind: 'module_minimum', threshold: 0.5 },
        { kind: 'attendance', threshold: 80 },
      ],
      new Set(),
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['rules.1.threshold', 'onScale'],
      ['rules.2.excusedCountAsAbsent', 'isDefined'],
    ]);
  });

  it('takes an attendance threshold as a % whatever the scale', () => {
    const rule = { kind: 'attendance' as const, threshold: 75, excusedCountAsAbsent: true };
    expect(validateRules('CH_6', [rule], new Set()).errors).toEqual([]);
    expect(validateRules('FR_20', [rule], new Set()).errors).toEqual([]);
  });
});
