import { type ValidatorFn } from '@angular/forms';
import { type GradingScale } from '../core/api/types';

export interface ScaleRule {
  min: number;
  max: number;
  /** Smallest difference between two grades. */
  step: number;
  pass: number;
  /** `digitsInfo` for `cqNumber`: how a grade of this scale is written. */
  digits: string;
}

/** The two scales (as the API defines them): Swiss 1–6 by halves, French 0–20 by hundredths. */
export const SCALES: Readonly<Record<GradingScale, ScaleRule>> = {
  CH_6: { min: 1, max: 6, step: 0.5, pass: 4, digits: '1.0-1' },
  FR_20: { min: 0, max: 20, step: 0.01, pass: 10, digits: '1.0-2' },
};

export const GRADING_SCALES: readonly GradingScale[] = ['CH_6', 'FR_20'];

/** Whether a grade lies on the scale: in range and on a step. */
export function onScale(scale: GradingScale, grade: number): boolean {
  const rule = SCALES[scale];
  if (!Number.isFinite(grade) || grade < rule.min || grade > rule.max) return false;
  const steps = (grade - rule.min) / rule.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/**
 * A grade field on the programme's scale (empty is allowed: "no minimum").
 * Error: `{ onScale: { min, max, step } }`.
 */
export function onScaleValidator(scale: () => GradingScale): ValidatorFn {
  return (control) => {
    const value: unknown = control.value;
    if (value === null || value === undefined || value === '') return null;
    const current = scale();
    const rule = SCALES[current];
    return typeof value === 'number' && onScale(current, value)
      ? null
      : { onScale: { min: rule.min, max: rule.max, step: rule.step } };
  };
}

/**
 * After the scale changed: a minimum that was the old pass grade becomes the new one;
 * any other value stays (and is checked against the new scale).
 */
export function carryMinimum(
  value: number | null,
  from: GradingScale,
  to: GradingScale,
): number | null {
  return value !== null && value === SCALES[from].pass ? SCALES[to].pass : value;
}
