export const MILESTONE_KINDS = [
  'proposal',
  'intermediate_report',
  'final_report',
  'defence',
  'other',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
