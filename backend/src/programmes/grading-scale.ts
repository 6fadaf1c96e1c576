export const GRADING_SCALES = ['CH_6', 'FR_20'] as const;
export type GradingScale = (typeof GRADING_SCALES)[number];

export interface ScaleRule {
  min: number;
  max: number;
  /** Smallest difference between two grades. */
  step: number;
  pass: number;
}

/** The two scales: Swiss 1–6 by halves (pass 4), French 0–20 by hundredths (pass 10). */
export const SCALES: Record<GradingScale, ScaleRule> = {
  CH_6: { min: 1, max: 6, step: 0.5, pass: 4 },
  FR_20: { min: 0, max: 20, step: 0.01, pass: 10 },
};

/** Whether a grade lies on the scale (in range and on a step). */
export function onScale(scale: GradingScale, grade: number): boolean {
  const rule = SCALES[scale];
  if (!Number.isFinite(grade) || grade < rule.min || grade > rule.max) return false;
  const steps = (grade - rule.min) / rule.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}
