/**
 * The diploma rules over what the SQL aggregated (progress.queries.ts): per student, the
 * module averages (weighted by the assessments' coefficients, computed in SQL) become period,
 * group and overall averages, compensation, each rule met / not met / pending with its reason,
 * and the outcome. Pure, so that the rounding and the compensation are unit-tested; it costs no
 * query (a cohort's computation is a fixed number of statements whatever its size).
 */

export type ModuleKind = 'course' | 'project' | 'work_period';
export type RuleKind =
  | 'overall_average'
  | 'group_average'
  | 'module_minimum'
  | 'max_below_pass'
  | 'attendance'
  | 'project_grade'
  /** Implicit: every module passed, or compensated where compensation is on. */
  | 'modules_passed';
export type Outcome = 'met' | 'not_met' | 'pending';

export interface ProgrammeSettings {
  pass: number;
  weighting: 'ects' | 'coefficient';
  /** The overall average is rounded to this step (CH 0.5); null: kept to the hundredth. */
  finalRounding: number | null;
  compensation: boolean;
}

export interface ModuleInfo {
  id: string;
  code: string;
  title: string;
  kind: ModuleKind;
  ects: number;
  coefficient: number;
  periodId: string | null;
  groupId: string | null;
}

export interface PeriodInfo {
  id: string;
  /** Null: the programme's setting. */
  compensation: boolean | null;
}

export interface GroupInfo {
  id: string;
  code: string;
  title: string;
}

export interface RuleInfo {
  id: string;
  kind: Exclude<RuleKind, 'modules_passed'>;
  threshold: number | null;
  groupId: string | null;
  maxCount: number | null;
  excusedCountAsAbsent: boolean | null;
}

/** A module's marks for one student, as the SQL aggregated them. */
export interface ModuleMarks {
  /** Weighted average of the grades that count (and that the viewer may see), 2 decimals. */
  average: number | null;
  /** Assessments that count in the module, and how many of them the student has a grade in. */
  expected: number;
  graded: number;
  /** Passed in an earlier cohort of the programme and kept (keep_passed_modules). */
  kept?: boolean;
}

/** Attended and counted minutes over held and taken parts (see attendance in issue 8). */
export interface AttendanceMinutes {
  attended: number;
  /** Excused absences left out of the denominator. */
  countedExcusedNeutral: number;
  /** Excused absences counted as absences. */
  countedExcusedAbsent: number;
  /** Sessions of the cohort still to be held. */
  upcoming: number;
}

export interface Reason {
  code: string;
  params: Record<string, string | number>;
}

export interface ModuleResult {
  moduleId: string;
  average: number | null;
  /** Null while the module is not complete. */
  passed: boolean | null;
  compensated: boolean;
  complete: boolean;
  kept: boolean;
}

export interface AverageResult {
  id: string;
  average: number | null;
  complete: boolean;
}

export interface RuleResult {
  ruleId: string | null;
  kind: RuleKind;
  met: boolean | null;
  reason: Reason;
}

export interface StudentResult {
  modules: ModuleResult[];
  periods: AverageResult[];
  groups: AverageResult[];
  projectGrade: number | null;
  attendanceRate: number | null;
  overallAverage: number | null;
  overallComplete: boolean;
  rules: RuleResult[];
  outcome: Outcome;
}

export interface Structure {
  programme: ProgrammeSettings;
  modules: ModuleInfo[];
  periods: PeriodInfo[];
  groups: GroupInfo[];
  rules: RuleInfo[];
}

const EPSILON = 1e-7;

/** `value` rounded half up to a multiple of `step` (0.5, 0.25, 0.01), as a 2-decimal number. */
export function roundToStep(value: number, step: number): number {
  const steps = Math.floor(value / step + 0.5 + EPSILON);
  return Number((steps * step).toFixed(2));
}

/** Weighted mean of (value, weight) pairs with a positive weight; null when there is none. */
export function weightedMean(pairs: { value: number; weight: number }[]): number | null {
  const used = pairs.filter((p) => p.weight > 0);
  const weight = used.reduce((s, p) => s + p.weight, 0);
  if (weight <= 0) return null;
  return used.reduce((s, p) => s + p.value * p.weight, 0) / weight;
}

/** Percent to one decimal; null when nothing was counted. */
export function rate(attended: number, counted: number): number | null {
  if (counted <= 0) return null;
  return Number(((attended / counted) * 100 + EPSILON).toFixed(1));
}

export function attendanceRateFor(
  minutes: AttendanceMinutes,
  excusedCountAsAbsent: boolean,
): number | null {
  return rate(
    minutes.attended,
    excusedCountAsAbsent ? minutes.countedExcusedAbsent : minutes.countedExcusedNeutral,
  );
}

