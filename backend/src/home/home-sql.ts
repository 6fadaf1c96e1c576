/** How many items a home list shows at most: a home page is a summary, each list links on. */
export const HOME_LIMIT = 20;
/** An invitation sent this many days ago without an answer asks for a reminder. */
export const NO_ANSWER_DAYS = 7;
/** Feedback this recent is "new" on the student's home. */
export const NEW_FEEDBACK_DAYS = 14;

/** The programme's local "now" (`tz` a column such as `pg.time_zone`). */
export const localNow = (tz: string) => `(now() AT TIME ZONE ${tz})`;
/** The instant the local day of now begins. */
export const startOfToday = (tz: string) =>
  `(date_trunc('day', ${localNow(tz)}) AT TIME ZONE ${tz})`;
/** The instant the local week (from Monday) after `weeks` more weeks ends. */
export const endOfWeek = (tz: string, weeks = 1) =>
  `((date_trunc('week', ${localNow(tz)}) + interval '${7 * weeks} days') AT TIME ZONE ${tz})`;

export const iso = (d: Date) => d.toISOString();

/** The cohort reference every item carries. */
export interface CohortColumns {
  cohort_id: string;
  cohort_name: string;
  time_zone: string;
}

export const cohortRef = (r: CohortColumns) => ({
  id: r.cohort_id,
  name: r.cohort_name,
  timeZone: r.time_zone,
});
