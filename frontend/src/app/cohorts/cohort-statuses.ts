import { type CohortStatus, type EnrolmentStatus } from '../core/api/types';

export const COHORT_STATUSES: readonly CohortStatus[] = ['planned', 'running', 'closed'];
export const ENROLMENT_STATUSES: readonly EnrolmentStatus[] = ['active', 'withdrawn', 'graduated'];