const round2 = (value: number) => roundToStep(value, 0.01);

/** Evaluates one student from their module marks and attendance minutes. */
export function evaluateStudent(
  structure: Structure,
  marks: ReadonlyMap<string, ModuleMarks>,
  attendance: AttendanceMinutes,
): StudentResult {
  const { programme } = structure;
  const weight = (m: ModuleInfo) => (programme.weighting === 'ects' ? m.ects : m.coefficient);

  const base = structure.modules.map((m) => {
    const mark = marks.get(m.id);
    const kept = mark?.kept ?? false;
    const complete = kept || (!!mark && mark.expected > 0 && mark.graded >= mark.expected);
    const average = mark?.average ?? null;
    return { info: m, average, complete, kept };
  });

  /** Average of a set of modules, and whether every one of them is complete (no allocation). */
  const meanOf = (set: readonly number[]): { mean: number | null; complete: boolean } => {
    let sum = 0;
    let total = 0;
    let complete = set.length > 0;
    for (const i of set) {
      const m = base[i];
      if (!m.complete) complete = false;
      const w = weight(m.info);
      if (m.average !== null && w > 0) {
        sum += m.average * w;
        total += w;
      }
    }
    return { mean: total > 0 ? sum / total : null, complete };
  };
  const averageOf = (set: readonly number[]) => {
    const { mean, complete } = meanOf(set);
    return { average: mean === null ? null : round2(mean), complete };
  };
  const sets = setsOf(structure);

  const overallRaw = meanOf(sets.all).mean;
  const overallAverage =
    overallRaw === null
      ? null
      : programme.finalRounding
        ? roundToStep(overallRaw, programme.finalRounding)
        : round2(overallRaw);
  const overallComplete = base.length > 0 && base.every((m) => m.complete);

  const compensable = (m: ModuleInfo) =>
    (m.periodId ? sets.periodCompensation.get(m.periodId) : null) ?? programme.compensation;
  const overallPasses =
    overallComplete && overallAverage !== null && overallAverage + EPSILON >= programme.pass;

  const modules: ModuleResult[] = base.map((m) => {
    const below = m.complete && m.average !== null && m.average + EPSILON < programme.pass;
    const passed = m.complete ? m.average !== null && !below : null;
    const compensated = below && compensable(m.info) && overallPasses;
    return {
      moduleId: m.info.id,
      average: m.average,
      passed,
      compensated,
      complete: m.complete,
      kept: m.kept,
    };
  });

  const periods = structure.periods.map((p, i) => ({ id: p.id, ...averageOf(sets.periods[i]) }));
  const groups = structure.groups.map((g, i) => ({ id: g.id, ...averageOf(sets.groups[i]) }));
  const project = averageOf(sets.project);
  const projectGrade = project.average;

  const firstAttendance = structure.rules.find((r) => r.kind === 'attendance');
  const attendanceRate = attendanceRateFor(
    attendance,
    firstAttendance?.excusedCountAsAbsent ?? false,
  );

  const rules: RuleResult[] = structure.rules.map((rule) => {
    const evaluated = evaluateRule(rule, {
      structure,
      base,
      overallAverage,
      overallComplete,
      groups,
      project,
      attendance,
    });
    return { ruleId: rule.id, kind: rule.kind, ...evaluated };
  });
  rules.push({
    ruleId: null,
    kind: 'modules_passed',
    ...modulesPassed(structure, base, modules, compensable, overallComplete, overallAverage),
  });

  const outcome: Outcome = rules.some((r) => r.met === false)
    ? 'not_met'
    : rules.some((r) => r.met === null)
      ? 'pending'
      : 'met';

  return {
    modules,
    periods,
    groups,
    projectGrade,
    attendanceRate,
    overallAverage,
    overallComplete,
    rules,
    outcome,
  };
}

interface Sets {
  all: number[];
  periods: number[][];
  groups: number[][];
  project: number[];
  periodCompensation: Map<string, boolean | null>;
}

const SETS = new WeakMap<Structure, Sets>();

/** The module indexes of each period, group and of the project, computed once per structure. */
function setsOf(structure: Structure): Sets {
  let sets = SETS.get(structure);
  if (!sets) {
    const indexes = (keep: (m: ModuleInfo) => boolean) =>
      structure.modules.flatMap((m, i) => (keep(m) ? [i] : []));
    sets = {
      all: indexes(() => true),
      periods: structure.periods.map((p) => indexes((m) => m.periodId === p.id)),
      groups: structure.groups.map((g) => indexes((m) => m.groupId === g.id)),
      project: indexes((m) => m.kind === 'project'),
      periodCompensation: new Map(structure.periods.map((p) => [p.id, p.compensation])),
    };
    SETS.set(structure, sets);
  }
  return sets;
}

