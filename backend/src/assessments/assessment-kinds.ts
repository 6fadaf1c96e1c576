export const ASSESSMENT_KINDS = [
  'exam',
  'assignment',
  'participation',
  'synthesis',
  'project',
  'defence',
  'work_period',
] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** 1 the first attempt, 2 the resit. */
export const ATTEMPTS = [1, 2] as const;
export type Attempt = (typeof ATTEMPTS)[number];
