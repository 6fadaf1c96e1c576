/**
 * Every `code` a problem+json answer may carry: the one list the frontend translates
 * (published as the `code` enum of `ProblemDto` in the OpenAPI document). A code that is not
 * here does not compile: `ProblemException`, `conflict`, `badRequest` and `notFound` take an
 * `ErrorCode` (or, for `notFound`, a `NotFoundSubject`).
 */
export const ERROR_CODES = [
  // Generic answers (the filter's defaults for a status, a guard, the validation pipe).
  'bad_request',
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'payload_too_large',
  'uri_too_long',
  'unsupported_media_type',
  'too_many_requests',
  'internal',
  'unavailable',
  'error',
  // SQLSTATEs a service did not map (problem.filter.ts).
  'conflict.unique',
  'conflict.overlap',
  'conflict.reference',
  'invalid.check',
  'invalid.syntax',
  'invalid.too_long',
  'invalid.out_of_range',
  'invalid.datetime',
  // hostile input refused before validation (common/input-guard.ts)
  'invalid.too_deep',
  // identity
  'csrf.invalid',
  'auth.invalid_credentials',
  'auth.account_disabled',
  'auth.throttled',
  'auth.password_token_invalid',
  'user.not_found',
  'user.email_taken',
  'user.not_student',
  // programmes
  'programme.not_found',
  'programme.code_taken',
  'programme.in_use',
  'programme.archived',
  'programme.scale_locked',
  'module.not_found',
  'module.code_taken',
  'module.in_use',
  'module.order_mismatch',
  'programme.preset_scale',
  'programme.step_locked',
  'programme.rules_off_scale',
  'period.not_found',
  'group.not_found',
  'group.code_taken',
  'group.in_use',
  // cohorts
  'cohort.not_found',
  'cohort.name_taken',
  'cohort.in_use',
  'cohort.closed',
  'enrolment.not_found',
  'enrolment.exists',
  'enrolment.not_active',
  'import.invalid_file',
  // partners
  'partner.not_found',
  'partner.name_taken',
  'partner.in_use',
  'contact.not_found',
  'contact.in_use',
  // scheduling
  'session.not_found',
  'session.conflict',
  'session.series_conflict',
  'session.stale',
  'session.already_cancelled',
  'session.not_cancelled',
  'session.has_invitations',
  'session.in_use',
  'room.not_found',
  'room.name_taken',
  'room.not_editable',
  'room.in_use',
  'synthesis.not_found',
  'synthesis.too_early',
  'synthesis.submitted',
  'synthesis.session_cancelled',
  // assessments
  'assessment.not_found',
  'assessment.module_invalid',
  'assessment.session_invalid',
  'assessment.has_grades',
  'assessment.computed',
  'assessment.kind_mismatch',
  'grade.not_found',
  'grade.stale',
  'grade.off_scale',
  'grade.import_invalid',
  // attendance
  'attendance.already_signed',
  'attendance.window_closed',
  'attendance.too_early',
  'attendance.token_invalid',
  'attendance.signature_invalid',
  'attendance.part_invalid',
  'attendance.reason_required',
  'attendance.not_enrolled',
  'attendance.already_certified',
  'attendance.session_cancelled',
  // speakers
  'speaker.not_found',
  'speaker.email_taken',
  'speaker.not_editable',
  'speaker.in_use',
  'invitation.not_found',
  'invitation.illegal_transition',
  'invitation.duplicate',
  'invitation.not_a_guest_talk',
  'invitation.not_draft',
  'invitation.not_started',
  'invitation.session_cancelled',
  'invitation.session_past',
  'invitation.closed',
  'invitation.changed',
  'invitation.no_link',
  'invitation.link_invalid',
  'invitation.link_revoked',
  'invitation.link_expired',
  'invitation.link_used',
  // calendars
  'calendar_feed.not_found',
  // projects
  'project.not_found',
  'project.student_taken',
  'project.illegal_transition',
  'project.transition_forbidden',
  'project.closed',
  'project.locked',
  'project.mentor_missing',
  'project.tutor_missing',
  'project.not_accepting_submissions',
  'project.not_defensible',
  'project.not_gradable',
  'project.grade_missing',
  'project.final_report_missing',
  'milestone.not_found',
  'milestone.due_locked',
  'milestone.has_submissions',
  'submission.not_found',
  'defence.not_found',
  'mentor_link.invalid',
  'mentor_link.expired',
  'mentor_link.revoked',
  // storage
  'upload.too_large',
  'upload.type_not_allowed',
  'upload.executable',
  'upload.not_multipart',
  'upload.malformed',
  'upload.incomplete',
  'upload.timeout',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** What `notFound(what)` may name: each has its `<what>.not_found` code in the list. */
export type NotFoundSubject = ErrorCode extends infer C
  ? C extends `${infer S}.not_found`
    ? S
    : never
  : never;

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

export function isErrorCode(code: string): code is ErrorCode {
  return KNOWN.has(code);
}
