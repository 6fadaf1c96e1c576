import {
  type AttendanceMinutes,
  evaluateStudent,
  type ModuleInfo,
  type ModuleMarks,
  rate,
  roundToStep,
  type Structure,
} from './progress-rules';

const moduleInfo = (id: string, extra: Partial<ModuleInfo> = {}): ModuleInfo => ({
  id,
  code: id.toUpperCase(),
  title: `Module ${id}`,
  kind: 'course',
  ects: 5,
  coefficient: 1,
  periodId: null,
  groupId: null,
  ...extra,
});

const swiss = (compensation = true): Structure => ({
  programme: { pass: 4, weighting: 'coefficient', finalRounding: 0.5, compensation },
  modules: [moduleInfo('a'), moduleInfo('b'), moduleInfo('c')],
  periods: [],
  groups: [],
  rules: [
    {
      id: 'r1',
      kind: 'overall_average',
      threshold: 4,
      groupId: null,
      maxCount: null,
      excusedCountAsAbsent: null,
    },
    {
      id: 'r2',
      kind: 'max_below_pass',
      threshold: null,
      groupId: null,
      maxCount: 1,
      excusedCountAsAbsent: null,
    },
  ],
});

const done = (average: number): ModuleMarks => ({ average, expected: 2, graded: 2 });
const noAttendance: AttendanceMinutes = {
  attended: 0,
  countedExcusedNeutral: 0,
  countedExcusedAbsent: 0,
  upcoming: 0,
};
const marks = (entries: Record<string, ModuleMarks>) => new Map(Object.entries(entries));

describe('progress rules', () => {
  it('rounds half up to the step: 4.25 to 4.5, 4.24 to 4, 3.75 to 4 on halves', () => {
    expect(roundToStep(4.25, 0.5)).toBe(4.5);
    expect(roundToStep(4.24, 0.5)).toBe(4);
    expect(roundToStep(3.75, 0.5)).toBe(4);
    expect(roundToStep(4.125, 0.25)).toBe(4.25);
    expect(roundToStep(9.995, 0.01)).toBe(10);
  });

  it('gives an attendance rate to one decimal, none when nothing was counted', () => {
    expect(rate(288, 400)).toBe(72);
    expect(rate(1, 3)).toBe(33.3);
    expect(rate(0, 0)).toBeNull();
  });

  it('compensates a module below the pass mark when the rounded overall average passes', () => {
    // (5 + 3.5 + 4.5) / 3 = 4.333 → 4.5 on halves
    const result = evaluateStudent(
      swiss(),
      marks({ a: done(5), b: done(3.5), c: done(4.5) }),
      noAttendance,
    );
    expect(result.overallAverage).toBe(4.5);
    expect(result.modules.find((m) => m.moduleId === 'b')).toMatchObject({
      passed: false,
      compensated: true,
    });
    expect(result.outcome).toBe('met');
    expect(result.rules.at(-1)?.reason.code).toBe('modules_passed.compensated');
  });

  it('fails the same student when compensation is off', () => {
    const result = evaluateStudent(
      swiss(false),
      marks({ a: done(5), b: done(3.5), c: done(4.5) }),
      noAttendance,
    );
    expect(result.outcome).toBe('not_met');
    expect(result.rules.at(-1)).toMatchObject({
      kind: 'modules_passed',
      met: false,
      reason: { code: 'modules_passed.not_met', params: { module: 'B', value: 3.5 } },
    });
  });

  it('is pending while a module is not fully graded, and not met once too many are below', () => {
    const pending = evaluateStudent(
      swiss(),
      marks({ a: done(5), b: { average: 4, expected: 2, graded: 1 }, c: done(4.5) }),
      noAttendance,
    );
    expect(pending.outcome).toBe('pending');
    expect(pending.modules[1]).toMatchObject({ average: 4, passed: null, complete: false });
    const failed = evaluateStudent(
      swiss(),
      marks({ a: done(3), b: done(3.5), c: { average: 6, expected: 2, graded: 1 } }),
      noAttendance,
    );
    expect(failed.rules.find((r) => r.kind === 'max_below_pass')).toMatchObject({
      met: false,
      reason: { params: { count: 2, max: 1 } },
    });
    expect(failed.outcome).toBe('not_met');
  });

  it('weights by ECTS and averages a group separately (project + work period)', () => {
    const structure: Structure = {
      programme: { pass: 10, weighting: 'ects', finalRounding: null, compensation: true },
      modules: [
        moduleInfo('ue1', { ects: 20 }),
        moduleInfo('ue4', { ects: 6, kind: 'project', groupId: 'g' }),
        moduleInfo('ue5', { ects: 14, kind: 'work_period', groupId: 'g' }),
      ],
      periods: [],
      groups: [{ id: 'g', code: 'UE 5', title: 'projet + stage' }],
      rules: [
        {
          id: 'r1',
          kind: 'overall_average',
          threshold: 10,
          groupId: null,
          maxCount: null,
          excusedCountAsAbsent: null,
        },
        {
          id: 'r2',
          kind: 'group_average',
          threshold: 10,
          groupId: 'g',
          maxCount: null,
          excusedCountAsAbsent: null,
        },
      ],
    };
    // overall (14×20 + 8×6 + 10.3×14) / 40 = 472.2 / 40 = 11.805 → 11.81
    // group (8×6 + 10.3×14) / 20 = 192.2 / 20 = 9.61 < 10
    const result = evaluateStudent(
      structure,
      marks({ ue1: done(14), ue4: done(8), ue5: done(10.3) }),
      noAttendance,
    );
    expect(result.overallAverage).toBe(11.81);
    expect(result.projectGrade).toBe(8);
    expect(result.rules[1]).toMatchObject({
      met: false,
      reason: {
        code: 'group_average.not_met',
        params: { group: 'UE 5', value: 9.61, threshold: 10 },
      },
    });
    expect(result.outcome).toBe('not_met');
  });
});