interface RuleContext {
  structure: Structure;
  base: { info: ModuleInfo; average: number | null; complete: boolean; kept: boolean }[];
  overallAverage: number | null;
  overallComplete: boolean;
  groups: AverageResult[];
  project: { average: number | null; complete: boolean };
  attendance: AttendanceMinutes;
}

type Verdict = { met: boolean | null; reason: Reason };

const atLeast = (value: number, threshold: number) => value + EPSILON >= threshold;

function thresholdVerdict(
  kind: string,
  value: number | null,
  complete: boolean,
  threshold: number,
  extra: Record<string, string | number> = {},
): Verdict {
  const params = { ...extra, threshold, ...(value === null ? {} : { value }) };
  if (!complete || value === null)
    return { met: null, reason: { code: `${kind}.pending`, params } };
  const met = atLeast(value, threshold);
  return { met, reason: { code: `${kind}.${met ? 'met' : 'not_met'}`, params } };
}

function evaluateRule(rule: RuleInfo, ctx: RuleContext): Verdict {
  const { pass } = ctx.structure.programme;
  const threshold = rule.threshold ?? pass;
  switch (rule.kind) {
    case 'overall_average':
      return thresholdVerdict(
        'overall_average',
        ctx.overallAverage,
        ctx.overallComplete,
        threshold,
      );
    case 'group_average': {
      const group = ctx.structure.groups.find((g) => g.id === rule.groupId);
      const result = ctx.groups.find((g) => g.id === rule.groupId);
      return thresholdVerdict(
        'group_average',
        result?.average ?? null,
        result?.complete ?? false,
        threshold,
        { group: group?.code ?? '', title: group?.title ?? '' },
      );
    }
    case 'project_grade':
      if (!ctx.structure.modules.some((m) => m.kind === 'project'))
        return { met: null, reason: { code: 'project_grade.no_project', params: { threshold } } };
      return thresholdVerdict(
        'project_grade',
        ctx.project.average,
        ctx.project.complete,
        threshold,
      );
    case 'attendance': {
      const value = attendanceRateFor(ctx.attendance, rule.excusedCountAsAbsent ?? false);
      return thresholdVerdict('attendance', value, ctx.attendance.upcoming === 0, threshold);
    }
    case 'module_minimum': {
      const failing = ctx.base
        .filter(
          (m) => m.complete && !m.kept && m.average !== null && !atLeast(m.average, threshold),
        )
        .sort((a, b) => (a.average as number) - (b.average as number));
      if (failing.length) {
        const worst = failing[0];
        return {
          met: false,
          reason: {
            code: 'module_minimum.not_met',
            params: {
              module: worst.info.code,
              title: worst.info.title,
              value: worst.average as number,
              threshold,
              count: failing.length,
            },
          },
        };
      }
      const pending = ctx.base.filter((m) => !m.complete).length;
      return pending
        ? { met: null, reason: { code: 'module_minimum.pending', params: { threshold, pending } } }
        : { met: true, reason: { code: 'module_minimum.met', params: { threshold } } };
    }
    case 'max_below_pass': {
      const max = rule.maxCount ?? 0;
      const below = ctx.base.filter(
        (m) => m.complete && !m.kept && m.average !== null && !atLeast(m.average, pass),
      ).length;
      const params = { count: below, max, pass };
      if (below > max) return { met: false, reason: { code: 'max_below_pass.not_met', params } };
      if (ctx.base.some((m) => !m.complete))
        return { met: null, reason: { code: 'max_below_pass.pending', params } };
      return { met: true, reason: { code: 'max_below_pass.met', params } };
    }
  }
}

function modulesPassed(
  structure: Structure,
  base: RuleContext['base'],
  modules: ModuleResult[],
  compensable: (m: ModuleInfo) => boolean,
  overallComplete: boolean,
  overallAverage: number | null,
): Verdict {
  const { pass } = structure.programme;
  const below = base.filter((m) => m.complete && m.average !== null && !atLeast(m.average, pass));
  const refused = below.find(
    (m) => !compensable(m.info) || (overallComplete && !atLeast(overallAverage ?? 0, pass)),
  );
  if (refused) {
    return {
      met: false,
      reason: {
        code: compensable(refused.info)
          ? 'modules_passed.not_compensated'
          : 'modules_passed.not_met',
        params: {
          module: refused.info.code,
          title: refused.info.title,
          value: refused.average as number,
          pass,
        },
      },
    };
  }
  const compensated = modules.filter((m) => m.compensated).length;
  if (!overallComplete)
    return { met: null, reason: { code: 'modules_passed.pending', params: { pass } } };
  return {
    met: true,
    reason: {
      code: compensated ? 'modules_passed.compensated' : 'modules_passed.met',
      params: { pass, count: compensated },
    },
  };
}
