/** Problems that deserve an explanation in the cohorts texts. */
export const COHORT_PROBLEMS: Readonly<Record<string, string>> = {
  'cohort.in_use': 'cohorts.problem.inUse',
  'cohort.closed': 'cohorts.problem.closed',
  'enrolment.not_active': 'cohorts.problem.notActive',
};
