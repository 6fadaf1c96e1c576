// Generated from the backend's OpenAPI document by scripts/api-types.mjs. Do not edit.
export interface paths {
  '/.well-known/did.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The DID document of the issuer (did:web of PUBLIC_URL) */
    get: operations['WellKnownController_did'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/.well-known/jwks.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The issuer public keys as a JWKS */
    get: operations['WellKnownController_jwks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/mail': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MailboxController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/mail/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MailboxController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/mail/{id}/resend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MailboxController_resend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/mail/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MailboxController_templates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/mail/templates/{kind}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MailboxController_preview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AssessmentsController_get'];
    put?: never;
    post?: never;
    /** Delete an assessment that has no grade */
    delete: operations['AssessmentsController_remove'];
    options?: never;
    head?: never;
    patch: operations['AssessmentsController_update'];
    trace?: never;
  };
  '/api/assessments/{id}/grades/{studentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a cell (409 grade.stale when expectedVersion is not current) */
    put: operations['GradesController_set'];
    post?: never;
    /** Clear a cell (409 grade.stale when expectedVersion is not current) */
    delete: operations['GradesController_clear'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Release the grades to the students */
    post: operations['AssessmentsController_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/assessments/{id}/unrelease': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hide the grades from the students again */
    post: operations['AssessmentsController_unrelease'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/attendance/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in for a part of a session (QR code in the room, or online) */
    post: operations['AttendanceController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/email-change/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AccountMailController_confirmEmailChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/forgot-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AccountMailController_forgotPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_setPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-tokens/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_describePasswordToken'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar-feeds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarsController_list'];
    put?: never;
    /** A private iCalendar URL to subscribe to in a calendar app */
    post: operations['CalendarsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar-feeds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['CalendarsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The feed itself: GET /api/calendar/<token>.ics (no sign-in) */
    get: operations['CalendarsController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CohortsController_list'];
    put?: never;
    post: operations['CohortsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AssessmentsController_list'];
    put?: never;
    post: operations['AssessmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/diplomas': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each enrolled student: the jury’s decision in force, issuable, diploma */
    get: operations['DiplomasController_cohort'];
    put?: never;
    /** Issue one student’s diploma (idempotent: a repeat answers the same diploma) */
    post: operations['DiplomasController_issue'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/diplomas/issue-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue every awarded student’s diploma, one transaction each */
    post: operations['DiplomasController_issueAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/gradebook': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Students × assessments of a cohort, every cell with its version */
    get: operations['GradesController_gradebook'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/gradebook.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['GradesController_exportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/gradebook/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Writes every change, or nothing when a row has an error (400) */
    post: operations['GradesController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/gradebook/import/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** What an import would change, row by row, with errors; writes nothing */
    post: operations['GradesController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgressController_cohort'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/progress/students/{studentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgressController_student'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/progress/students/{studentId}/details': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgressController_details'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/students/{studentId}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A student’s attendance: rates per module and overall, each part */
    get: operations['AttendanceController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/students/{studentId}/attendance/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A month’s attendance statement: …/attendance/<YYYY-MM>.pdf */
    get: operations['AttendanceController_month'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/students/{studentId}/grade-audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every change of a student’s grades in the cohort (administrators) */
    get: operations['GradesController_audit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/students/{studentId}/grades': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A student’s grades: staff all, the student the released ones */
    get: operations['GradesController_forStudent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{cohortId}/students/{studentId}/transcript.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgressController_transcript'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CohortsController_get'];
    put?: never;
    post?: never;
    delete: operations['CohortsController_remove'];
    options?: never;
    head?: never;
    patch: operations['CohortsController_update'];
    trace?: never;
  };
  '/api/cohorts/{id}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CohortEnrolmentsController_list'];
    put?: never;
    post: operations['CohortEnrolmentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{id}/enrolments/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CohortEnrolmentsController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{id}/enrolments/import/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CohortEnrolmentsController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{id}/instructors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['CohortsController_setInstructors'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{id}/milestone-template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MilestonesController_template'];
    put: operations['MilestonesController_setTemplate'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cohorts/{id}/roster.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CohortEnrolmentsController_roster'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credentials/jwks.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The issuer public keys as a JWKS (also at /.well-known/jwks.json) */
    get: operations['CredentialsController_jwks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credentials/status/{listId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A Bitstring Status List credential (revocation), as a VC-JWT
     * @description application/vc+jwt by default; its JSON payload with Accept: application/json.
     */
    get: operations['CredentialsController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/diplomas/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A diploma (its holder or an admin) */
    get: operations['DiplomasController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/diplomas/{id}/credential.jwt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The Open Badges 3.0 credential, as a VC-JWT */
    get: operations['DiplomasController_credential'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/diplomas/{id}/diploma.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The diploma as a PDF (A4 landscape), in the holder’s language */
    get: operations['DiplomasController_pdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/diplomas/{id}/display': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** What the public verification page shows (grade, honours) */
    patch: operations['DiplomasController_display'];
    trace?: never;
  };
  '/api/diplomas/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a diploma, with a reason (final) */
    post: operations['DiplomasController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/diplomas/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My diplomas, with the verification link, its QR code, LinkedIn */
    get: operations['DiplomasController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/enrolments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['EnrolmentsController_update'];
    trace?: never;
  };
  '/api/enrolments/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['EnrolmentsController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/home/admin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HomeController_adminHome'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/home/instructor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HomeController_instructorHome'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/home/student': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HomeController_studentHome'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InvitationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InvitationsController_get'];
    put?: never;
    post?: never;
    delete: operations['InvitationsController_remove'];
    options?: never;
    head?: never;
    patch: operations['InvitationsController_update'];
    trace?: never;
  };
  '/api/invitations/{id}/link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a new link for the speaker; the previous one stops working */
    post: operations['InvitationsController_newLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/invitations/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move the invitation; to: invited issues the speaker’s link */
    post: operations['InvitationsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/juries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JuriesController_list'];
    put?: never;
    post: operations['JuriesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/juries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JuriesController_board'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/juries/{id}/award-eligible': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Awards every student who meets every rule and has no decision yet */
    post: operations['JuriesController_awardEligible'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/juries/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a decision (a new row; after the sign-off a correction with its reason) */
    post: operations['JuriesController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/juries/{id}/minutes.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JuriesController_minutesPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/juries/{id}/sign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The president signs the minutes: the decisions are locked */
    post: operations['JuriesController_sign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['AuthController_updateMe'];
    trace?: never;
  };
  '/api/me/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_cohortsITeach'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/email-change': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AccountMailController_emailChange'];
    put?: never;
    post: operations['AccountMailController_requestEmailChange'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/programme': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MeController_programme'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MentorController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor/{token}/grade': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['MentorController_grade'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor/{token}/milestones/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MentorController_comment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor/{token}/submissions/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MentorController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor/{token}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MentorController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mentor/{token}/summary.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MentorController_summaryHtml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/milestones/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MilestonesController_get'];
    put?: never;
    post?: never;
    delete: operations['MilestonesController_remove'];
    options?: never;
    head?: never;
    patch: operations['MilestonesController_update'];
    trace?: never;
  };
  '/api/milestones/{id}/extensions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MilestonesController_extend'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/milestones/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MilestonesController_comment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/milestones/{id}/submissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['MilestonesController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/module-groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['ModuleGroupsController_remove'];
    options?: never;
    head?: never;
    patch: operations['ModuleGroupsController_update'];
    trace?: never;
  };
  '/api/modules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CourseModulesController_get'];
    put?: never;
    post?: never;
    delete: operations['CourseModulesController_remove'];
    options?: never;
    head?: never;
    patch: operations['CourseModulesController_update'];
    trace?: never;
  };
  '/api/modules/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CourseModulesController_archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/modules/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CourseModulesController_restore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My notifications, a page (unread first by default), and the unread count */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of my notifications read */
    post: operations['NotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How each kind reaches me: mail at once, daily digest or in-app only */
    get: operations['NotificationsController_preferences'];
    /** Change how some kinds reach me (the others keep their choice) */
    put: operations['NotificationsController_updatePreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all my notifications read */
    post: operations['NotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of my notifications are unread (for the bell) */
    get: operations['NotificationsController_unreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PartnersController_list'];
    put?: never;
    post: operations['PartnersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PartnersController_get'];
    put?: never;
    post?: never;
    delete: operations['PartnersController_remove'];
    options?: never;
    head?: never;
    patch: operations['PartnersController_update'];
    trace?: never;
  };
  '/api/partners/{id}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PartnersController_addContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/partners/{id}/contacts/{contactId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['PartnersController_removeContact'];
    options?: never;
    head?: never;
    patch: operations['PartnersController_updateContact'];
    trace?: never;
  };
  '/api/periods/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['PeriodsController_remove'];
    options?: never;
    head?: never;
    patch: operations['PeriodsController_update'];
    trace?: never;
  };
  '/api/programmes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammesController_list'];
    put?: never;
    post: operations['ProgrammesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammesController_get'];
    put?: never;
    post?: never;
    delete: operations['ProgrammesController_remove'];
    options?: never;
    head?: never;
    patch: operations['ProgrammesController_update'];
    trace?: never;
  };
  '/api/programmes/{id}/archive': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProgrammesController_archive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammeRulesController_groupsOf'];
    put?: never;
    post: operations['ProgrammeRulesController_addGroup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/modules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammesController_modulesOf'];
    put?: never;
    post: operations['ProgrammesController_addModule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/modules/order': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['ProgrammesController_reorder'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammeRulesController_periodsOf'];
    put?: never;
    post: operations['ProgrammeRulesController_addPeriod'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/presets/{preset}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProgrammeRulesController_applyPreset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProgrammesController_restore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{id}/rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgrammeRulesController_rulesOf'];
    put: operations['ProgrammeRulesController_replaceRules'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/programmes/{programmeId}/honours': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['JuriesController_getHonours'];
    put: operations['JuriesController_setHonours'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_list'];
    put?: never;
    post: operations['ProjectsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['ProjectsController_update'];
    trace?: never;
  };
  '/api/projects/{id}/defence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['ProjectDefencesController_schedule'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/defence/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProjectDefencesController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/grades/jury': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['ProjectsController_juryGrade'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/grades/tutor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['ProjectsController_tutorGrade'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/mentor-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProjectsController_issueMentorLink'];
    delete: operations['ProjectsController_revokeMentorLink'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/milestones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProjectsController_addMilestone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/summary.html': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_summaryHtml'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/team': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['ProjectsController_setTeam'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProjectsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/projects/tutored': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProjectsController_tutored'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/veille/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A published veille (cohort or team), for anyone */
    get: operations['VeillePublicController_page'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/veille/{key}/feed.atom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VeillePublicController_atom'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/veille/{key}/feed.rss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VeillePublicController_rss'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/veille/{key}/images/{postId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VeillePublicController_image'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rooms': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RoomsController_list'];
    put?: never;
    post: operations['RoomsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rooms/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['RoomsController_get'];
    put?: never;
    post?: never;
    delete: operations['RoomsController_remove'];
    options?: never;
    head?: never;
    patch: operations['RoomsController_update'];
    trace?: never;
  };
  '/api/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Sessions in a date range the caller may see (calendar, agenda) */
    get: operations['SessionsController_list'];
    put?: never;
    post: operations['SessionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One session, with its speakers’ bios and abstracts (talk page) */
    get: operations['SessionsController_get'];
    put?: never;
    post?: never;
    delete: operations['SessionsController_remove'];
    options?: never;
    head?: never;
    patch: operations['SessionsController_update'];
    trace?: never;
  };
  '/api/sessions/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The roster: each active student’s status and signature per part */
    get: operations['AttendanceController_get'];
    /** Set the status of many students for one part (excused: a reason) */
    put: operations['AttendanceController_take'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/attendance/certify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Certify the sheet of a part with a drawn signature */
    post: operations['AttendanceController_certify'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/attendance/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My signing at a session: its parts, windows and my marks */
    get: operations['AttendanceController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/attendance/parts/{part}/sheet.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed sheet (feuille d’émargement) of a part, as a PDF */
    get: operations['AttendanceController_sheet'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/attendance/qr': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signing code of the part open now; it changes every 30 s */
    get: operations['AttendanceController_qr'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One session as an .ics download */
    get: operations['CalendarsController_session'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SessionsController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['SessionsController_restore'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change this session and the following ones, or the whole series, all or nothing */
    patch: operations['SessionsController_updateSeries'];
    trace?: never;
  };
  '/api/sessions/{id}/series/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel this session and the following ones, or the whole series */
    post: operations['SessionsController_cancelSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/slots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Add a slot (guest talk, workshop, exam, break) within a course day
     * @description The slot lies within the day (409 `session.outside_day`), overlaps none of the day's other slots (409 `session.conflict`, clash `slot`), takes the day's room unless it names another, and books its instructors (and, once invited, speakers) only for its own times.
     */
    post: operations['SessionsController_addSlot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{sessionId}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Invite a speaker to a guest talk (a draft until sent) */
    post: operations['InvitationsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{sessionId}/syntheses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SynthesesController_forSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{sessionId}/syntheses/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SynthesesController_mine'];
    /** Save (or hand in, with submit: true) my synthesis of a session */
    put: operations['SynthesesController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{sessionId}/synthesis-grades': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The synthesis assessment of a talk, if any, with its grades */
    get: operations['GradesController_synthesisGrades'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/series': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a series of sessions, all or nothing */
    post: operations['SessionsController_createSeries'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/speaker-links/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The invitation and its session, as the speaker sees them */
    get: operations['SpeakerLinksController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/speaker-links/{token}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm or decline, once */
    post: operations['SpeakerLinksController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/speaker-links/{token}/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpeakerLinksController_ics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/speaker-links/{token}/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit my job title, bio and website */
    patch: operations['SpeakerLinksController_profile'];
    trace?: never;
  };
  '/api/speakers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpeakersController_list'];
    put?: never;
    post: operations['SpeakersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/speakers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SpeakersController_get'];
    put?: never;
    post?: never;
    delete: operations['SpeakersController_remove'];
    options?: never;
    head?: never;
    patch: operations['SpeakersController_update'];
    trace?: never;
  };
  '/api/submissions/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MilestonesController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/syntheses/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SynthesesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/syntheses/{id}/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['SynthesesController_feedback'];
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/users/{id}/password-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['UsersController_passwordLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['UsersController_revokeSessions'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/cohorts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cohorts whose veille I read */
    get: operations['VeilleController_myCohorts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/cohorts/{cohortId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cohort's veille: settings, topics, teams, students, what I may do */
    get: operations['VeilleController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/cohorts/{cohortId}/participation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per student and period: posts, comments, reactions, topics covered */
    get: operations['VeilleController_participation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/cohorts/{cohortId}/participation.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VeilleController_participationCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/cohorts/{cohortId}/posts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The feed: pinned first, newest first; filters and French full-text search */
    get: operations['VeilleController_feed'];
    put?: never;
    /** Share a link (or, instructors, ask a question); 409 if the page is already shared */
    post: operations['VeilleController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/cohorts/{cohortId}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The post form’s live preview: the stored URL, a post that has it, the card */
    post: operations['VeilleController_livePreview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/cohorts/{cohortId}/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['VeilleController_settings'];
    trace?: never;
  };
  '/api/veille/cohorts/{cohortId}/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Form a watch team (409 if a member is already in one) */
    post: operations['VeilleTeamsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/cohorts/{cohortId}/topics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['VeilleController_createTopic'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/comments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['VeilleController_deleteComment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/posts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VeilleController_get'];
    put?: never;
    post?: never;
    delete: operations['VeilleController_remove'];
    options?: never;
    head?: never;
    patch: operations['VeilleController_update'];
    trace?: never;
  };
  '/api/veille/posts/{id}/bookmark': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** My "to read" list: keep or remove, mark read */
    put: operations['VeilleController_bookmark'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/posts/{id}/comments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['VeilleController_comment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/posts/{id}/hidden': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Hide a post with a reason its author sees, or show it again */
    put: operations['VeilleController_hide'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/posts/{id}/image': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VeilleController_image'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/posts/{id}/pin': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['VeilleController_pin'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/posts/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Fetch the preview card again */
    post: operations['VeilleController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/posts/{id}/reaction': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['VeilleController_react'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VeilleController_profile'];
    /** The name shown under my posts on public pages (null: the default) */
    put: operations['VeilleController_setProfile'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['VeilleTeamsController_get'];
    put?: never;
    post?: never;
    delete: operations['VeilleTeamsController_remove'];
    options?: never;
    head?: never;
    patch: operations['VeilleTeamsController_update'];
    trace?: never;
  };
  '/api/veille/teams/{id}/publication': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Publish or withdraw the team's public page and feeds */
    put: operations['VeilleTeamsController_publish'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/veille/topics/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['VeilleController_deleteTopic'];
    options?: never;
    head?: never;
    patch: operations['VeilleController_updateTopic'];
    trace?: never;
  };
  '/api/verify/{number}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verify a diploma: valid, revoked (its date) or unknown (also for a wrong code) */
    get: operations['DiplomasController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AdminHomeDto: {
      /** @description running cohorts, latest start first */
      cohorts: components['schemas']['HomeCohortHealthDto'][];
    };
    AssessmentDto: {
      coefficient: number;
      /** Format: uuid */
      cohortId: string;
      counts: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      dueOn: string | null;
      fromProjectGrades: boolean;
      /** @description grades entered (every attempt) */
      gradeCount: number;
      /** Format: uuid */
      id: string;
      kind: components['schemas']['AssessmentKind'];
      moduleCode: string;
      /** Format: uuid */
      moduleId: string;
      modulePosition: number;
      moduleTitle: string;
      /** Format: date-time */
      releasedAt: string | null;
      releasedBy: components['schemas']['PersonRefDto'] | null;
      /** Format: uuid */
      sessionId: string | null;
      sessionTitle: string | null;
      title: string;
      /** Format: date-time */
      updatedAt: string;
    };
    /** @enum {string} */
    AssessmentKind:
      'exam' | 'assignment' | 'participation' | 'synthesis' | 'project' | 'defence' | 'work_period';
    AssessmentPageDto: {
      items: components['schemas']['AssessmentDto'][];
      page: number;
      size: number;
      total: number;
    };
    /** @enum {string} */
    AssessmentSort:
      'module' | '-module' | 'title' | '-title' | 'dueOn' | '-dueOn' | 'createdAt' | '-createdAt';
    AttendanceEntryDto: {
      /** @description required when excused */
      excuseReason?: string | null;
      /**
       * @description null: not taken
       * @enum {string|null}
       */
      status: 'present' | 'late' | 'excused' | 'absent' | null;
      /** Format: uuid */
      studentId: string;
    };
    AttendanceMarkDto: {
      excuseReason: string | null;
      /** @enum {number} */
      part: 0 | 1 | 2;
      /** @enum {string|null} */
      signatureMethod: 'drawn' | 'confirmed' | null;
      /** Format: date-time */
      signedAt: string | null;
      /** @enum {string|null} */
      status: 'present' | 'late' | 'excused' | 'absent' | null;
    };
    AttendancePartDto: {
      certifications: components['schemas']['CertificationDto'][];
      /**
       * Format: date-time
       * @description signing closes
       */
      closesAt: string;
      /** Format: date-time */
      endsAt: string;
      /** @description not cancelled and ended */
      held: boolean;
      /** @description signing is open now */
      open: boolean;
      /**
       * Format: date-time
       * @description signing opens
       */
      opensAt: string;
      /** @enum {number} */
      part: 0 | 1 | 2;
      /** Format: date-time */
      startsAt: string;
      /** @description some status was recorded */
      taken: boolean;
    };
    AttendanceQrDto: {
      /**
       * Format: date-time
       * @description the next code replaces it then
       */
      expiresAt: string;
      /** @enum {number} */
      part: 0 | 1 | 2;
      /** @description the QR code of the url, as a PNG data URL */
      qrDataUrl: string;
      token: string;
      /** @description PUBLIC_URL/sign/<sessionId>?t=<token> */
      url: string;
    };
    AttendanceRateDto: {
      /** @description minutes attended (present, late; excused when neutral) */
      attendedMinutes: number;
      /** @description minutes counted */
      countedMinutes: number;
      /** @description percent, 1 decimal; null: none */
      rate: number | null;
    };
    AttendanceRosterDto: {
      /** @description the part whose signing is open */
      currentPart: number | null;
      /**
       * Format: date-time
       * @description the server’s clock
       */
      now: string;
      parts: components['schemas']['AttendancePartDto'][];
      session: components['schemas']['AttendanceSessionDto'];
      /** @description active students, by name */
      students: components['schemas']['RosterStudentDto'][];
    };
    AttendanceSessionDto: {
      cancelled: boolean;
      /** Format: uuid */
      cohortId: string;
      cohortName: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      moduleTitle: string | null;
      /** @description online only: students sign from the app, no QR code */
      online: boolean;
      programmeTitle: string;
      roomName: string | null;
      /** Format: date-time */
      startsAt: string;
      /** @description IANA zone of the programme */
      timeZone: string;
      title: string;
    };
    AverageResultDto: {
      average: number | null;
      complete: boolean;
      /** Format: uuid */
      id: string;
    };
    AwardEligibleDto: {
      /** @description give each the honours its final grade suggests (default true) */
      withHonours?: boolean;
    };
    AwardEligibleResultDto: {
      /** @description students awarded by this action */
      awarded: number;
    };
    CalendarFeedDto: {
      cohort: components['schemas']['RefDto'] | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastFetchedAt: string | null;
      /** @enum {string} */
      scope: 'user' | 'cohort' | 'speaker';
      speaker: components['schemas']['RefDto'] | null;
      /** @description private https URL to subscribe to; treat it like a password */
      url: string;
      /** @description the same as webcal://, which opens calendar apps directly */
      webcalUrl: string;
    };
    CancelDefenceDto: {
      /** @example Report à la demande du partenaire */
      reason?: string;
    };
    CancelSeriesDto: {
      /** @example Module reporté */
      reason?: string;
      /** @description `following`: this session and the later ones of its series; `all`: the whole series. Cancelled sessions are left as they are. */
      scope: components['schemas']['SeriesScope'];
    };
    CancelSessionDto: {
      /** @example Intervenant malade */
      reason?: string;
    };
    CertificationDto: {
      instructor: components['schemas']['PersonRefDto'];
      /** Format: date-time */
      signedAt: string;
    };
    CertifyAttendanceDto: {
      /** @enum {number} */
      part: 0 | 1 | 2;
      /** @description the instructor’s drawn signature as a PNG data URL */
      signature: string;
    };
    CohortDiplomasDto: {
      /** Format: uuid */
      cohortId: string;
      cohortName: string;
      programmeTitle: string;
      /** @description every enrolled student */
      students: components['schemas']['DiplomaCandidateDto'][];
    };
    CohortDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date */
      endsOn: string;
      /** Format: uuid */
      id: string;
      instructors: components['schemas']['PersonRefDto'][];
      name: string;
      programme: components['schemas']['ProgrammeRefDto'];
      /** Format: date */
      startsOn: string;
      /** @enum {string} */
      status: 'planned' | 'running' | 'closed';
      /** @description active enrolments */
      studentCount: number;
      /** Format: date-time */
      updatedAt: string;
    };
    CohortPageDto: {
      items: components['schemas']['CohortDto'][];
      page: number;
      size: number;
      total: number;
    };
    CohortProgressDto: {
      cohort: components['schemas']['ProgressCohortDto'];
      groups: components['schemas']['ProgressGroupDto'][];
      modules: components['schemas']['ProgressModuleDto'][];
      periods: components['schemas']['ProgressPeriodDto'][];
      programme: components['schemas']['ProgressProgrammeDto'];
      rules: components['schemas']['ProgressRuleDto'][];
      students: components['schemas']['StudentProgressDto'][];
    };
    CohortProjectsOverviewDto: {
      /**
       * @description number of projects in each state
       * @example {
       *       "proposed": 1,
       *       "in_progress": 3
       *     }
       */
      byState: {
        [key: string]: number;
      };
      cohort: components['schemas']['ProjectNamedRefDto'];
      partners: components['schemas']['ProjectPartnerCountDto'][];
      projects: components['schemas']['ProjectSummaryDto'][];
      /** @description active students of the cohort in no open project */
      studentsWithoutProject: number;
    };
    /** @enum {string} */
    CohortSort:
      | 'name'
      | '-name'
      | 'startsOn'
      | '-startsOn'
      | 'endsOn'
      | '-endsOn'
      | 'status'
      | '-status'
      | 'programme'
      | '-programme'
      | 'createdAt'
      | '-createdAt';
    ComputedCellDto: {
      /** Format: uuid */
      assessmentId: string;
      /** @description from the project’s grades, weighted by the programme */
      score: number;
      /** Format: uuid */
      studentId: string;
    };
    ConfirmedEmailDto: {
      email: string;
    };
    ConfirmEmailChangeDto: {
      token: string;
    };
    ConflictingSessionDto: {
      cohort: components['schemas']['RefDto'];
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      startsAt: string;
      /**
       * @description its programme's zone
       * @example Europe/Zurich
       */
      timeZone: string;
      title: string;
    };
    ContactPersonDto: {
      email: string | null;
      name: string | null;
      phone: string | null;
    };
    CourseModuleDto: {
      /** Format: date-time */
      archivedAt: string | null;
      code: string;
      coefficient: number;
      description: string;
      ects: number;
      /** Format: uuid */
      groupId: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'course' | 'project' | 'work_period';
      learningOutcomes: string[];
      /** Format: uuid */
      periodId: string | null;
      /** @description 1-based order */
      position: number;
      /** Format: uuid */
      programmeId: string;
      title: string;
    };
    CreateAssessmentDto: {
      /**
       * @default 1
       * @example 1
       */
      coefficient: number;
      /**
       * @description false: left out of every average
       * @default true
       */
      counts: boolean;
      /** Format: date */
      dueOn?: string | null;
      /**
       * @description kind project only: the score is the project’s weighted three-way grade
       * @default false
       */
      fromProjectGrades: boolean;
      kind: components['schemas']['AssessmentKind'];
      /**
       * Format: uuid
       * @description a module of the cohort’s programme
       */
      moduleId: string;
      /**
       * Format: uuid
       * @description the talk a synthesis is about (a session of the cohort)
       */
      sessionId?: string | null;
      /** @example Examen écrit */
      title: string;
    };
    CreateCalendarFeedDto: {
      /** Format: uuid */
      cohortId?: string;
      /**
       * @description me: a student's cohort sessions or an instructor's own; cohort: a cohort's (cohortId); speaker: a speaker's talks (speakerId, planners only)
       * @enum {string}
       */
      scope: 'me' | 'cohort' | 'speaker';
      /** Format: uuid */
      speakerId?: string;
    };
    CreateCohortDto: {
      /**
       * Format: date
       * @description after startsOn
       * @example 2027-06-26
       */
      endsOn: string;
      /** @description ids of instructors who teach in it */
      instructorIds?: string[];
      /**
       * @description unique in the programme whatever its case
       * @example MCMS 2026–2027
       */
      name: string;
      /** Format: uuid */
      programmeId: string;
      /**
       * Format: date
       * @example 2026-09-02
       */
      startsOn: string;
      /**
       * @default planned
       * @enum {string}
       */
      status: 'planned' | 'running' | 'closed';
    };
    CreateCourseModuleDto: {
      /**
       * @description unique in the programme whatever its case
       * @example I
       */
      code: string;
      /**
       * @description weight in the final average; > 0
       * @default 1
       */
      coefficient: number;
      /** @default  */
      description: string;
      /** @default 0 */
      ects: number;
      /**
       * Format: uuid
       * @description a rule group of the programme
       */
      groupId?: string | null;
      /**
       * @description a course unit (default), the project or the work period
       * @enum {string}
       */
      kind?: 'course' | 'project' | 'work_period';
      /** @default [] */
      learningOutcomes: string[];
      /**
       * Format: uuid
       * @description a period of the programme
       */
      periodId?: string | null;
      /** @example Culture et stratégie des médias sociaux */
      title: string;
    };
    CreatedEnrolmentDto: {
      /** @description true when a student account was created */
      createdUser: boolean;
      enrolment: components['schemas']['EnrolmentDto'];
      /** @description one-time link for a new account; give it to the student */
      setPasswordUrl: string | null;
    };
    CreatedUserDto: {
      /** @description the address the invitation was mailed to */
      mailedTo: string;
      /** @description one-time link to set a password, also mailed to the user (a fallback to hand over) */
      setPasswordUrl: string;
      user: components['schemas']['UserSummaryDto'];
    };
    CreateEnrolmentDto: {
      /** @example lea.muller@example.ch */
      email?: string;
      /**
       * Format: uuid
       * @description work-study employer
       */
      employerId?: string | null;
      /**
       * @description required when the e-mail is new
       * @example Müller
       */
      familyName?: string;
      /**
       * @description required when the e-mail is new
       * @example Léa
       */
      givenName?: string;
      /**
       * @description for a new account
       * @default fr
       * @enum {string}
       */
      preferredLanguage: 'fr' | 'en';
      /**
       * Format: uuid
       * @description an existing student; or give email
       */
      studentId?: string;
    };
    CreateInvitationDto: {
      abstract?: string;
      /** @description how to get in, parking, where the room is */
      accessInfo?: string;
      contactEmail?: string | null;
      /** @description the speaker’s contact on the day; null: the inviting instructor */
      contactName?: string | null;
      contactPhone?: string | null;
      /** @description what the room offers, what to bring */
      equipment?: string;
      /** @description shown to the speaker on their page */
      messageToSpeaker?: string;
      /** @description days without an answer before one reminder (default 5); null: none */
      reminderDays?: number | null;
      /** Format: uuid */
      speakerId: string;
      /** @example Le droit face aux réseaux sociaux */
      talkTitle?: string;
    };
    CreateJuryDto: {
      /** Format: uuid */
      cohortId: string;
      /** Format: date */
      heldOn: string;
      members: components['schemas']['JuryMemberInputDto'][];
    };
    CreateMilestoneDto: {
      /**
       * @description YYYY-MM-DD (due at 23:59:59 that day in the programme’s time zone) or an ISO date-time with offset
       * @example 2027-03-15
       */
      dueAt: string;
      /** @default  */
      expectations: string;
      /**
       * @default other
       * @enum {string}
       */
      kind: 'proposal' | 'intermediate_report' | 'final_report' | 'defence' | 'other';
      /** @example Plan de communication */
      title: string;
    };
    CreateModuleGroupDto: {
      /**
       * @description unique in the programme whatever its case
       * @example UE5
       */
      code: string;
      /** @example Projet + stage */
      title: string;
    };
    CreatePartnerContactDto: {
      email?: string | null;
      /** @example Claire Dufour */
      name: string;
      /** @example +41 21 000 00 00 */
      phone?: string | null;
      /** @example Responsable communication */
      role?: string | null;
    };
    CreatePartnerDto: {
      address?: string | null;
      /** @description only on creation; then use /contacts */
      contacts?: components['schemas']['CreatePartnerContactDto'][];
      /**
       * @description unique whatever its case
       * @example Agence Pixel Léman
       */
      name: string;
      /** @example Agence de communication */
      sector?: string | null;
      /** @example https://example.ch */
      website?: string | null;
    };
    CreatePeriodDto: {
      /** @description compensation between the modules of the period; null: the programme’s setting */
      compensation?: boolean | null;
      /** @example Semestre 1 */
      title: string;
    };
    CreateProgrammeDto: {
      /**
       * @description default coefficient
       * @enum {string}
       */
      averageWeighting?: 'ects' | 'coefficient';
      /**
       * @description unique whatever its case; letters, digits, - and _
       * @example MCMS
       */
      code: string;
      /** @description default false; a weak module may be compensated by the others (a period may say otherwise) */
      compensation?: boolean;
      /** @default  */
      description: string;
      /** @default 0 */
      ectsTotal: number;
      /**
       * @description the overall average is rounded to this step; null: kept to the hundredth
       * @enum {number|null}
       */
      finalRounding?: 0.01 | 0.05 | 0.1 | 0.25 | 0.5 | 1 | null;
      /**
       * @description smallest difference between two grades: CH_6 0.5 (default) or 0.25, FR_20 0.01
       * @enum {number}
       */
      gradeStep?: 0.5 | 0.25 | 0.01;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** @description default false; a module passed is kept when the year is repeated */
      keepPassedModules?: boolean;
      /** @description default 100 */
      projectWeightJury?: number;
      /** @description default 0 */
      projectWeightMentor?: number;
      /** @description % of the tutor's grade in the project grade (the three sum to 100) */
      projectWeightTutor?: number;
      /**
       * @description default best
       * @enum {string}
       */
      resitPolicy?: 'best' | 'latest';
      /** @description default 0; signing closes this many minutes after a session (or half-day) ends */
      signingClosesAfterMinutes?: number;
      /** @description default 15; signing opens this many minutes before a session (or half-day) starts */
      signingOpensBeforeMinutes?: number;
      /**
       * @description IANA time zone of a place (Area/Location), or UTC
       * @default Europe/Zurich
       * @example America/Montreal
       */
      timeZone: string;
      /** @example Spécialiste en management de communautés et médias sociaux */
      title: string;
    };
    CreateProjectDto: {
      /**
       * @description the partner’s problem and what is expected
       * @default
       */
      brief: string;
      /** Format: uuid */
      cohortId: string;
      /** @description team: a proposing student is always in it; staff must name at least one student */
      memberIds?: string[];
      /**
       * Format: uuid
       * @description a contact of the partner
       */
      mentorContactId?: string;
      newMentor?: components['schemas']['ProposedMentorDto'];
      /** @description a partner not in the directory yet */
      newPartner?: components['schemas']['ProposedPartnerDto'];
      /**
       * Format: uuid
       * @description a known partner; or give newPartner
       */
      partnerId?: string;
      /** @example Stratégie Instagram pour les 50 ans du musée */
      title: string;
      /**
       * Format: uuid
       * @description an instructor; an instructor proposing is the tutor by default
       */
      tutorId?: string;
    };
    CreateProjectFeedbackDto: {
      body: string;
      /**
       * Format: uuid
       * @description a submitted version of this milestone
       */
      submissionId?: string;
    };
    CreateRoomDto: {
      /** @example Avenue de Rhodanie 2, 1007 Lausanne */
      address?: string;
      capacity?: number | null;
      /** @example Salle Gutenberg */
      name: string;
      /** @description equipment, access */
      notes?: string;
    };
    CreateSeriesDto: {
      /** Format: uuid */
      cohortId: string;
      /** @description explicit dates (YYYY-MM-DD) */
      dates?: string[];
      description?: string;
      /** @example 17:00 */
      endTime: string;
      /** @description dates to leave out (holidays) */
      exceptDates?: string[];
      /**
       * Format: date
       * @description first date of the pattern
       */
      from?: string;
      /** @description ids of instructors who teach it */
      instructorIds?: string[];
      /** @enum {string} */
      kind: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence';
      materials?: components['schemas']['MaterialLinkDto'][];
      /** Format: uuid */
      moduleId?: string | null;
      /** @description video-conference link */
      onlineUrl?: string | null;
      /** Format: uuid */
      roomId?: string | null;
      /**
       * @description wall-clock time in the programme's zone
       * @example 09:00
       */
      startTime: string;
      /** @example Culture et stratégie des médias sociaux — jour 1 */
      title: string;
      /**
       * Format: date
       * @description last date of the pattern (inclusive)
       */
      to?: string;
      /** @description ISO weekdays: 1 = Monday … 7 = Sunday */
      weekdays?: number[];
    };
    CreateSessionDto: {
      /** Format: uuid */
      cohortId: string;
      description?: string;
      /**
       * Format: date-time
       * @example 2026-09-04T17:00:00+02:00
       */
      endsAt: string;
      /** @description ids of instructors who teach it */
      instructorIds?: string[];
      /** @enum {string} */
      kind: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence';
      materials?: components['schemas']['MaterialLinkDto'][];
      /** Format: uuid */
      moduleId?: string | null;
      /** @description video-conference link */
      onlineUrl?: string | null;
      /** Format: uuid */
      roomId?: string | null;
      /**
       * Format: date-time
       * @example 2026-09-04T09:00:00+02:00
       */
      startsAt: string;
      /** @example Culture et stratégie des médias sociaux — jour 1 */
      title: string;
    };
    CreateSlotDto: {
      description?: string;
      /**
       * Format: date-time
       * @example 2026-09-04T15:30:00+02:00
       */
      endsAt: string;
      /** @description ids of instructors who teach it */
      instructorIds?: string[];
      /** @enum {string} */
      kind: 'guest_talk' | 'workshop' | 'exam' | 'lecture' | 'break';
      /** @description video-conference link */
      onlineUrl?: string | null;
      /**
       * Format: uuid
       * @description another room than the day's; null or absent: the day's room
       */
      roomId?: string | null;
      /**
       * Format: date-time
       * @example 2026-09-04T14:00:00+02:00
       */
      startsAt: string;
      /** @example Culture et stratégie des médias sociaux — jour 1 */
      title: string;
    };
    CreateSpeakerDto: {
      /** @description career path, plain text */
      bio?: string;
      /** @description true: create them although a speaker of the same name exists (two different people); without it, 409 `speaker.possible_duplicate` names the existing ones. A same e-mail is always refused (`speaker.email_taken`). */
      confirmDistinct?: boolean;
      email?: string | null;
      /** @example Sébastien Fanti */
      fullName: string;
      /** @description for planners only */
      internalNotes?: string;
      /** @example Avocat, Sion */
      jobTitle?: string | null;
      /**
       * Format: uuid
       * @description a partner
       */
      organisationId?: string | null;
      /** @description free text, if no partner */
      organisationName?: string | null;
      phone?: string | null;
      /** @description photo address (upload: later) */
      photoUrl?: string | null;
      /**
       * @description the language of their mails; null: the programme’s default (French)
       * @enum {string|null}
       */
      preferredLanguage?: 'fr' | 'en' | null;
      /**
       * @example [
       *       "droit",
       *       "e-réputation"
       *     ]
       */
      topics?: string[];
      websiteUrl?: string | null;
    };
    CreateUserDto: {
      /** @example Camille Rochat */
      displayName: string;
      /** @example camille.rochat@example.ch */
      email: string;
      /**
       * @default fr
       * @enum {string}
       */
      preferredLanguage: 'fr' | 'en';
      /** @enum {string} */
      role: 'admin' | 'instructor' | 'student';
    };
    CreateVeilleCommentDto: {
      body: string;
      /**
       * Format: uuid
       * @description a top-level comment
       */
      parentId?: string | null;
    };
    CreateVeillePostDto: {
      /** @description what the author understood and why it matters */
      commentary: string;
      /**
       * @description question: instructors
       * @default link
       * @enum {string}
       */
      kind: 'link' | 'question';
      /**
       * @description shown on the public feeds (when published)
       * @default true
       */
      public: boolean;
      quote?: string | null;
      /**
       * Format: uuid
       * @description post in my team's name
       */
      teamId?: string | null;
      /** @description the post's title (a question's text); else the page's */
      title?: string;
      /** @description one to six of the cohort's topics */
      topicIds: string[];
      /** @description the shared page (kind link), http or https */
      url?: string;
    };
    CreateVeilleTeamDto: {
      description?: string;
      /** @description one to twelve students */
      members: components['schemas']['VeilleTeamMemberInputDto'][];
      name: string;
    };
    CreateVeilleTopicDto: {
      name: string;
    };
    DefenceJurorDto: {
      displayName: string;
      email: string;
      /** Format: uuid */
      id: string;
    };
    DefenceRoomDto: {
      address: string;
      /** Format: uuid */
      id: string;
      name: string;
    };
    DiplomaCandidateDto: {
      /**
       * @description null: no jury decision
       * @enum {string|null}
       */
      decision: 'awarded' | 'deferred' | 'refused' | null;
      diploma: components['schemas']['DiplomaDto'] | null;
      displayName: string;
      email: string;
      /** Format: uuid */
      enrolmentId: string;
      /** @enum {string} */
      enrolmentStatus: 'active' | 'withdrawn' | 'graduated';
      finalGrade: number | null;
      honoursLabelEn: string | null;
      honoursLabelFr: string | null;
      /** @description awarded by a signed jury and not issued yet */
      issuable: boolean;
      /** @description the decision’s jury is signed */
      jurySigned: boolean;
      /** Format: uuid */
      studentId: string;
    };
    DiplomaDisplayDto: {
      /** @description show the final grade on the public page */
      showGrade?: boolean;
      /** @description show the honours on the public page */
      showHonours?: boolean;
    };
    DiplomaDto: {
      /** Format: date */
      awardedOn: string;
      /** Format: uuid */
      cohortId: string;
      cohortName: string;
      finalGrade: number | null;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      holderName: string;
      /** @description the honours key */
      honours: string | null;
      honoursLabelEn: string | null;
      honoursLabelFr: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      issuedAt: string;
      /** @enum {string} */
      language: 'fr' | 'en';
      /** @example MCMS-2027-0042 */
      number: string;
      programmeTitle: string;
      /** Format: date-time */
      revokedAt: string | null;
      /** @description admins only; null for the holder */
      revokedReason: string | null;
      showGrade: boolean;
      showHonours: boolean;
      signatoryName: string;
      status: components['schemas']['DiplomaStatus'];
      /** Format: uuid */
      studentId: string;
      /** @description the verification code as printed, in groups of four */
      verificationCode: string;
      /** @description the public verification link (printed on the diploma) */
      verificationUrl: string;
    };
    DiplomaRuleDto: {
      excusedCountAsAbsent: boolean | null;
      /** Format: uuid */
      groupId: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'overall_average'
        | 'group_average'
        | 'module_minimum'
        | 'max_below_pass'
        | 'attendance'
        | 'project_grade';
      maxCount: number | null;
      /** @description 1-based order */
      position: number;
      threshold: number | null;
    };
    DiplomaRuleInputDto: {
      excusedCountAsAbsent?: boolean | null;
      /** Format: uuid */
      groupId?: string | null;
      /** @enum {string} */
      kind:
        | 'overall_average'
        | 'group_average'
        | 'module_minimum'
        | 'max_below_pass'
        | 'attendance'
        | 'project_grade';
      maxCount?: number | null;
      /** @description a grade on the scale, or a % for attendance */
      threshold?: number | null;
    };
    /** @enum {string} */
    DiplomaStatus: 'valid' | 'revoked';
    EmailChangeStatusDto: {
      /** @description the address in use */
      email: string;
      /** Format: date-time */
      expiresAt: string | null;
      /** @description the address waiting for its confirmation link to be followed */
      pendingEmail: string | null;
    };
    EmployerRefDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    EnrolledStudentDto: {
      displayName: string;
      email: string;
      /** @description false until the student has set a password */
      hasPassword: boolean;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      preferredLanguage: 'fr' | 'en';
    };
    EnrolmentDto: {
      /** Format: uuid */
      cohortId: string;
      employer: components['schemas']['EmployerRefDto'] | null;
      /** Format: date-time */
      enrolledAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'active' | 'withdrawn' | 'graduated';
      student: components['schemas']['EnrolledStudentDto'];
      withdrawalReason: string | null;
      /** Format: date-time */
      withdrawnAt: string | null;
    };
    EnrolmentPageDto: {
      items: components['schemas']['EnrolmentDto'][];
      page: number;
      size: number;
      total: number;
    };
    /** @enum {string} */
    EnrolmentSort:
      | 'displayName'
      | '-displayName'
      | 'email'
      | '-email'
      | 'status'
      | '-status'
      | 'enrolledAt'
      | '-enrolledAt'
      | 'employer'
      | '-employer';
    /** @enum {string} */
    ErrorCode:
      | 'bad_request'
      | 'validation'
      | 'unauthenticated'
      | 'forbidden'
      | 'not_found'
      | 'method_not_allowed'
      | 'conflict'
      | 'payload_too_large'
      | 'uri_too_long'
      | 'unsupported_media_type'
      | 'too_many_requests'
      | 'internal'
      | 'unavailable'
      | 'error'
      | 'conflict.unique'
      | 'conflict.overlap'
      | 'conflict.reference'
      | 'invalid.check'
      | 'invalid.syntax'
      | 'invalid.too_long'
      | 'invalid.out_of_range'
      | 'invalid.datetime'
      | 'invalid.too_deep'
      | 'csrf.invalid'
      | 'auth.invalid_credentials'
      | 'auth.account_disabled'
      | 'auth.throttled'
      | 'auth.password_token_invalid'
      | 'auth.mail_throttled'
      | 'auth.wrong_password'
      | 'auth.email_unchanged'
      | 'auth.email_change_invalid'
      | 'user.not_found'
      | 'user.email_taken'
      | 'user.not_student'
      | 'programme.not_found'
      | 'programme.code_taken'
      | 'programme.in_use'
      | 'programme.archived'
      | 'programme.scale_locked'
      | 'module.not_found'
      | 'module.code_taken'
      | 'module.in_use'
      | 'module.order_mismatch'
      | 'programme.preset_scale'
      | 'programme.step_locked'
      | 'programme.rules_off_scale'
      | 'period.not_found'
      | 'group.not_found'
      | 'group.code_taken'
      | 'group.in_use'
      | 'cohort.not_found'
      | 'cohort.name_taken'
      | 'cohort.in_use'
      | 'cohort.closed'
      | 'cohort.sessions_outside'
      | 'enrolment.not_found'
      | 'enrolment.exists'
      | 'enrolment.not_active'
      | 'import.invalid_file'
      | 'partner.not_found'
      | 'partner.name_taken'
      | 'partner.in_use'
      | 'contact.not_found'
      | 'contact.in_use'
      | 'session.not_found'
      | 'session.conflict'
      | 'session.series_conflict'
      | 'session.stale'
      | 'session.already_cancelled'
      | 'session.not_cancelled'
      | 'session.has_invitations'
      | 'session.in_use'
      | 'session.outside_cohort'
      | 'session.not_in_series'
      | 'session.series_empty'
      | 'session.outside_day'
      | 'session.slots_outside'
      | 'session.not_a_day'
      | 'session.day_cancelled'
      | 'room.not_found'
      | 'room.name_taken'
      | 'room.not_editable'
      | 'room.in_use'
      | 'synthesis.not_found'
      | 'synthesis.too_early'
      | 'synthesis.submitted'
      | 'synthesis.session_cancelled'
      | 'assessment.not_found'
      | 'assessment.module_invalid'
      | 'assessment.session_invalid'
      | 'assessment.has_grades'
      | 'assessment.computed'
      | 'assessment.kind_mismatch'
      | 'grade.not_found'
      | 'grade.stale'
      | 'grade.off_scale'
      | 'grade.import_invalid'
      | 'attendance.already_signed'
      | 'attendance.window_closed'
      | 'attendance.too_early'
      | 'attendance.token_invalid'
      | 'attendance.signature_invalid'
      | 'attendance.part_invalid'
      | 'attendance.reason_required'
      | 'attendance.not_enrolled'
      | 'attendance.already_certified'
      | 'attendance.session_cancelled'
      | 'jury.not_found'
      | 'jury.open_exists'
      | 'jury.locked'
      | 'jury.already_signed'
      | 'jury.decisions_missing'
      | 'jury.honours_invalid'
      | 'jury.honours_levels_invalid'
      | 'jury.exemption_required'
      | 'jury.exemption_not_needed'
      | 'jury.remaining_required'
      | 'jury.member_invalid'
      | 'jury.president_invalid'
      | 'jury.signature_invalid'
      | 'jury.decision_stale'
      | 'speaker.not_found'
      | 'speaker.email_taken'
      | 'speaker.possible_duplicate'
      | 'speaker.not_editable'
      | 'speaker.in_use'
      | 'invitation.not_found'
      | 'invitation.illegal_transition'
      | 'invitation.duplicate'
      | 'invitation.not_a_guest_talk'
      | 'invitation.not_draft'
      | 'invitation.not_started'
      | 'invitation.session_cancelled'
      | 'invitation.session_past'
      | 'invitation.closed'
      | 'invitation.changed'
      | 'invitation.no_link'
      | 'invitation.link_invalid'
      | 'invitation.link_revoked'
      | 'invitation.link_expired'
      | 'invitation.link_used'
      | 'invitation.mail_limit'
      | 'calendar_feed.not_found'
      | 'project.not_found'
      | 'project.student_taken'
      | 'project.illegal_transition'
      | 'project.transition_forbidden'
      | 'project.closed'
      | 'project.locked'
      | 'project.mentor_missing'
      | 'project.tutor_missing'
      | 'project.not_accepting_submissions'
      | 'project.not_defensible'
      | 'project.not_gradable'
      | 'project.grade_missing'
      | 'project.final_report_missing'
      | 'milestone.not_found'
      | 'milestone.due_locked'
      | 'milestone.has_submissions'
      | 'submission.not_found'
      | 'defence.not_found'
      | 'mentor_link.invalid'
      | 'mentor_link.expired'
      | 'mentor_link.revoked'
      | 'mentor_link.mail_limit'
      | 'diploma.not_found'
      | 'diploma.not_awarded'
      | 'diploma.jury_unsigned'
      | 'diploma.already_revoked'
      | 'diploma.verify_throttled'
      | 'upload.too_large'
      | 'upload.type_not_allowed'
      | 'upload.executable'
      | 'upload.not_multipart'
      | 'upload.malformed'
      | 'upload.incomplete'
      | 'upload.timeout'
      | 'notification.not_found'
      | 'mail.not_found'
      | 'mail.throttled'
      | 'mail.not_resendable'
      | 'veille_post.not_found'
      | 'veille_comment.not_found'
      | 'veille_topic.not_found'
      | 'veille_team.not_found'
      | 'veille_feed.not_found'
      | 'veille.duplicate_url'
      | 'veille.commentary_too_short'
      | 'veille.topic_invalid'
      | 'veille.topic_name_taken'
      | 'veille.topic_in_use'
      | 'veille.team_name_taken'
      | 'veille.team_invalid'
      | 'veille.already_in_team'
      | 'veille.url_invalid'
      | 'veille.comment_too_deep'
      | 'veille.post_hidden'
      | 'veille.preview_blocked'
      | 'veille.preview_timeout'
      | 'veille.preview_too_large'
      | 'veille.preview_unreachable'
      | 'veille.preview_not_html';
    FieldErrorDto: {
      /**
       * @description the failed rule, translated by the frontend
       * @example isEmail
       */
      code: string;
      /**
       * @description dotted path, e.g. `rows.3.email`
       * @example email
       */
      field: string;
      message: string;
    };
    ForgotPasswordAcceptedDto: {
      /** @enum {string} */
      status: 'accepted';
    };
    ForgotPasswordDto: {
      /** @example lea.muller@example.ch */
      email: string;
    };
    GradeAuditEntryDto: {
      /** Format: uuid */
      assessmentId: string;
      /** @description null once the assessment is gone */
      assessmentTitle: string | null;
      /** @enum {number} */
      attempt: 1 | 2;
      /** Format: date-time */
      changedAt: string;
      changedBy: components['schemas']['PersonRefDto'] | null;
      id: string;
      newComment: string | null;
      newScore: number | null;
      oldComment: string | null;
      oldScore: number | null;
      /** @enum {string} */
      operation: 'insert' | 'update' | 'delete';
      reason: string | null;
    };
    GradeAuditPageDto: {
      items: components['schemas']['GradeAuditEntryDto'][];
      page: number;
      size: number;
      total: number;
    };
    /** @enum {string} */
    GradeAuditSort: 'changedAt' | '-changedAt';
    GradebookDto: {
      /** @description in module order */
      assessments: components['schemas']['AssessmentDto'][];
      /** @description every grade entered, every attempt */
      cells: components['schemas']['GradeCellDto'][];
      /** Format: uuid */
      cohortId: string;
      cohortName: string;
      /** @description grades from the project */
      computed: components['schemas']['ComputedCellDto'][];
      modules: components['schemas']['GradebookModuleDto'][];
      programme: components['schemas']['GradeScaleDto'];
      students: components['schemas']['GradebookStudentDto'][];
    };
    GradebookModuleDto: {
      code: string;
      /** Format: uuid */
      id: string;
      position: number;
      title: string;
    };
    GradebookStudentDto: {
      displayName: string;
      email: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'active' | 'withdrawn' | 'graduated';
    };
    GradeCellDto: {
      /** Format: uuid */
      assessmentId: string;
      /** @enum {number} */
      attempt: 1 | 2;
      comment: string | null;
      gradedBy: components['schemas']['PersonRefDto'];
      score: number;
      /** Format: uuid */
      studentId: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description optimistic lock: send it back as expectedVersion */
      version: number;
    };
    GradeImportChangeDto: {
      /** Format: uuid */
      assessmentId: string;
      /** @enum {number} */
      attempt: 1 | 2;
      previous: number | null;
      score: number;
    };
    GradeImportColumnDto: {
      /** Format: uuid */
      assessmentId: string | null;
      /** @enum {number} */
      attempt: 1 | 2;
      header: string;
    };
    GradeImportDto: {
      /**
       * @description CSV as exported: a column email (or e-mail, courriel), one column per assessment named by its title (“<title> (resit)” / “(rattrapage)” for the second attempt); `;` or `,`; `4,5` or `4.5`; an empty cell changes nothing
       * @example email;Examen écrit
       *     lea.muller@example.ch;4,5
       */
      csv: string;
    };
    GradeImportIssueDto: {
      /** @description required, unknownStudent, duplicateInFile, notANumber, offScale, computed, unknownColumn, ambiguousColumn, malformed */
      code: string;
      /** @description email, row, or the column (assessment title) of the cell */
      field: string;
      message: string;
    };
    GradeImportPreviewDto: {
      /** @description cells that would change */
      changeCount: number;
      columns: components['schemas']['GradeImportColumnDto'][];
      /** @description rows with errors */
      errorCount: number;
      /** @description problems of the header */
      headerErrors: components['schemas']['GradeImportIssueDto'][];
      rows: components['schemas']['GradeImportRowDto'][];
      /** @enum {string} */
      separator: ';' | ',';
    };
    GradeImportResultDto: {
      /** @description cells written */
      changed: number;
    };
    GradeImportRowDto: {
      /** @description cells that change */
      changes: components['schemas']['GradeImportChangeDto'][];
      displayName: string | null;
      email: string;
      errors: components['schemas']['GradeImportIssueDto'][];
      /** @description line in the file; the header is line 1 */
      line: number;
      /** Format: uuid */
      studentId: string | null;
    };
    GradeScaleDto: {
      gradeStep: number;
      max: number;
      min: number;
      pass: number;
      scale: components['schemas']['GradingScale'];
    };
    /** @enum {string} */
    GradingScale: 'CH_6' | 'FR_20';
    GrantMilestoneExtensionDto: {
      /**
       * @description YYYY-MM-DD (due at 23:59:59 that day in the programme’s time zone) or an ISO date-time with offset; later than the current due date
       * @example 2027-04-01
       */
      dueAt: string;
      /** @example Absence pour raison médicale (certificat reçu) */
      reason: string;
    };
    HealthDto: {
      /** @example ok */
      status: string;
    };
    HomeAttendanceDto: {
      route: string;
      /** Format: uuid */
      sessionId: string;
      /** Format: date-time */
      startsAt: string;
      title: string;
    };
    HomeCohortHealthDto: {
      activeEnrolments: components['schemas']['HomeFigureDto'];
      /** @description of them, days already held */
      courseDaysHeld: components['schemas']['HomeFigureDto'];
      /** @description distinct days with a session */
      courseDaysPlanned: components['schemas']['HomeFigureDto'];
      /** @description awarded by a signed jury, diploma not issued yet */
      eligibleForDiploma: components['schemas']['HomeFigureDto'] | null;
      /** Format: date */
      endsOn: string;
      guestTalksConfirmed: components['schemas']['HomeFigureDto'];
      /** @description guest talks without a confirmed speaker */
      guestTalksPending: components['schemas']['HomeFigureDto'];
      /** Format: uuid */
      id: string;
      name: string;
      /** @description active students without a password whose link expired, or who have none */
      passwordLinksExpired: components['schemas']['HomeFigureDto'];
      /** @description active students without a password whose set-password link is unused */
      passwordLinksUnused: components['schemas']['HomeFigureDto'];
      programmeCode: string;
      programmeTitle: string;
      projectsByState: components['schemas']['HomeProjectStateCountDto'][];
      /** @description the route of the cohort’s projects */
      projectsRoute: string;
      /** Format: date */
      startsOn: string;
      withdrawnEnrolments: components['schemas']['HomeFigureDto'];
    };
    HomeCohortRefDto: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description the programme’s time zone (IANA) */
      timeZone: string;
    };
    HomeFeedbackDto: {
      /** @description the milestone’s or the talk’s title */
      about: string;
      /** Format: date-time */
      at: string;
      author: string;
      /** @description the beginning of the text */
      excerpt: string;
      route: string;
      /** @enum {string} */
      source: 'project' | 'synthesis';
    };
    HomeFigureDto: {
      /** @description the route of the list behind the figure */
      route: string;
      value: number;
    };
    HomeGradeReleasedDto: {
      /** Format: uuid */
      assessmentId: string;
      /** Format: date-time */
      releasedAt: string;
      route: string;
      title: string;
    };
    HomeGradesToReleaseDto: {
      /** Format: uuid */
      assessmentId: string;
      graded: number;
      route: string;
      title: string;
    };
    HomeInvitationDto: {
      /** @enum {string} */
      action: 'send' | 'remind';
      cohort: components['schemas']['HomeCohortRefDto'];
      /** Format: uuid */
      id: string;
      route: string;
      /**
       * Format: date-time
       * @description when sent
       */
      sentAt: string | null;
      /** Format: date-time */
      sessionStartsAt: string;
      sessionTitle: string;
      speaker: string;
      /** @enum {string} */
      status: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled';
    };
    HomeMilestoneDto: {
      /** Format: date-time */
      dueAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'proposal' | 'intermediate_report' | 'final_report' | 'defence' | 'other';
      overdue: boolean;
      /** Format: uuid */
      projectId: string;
      projectTitle: string;
      route: string;
      title: string;
    };
    HomeProjectDto: {
      /** @description comments to address when sent back: the reason given, and the feedback posted since */
      commentsToAddress: number;
      /** Format: uuid */
      id: string;
      /**
       * @description who must act next
       * @enum {string}
       */
      nextActor: 'team' | 'tutor' | 'admin' | 'none';
      route: string;
      /** @enum {string} */
      state:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned';
      /** Format: date-time */
      stateChangedAt: string;
      title: string;
      tutor: string | null;
    };
    HomeProjectItemDto: {
      /**
       * Format: date-time
       * @description proposed, submitted or due at
       */
      at: string;
      cohort: components['schemas']['HomeCohortRefDto'];
      /** @description the milestone, when about one */
      milestone: string | null;
      /** Format: uuid */
      projectId: string;
      projectTitle: string;
      route: string;
    };
    HomeProjectStateCountDto: {
      count: number;
      /** @enum {string} */
      state:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned';
    };
    HomeSessionDto: {
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence' | 'break';
      onlineUrl: string | null;
      room: string | null;
      /** @description the route of the session page */
      route: string;
      /** @description confirmed speakers of a guest talk */
      speakers: string[];
      /** Format: date-time */
      startsAt: string;
      title: string;
    };
    HomeStaffSessionDto: {
      cohort: components['schemas']['HomeCohortRefDto'];
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence' | 'break';
      /** @description what it still needs */
      needs: ('room' | 'speaker' | 'materials')[];
      onlineUrl: string | null;
      room: string | null;
      /** @description the route of the session page */
      route: string;
      /** @description confirmed speakers of a guest talk */
      speakers: string[];
      /** Format: date-time */
      startsAt: string;
      title: string;
      /** @description the session is today (programme’s time zone) */
      today: boolean;
    };
    HomeSynthesesWaitingDto: {
      cohort: components['schemas']['HomeCohortRefDto'];
      /** Format: date-time */
      heldAt: string;
      route: string;
      /** Format: uuid */
      sessionId: string;
      title: string;
      waiting: number;
    };
    HomeSynthesisTodoDto: {
      /** Format: date-time */
      heldAt: string;
      route: string;
      /** Format: uuid */
      sessionId: string;
      /** @description a draft exists, not handed in yet */
      started: boolean;
      title: string;
    };
    HonoursDto: {
      /** @description false: the scale’s defaults */
      custom: boolean;
      levels: components['schemas']['HonoursLevelDto'][];
      /** Format: uuid */
      programmeId: string;
    };
    HonoursLevelDto: {
      /** @description stable key, e.g. assez_bien */
      key: string;
      labelEn: string;
      labelFr: string;
      /** @description the lowest final grade that suggests it */
      minGrade: number;
    };
    ImportCountsDto: {
      create: number;
      enrol: number;
      error: number;
      skip: number;
      total: number;
    };
    ImportCsvDto: {
      /**
       * @description the CSV text: header email, given name, family name, language (fr|en, default fr), employer (optional; a partner organisation's name) — French names (e-mail, prénom, nom, langue, employeur) work too; `;` or `,`
       * @example email;prénom;nom;langue;employeur
       *     lea.muller@example.ch;Léa;Müller;fr;
       */
      csv: string;
    };
    ImportIssueDto: {
      /** @description required, invalid, tooLong, duplicateInFile, malformed, alreadyEnrolled (row skipped), notStudent, unknownEmployer */
      code: string;
      /** @description email, givenName, familyName, language, employer or row */
      field: string;
      message: string;
    };
    ImportPreviewDto: {
      /**
       * @description recognised field → header as written
       * @example {
       *       "email": "E-mail",
       *       "givenName": "Prénom"
       *     }
       */
      columns: {
        [key: string]: string;
      };
      counts: components['schemas']['ImportCountsDto'];
      ignoredColumns: string[];
      /** @description every row, in file order */
      rows: components['schemas']['ImportRowDto'][];
      /** @enum {string} */
      separator: ';' | ',';
    };
    ImportResultDto: {
      /** @description new student accounts created and enrolled */
      created: number;
      /** @description existing students enrolled */
      enrolled: number;
      /** @description the rows with errors */
      errorRows: components['schemas']['ImportRowDto'][];
      /** @description rows not imported because of errors */
      errors: number;
      links: components['schemas']['NewStudentLinkDto'][];
      /** @description invitation mails queued, one per new student (see /admin/mail) */
      mailed: number;
      /** @description rows already enrolled in the cohort */
      skipped: number;
    };
    ImportRowDto: {
      /**
       * @description create: new student account, enrolled; enrol: existing student enrolled; skip: already enrolled; error: not imported
       * @enum {string}
       */
      action: 'create' | 'enrol' | 'skip' | 'error';
      email: string;
      employer: string | null;
      errors: components['schemas']['ImportIssueDto'][];
      familyName: string;
      givenName: string;
      /** @description line in the file; the header is line 1 */
      line: number;
      /** @enum {string} */
      preferredLanguage: 'fr' | 'en';
    };
    InstructorHomeDto: {
      /** @description begun in the last 7 days, not taken */
      attendanceToTake: components['schemas']['HomeAttendanceDto'][];
      /** @description graded, not released */
      gradesToRelease: components['schemas']['HomeGradesToReleaseDto'][];
      /** @description drafts to send, answers overdue */
      invitations: components['schemas']['HomeInvitationDto'][];
      /** @description an invitation unanswered after this many days asks a reminder */
      noAnswerDays: number;
      overdueMilestones: components['schemas']['HomeProjectItemDto'][];
      proposals: components['schemas']['HomeProjectItemDto'][];
      /** @description today and the rest of this week */
      sessions: components['schemas']['HomeStaffSessionDto'][];
      submissions: components['schemas']['HomeProjectItemDto'][];
      synthesesToReview: components['schemas']['HomeSynthesesWaitingDto'][];
    };
    InvitationActorDto: {
      /** @enum {string} */
      kind: 'user' | 'speaker' | 'system';
      /** @description the user, or the speaker’s name */
      name: string | null;
    };
    InvitationDetailDto: {
      abstract: string;
      /** @description legal next moves now */
      allowedTransitions: ('draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled')[];
      /** @description as entered (null: the inviter) */
      contactPerson: components['schemas']['ContactPersonDto'];
      /** Format: date-time */
      createdAt: string;
      /** @description the timeline, oldest first */
      events: components['schemas']['InvitationEventDto'][];
      /** Format: uuid */
      id: string;
      /** @description the latest link */
      link: components['schemas']['InvitationLinkDto'] | null;
      mail: components['schemas']['InvitationMailDto'];
      messageToSpeaker: string;
      practical: components['schemas']['PracticalInfoDto'];
      /** Format: date-time */
      respondedAt: string | null;
      session: components['schemas']['InvitationSessionDto'];
      speaker: components['schemas']['InvitationSpeakerDto'];
      speakerNote: string | null;
      /** @enum {string} */
      status: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled';
      talkTitle: string;
      /** Format: date-time */
      updatedAt: string;
    };
    InvitationDto: {
      abstract: string;
      /** @description legal next moves now */
      allowedTransitions: ('draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled')[];
      /** @description as entered (null: the inviter) */
      contactPerson: components['schemas']['ContactPersonDto'];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      mail: components['schemas']['InvitationMailDto'];
      messageToSpeaker: string;
      practical: components['schemas']['PracticalInfoDto'];
      /** Format: date-time */
      respondedAt: string | null;
      session: components['schemas']['InvitationSessionDto'];
      speaker: components['schemas']['InvitationSpeakerDto'];
      speakerNote: string | null;
      /** @enum {string} */
      status: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled';
      talkTitle: string;
      /** Format: date-time */
      updatedAt: string;
    };
    InvitationEventDto: {
      actor: components['schemas']['InvitationActorDto'];
      /** @enum {string|null} */
      fromStatus: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled' | null;
      /** Format: uuid */
      id: string;
      note: string | null;
      /** Format: date-time */
      occurredAt: string;
      /** @enum {string|null} */
      toStatus: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled' | null;
      /** @enum {string} */
      type:
        | 'created'
        | 'status_changed'
        | 'details_edited'
        | 'link_issued'
        | 'link_opened'
        | 'speaker_profile_edited';
    };
    InvitationLinkDto: {
      /**
       * Format: date-time
       * @description until when it works (unless revoked): the later of its planned expiry and the end of its session as it stands now
       */
      expiresAt: string;
      /** Format: date-time */
      lastOpenedAt: string | null;
      /**
       * @description used: answered through it (it still opens the page, the bio stays editable)
       * @enum {string}
       */
      state: 'active' | 'used' | 'expired' | 'revoked';
      /** @description the speaker’s page (mailed to them; copy it if the mail is lost) */
      url: string;
      /** Format: date-time */
      usedAt: string | null;
    };
    InvitationMailDto: {
      /** @description times the invitation was mailed */
      count: number;
      /** Format: date-time */
      lastSentAt: string | null;
      /** @description most times it may be mailed */
      limit: number;
      /** Format: date-time */
      remindedAt: string | null;
      reminderDays: number | null;
    };
    InvitationPageDto: {
      items: components['schemas']['InvitationDto'][];
      page: number;
      size: number;
      total: number;
    };
    InvitationSessionDto: {
      cancelled: boolean;
      cohort: components['schemas']['RefDto'];
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence' | 'break';
      /** Format: date-time */
      startsAt: string;
      timeZone: string;
      title: string;
    };
    /** @enum {string} */
    InvitationSort:
      | 'startsAt'
      | '-startsAt'
      | 'speaker'
      | '-speaker'
      | 'talkTitle'
      | '-talkTitle'
      | 'status'
      | '-status';
    InvitationSpeakerDto: {
      email: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      organisation: string | null;
    };
    InvitationTextsDto: {
      abstract?: string;
      /** @description how to get in, parking, where the room is */
      accessInfo?: string;
      contactEmail?: string | null;
      /** @description the speaker’s contact on the day; null: the inviting instructor */
      contactName?: string | null;
      contactPhone?: string | null;
      /** @description what the room offers, what to bring */
      equipment?: string;
      /** @description shown to the speaker on their page */
      messageToSpeaker?: string;
      /** @description days without an answer before one reminder (default 5); null: none */
      reminderDays?: number | null;
      /** @example Le droit face aux réseaux sociaux */
      talkTitle?: string;
    };
    IssueAllFailureDto: {
      /** @description the error code */
      code: string;
      displayName: string;
      /** Format: uuid */
      studentId: string;
    };
    IssueAllResultDto: {
      alreadyIssued: number;
      failed: components['schemas']['IssueAllFailureDto'][];
      issued: number;
    };
    IssuedDiplomaDto: {
      /** @description false: it had been issued already (the same diploma) */
      created: boolean;
      diploma: components['schemas']['DiplomaDto'];
    };
    IssueDiplomaDto: {
      /**
       * Format: uuid
       * @description the student, enrolled in the cohort
       */
      studentId: string;
    };
    JuryBoardDto: {
      honoursLevels: components['schemas']['HonoursLevelDto'][];
      jury: components['schemas']['JurySummaryDto'];
      max: number;
      /** @description whether the viewer may decide and sign (admins) */
      mayDecide: boolean;
      members: components['schemas']['JuryMemberDto'][];
      pass: number;
      students: components['schemas']['JuryBoardStudentDto'][];
    };
    JuryBoardStudentDto: {
      attendanceRate: number | null;
      decision: components['schemas']['JuryDecisionDto'] | null;
      displayName: string;
      /** Format: uuid */
      enrolmentId: string;
      finalGrade: number | null;
      /** @description earlier decisions, newest first */
      history: components['schemas']['JuryDecisionDto'][];
      /** @enum {string} */
      outcome: 'met' | 'not_met' | 'pending';
      /** @description every rule met */
      rulesMet: boolean;
      /** Format: uuid */
      studentId: string;
      /** @description the honours the final grade suggests */
      suggestedHonours: string | null;
      /** @description the rules not met (or pending), with why */
      unmetRules: components['schemas']['RuleResultDto'][];
    };
    JuryCohortDto: {
      /** Format: uuid */
      id: string;
      name: string;
      programmeCode: string;
      /** Format: uuid */
      programmeId: string;
      programmeTitle: string;
      scale: string;
    };
    JuryDecisionDto: {
      correctionReason: string | null;
      /** Format: date-time */
      decidedAt: string;
      decidedBy: string;
      /** @enum {string} */
      decision: 'awarded' | 'deferred' | 'refused';
      exemptionReason: string | null;
      finalGrade: number | null;
      honours: string | null;
      honoursLabelEn: string | null;
      honoursLabelFr: string | null;
      /** Format: uuid */
      id: string;
      remaining: string | null;
      remainingItems: ('resit' | 'project' | 'attendance' | 'work_period' | 'other')[];
      rulesMet: boolean;
      /** Format: uuid */
      studentId: string;
      /** Format: uuid */
      supersedesId: string | null;
    };
    JuryListDto: {
      items: components['schemas']['JurySummaryDto'][];
    };
    JuryMemberDto: {
      /** Format: uuid */
      id: string;
      name: string;
      role: string | null;
      /** Format: uuid */
      userId: string | null;
    };
    JuryMemberInputDto: {
      /** @description an external member by name (or an internal one’s name as shown) */
      name?: string;
      /** @description e.g. Expert externe (Groupe La Poste) */
      role?: string | null;
      /**
       * Format: uuid
       * @description an internal member: an instructor or admin
       */
      userId?: string;
    };
    JurySummaryDto: {
      cohort: components['schemas']['JuryCohortDto'];
      decisions: number;
      /** Format: date */
      heldOn: string;
      /** Format: uuid */
      id: string;
      presidentName: string | null;
      /** Format: date-time */
      signedAt: string | null;
      /** @enum {string} */
      status: 'open' | 'signed';
      students: number;
    };
    MailAttachmentInfoDto: {
      contentType: string;
      filename: string;
      /** @description bytes */
      size: number;
    };
    MailContentDto: {
      /** @description the HTML part: show it only in a sandboxed iframe (srcdoc) */
      html: string;
      /** @description every http(s) link of the HTML and text parts */
      links: string[];
      subject: string;
      text: string;
    };
    MailDetailDto: {
      attachments: components['schemas']['MailAttachmentInfoDto'][];
      attempts: number;
      bulk: boolean;
      /** Format: date-time */
      createdAt: string;
      /** @description the HTML part: show it only in a sandboxed iframe (srcdoc) */
      html: string;
      /** Format: uuid */
      id: string;
      kind: string;
      lang: components['schemas']['MailLang'];
      lastError: string | null;
      /** @description every http(s) link of the HTML and text parts */
      links: string[];
      messageId: string;
      /** Format: date-time */
      nextAttemptAt: string | null;
      recipient: string;
      recipientName: string | null;
      /** @description whether the resend button applies (a failed mail) */
      resendable: boolean;
      /** Format: date-time */
      sentAt: string | null;
      status: components['schemas']['MailStatus'];
      subject: string;
      text: string;
    };
    /** @enum {string} */
    MailLang: 'fr' | 'en';
    MailPageDto: {
      /** @description every mail by status (no filter) */
      counts: components['schemas']['MailStatusCountsDto'];
      items: components['schemas']['MailSummaryDto'][];
      page: number;
      size: number;
      total: number;
    };
    /** @enum {string} */
    MailSort:
      | 'createdAt'
      | '-createdAt'
      | 'recipient'
      | '-recipient'
      | 'subject'
      | '-subject'
      | 'status'
      | '-status';
    /** @enum {string} */
    MailStatus: 'queued' | 'sending' | 'sent' | 'delivered' | 'failed';
    MailStatusCountsDto: {
      delivered: number;
      failed: number;
      queued: number;
      sending: number;
      sent: number;
    };
    MailSummaryDto: {
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @example account.set-password */
      kind: string;
      lang: components['schemas']['MailLang'];
      lastError: string | null;
      /** Format: date-time */
      nextAttemptAt: string | null;
      /** @example lea.martin@example.org */
      recipient: string;
      recipientName: string | null;
      /** Format: date-time */
      sentAt: string | null;
      status: components['schemas']['MailStatus'];
      subject: string;
    };
    MailTemplateDto: {
      description: string;
      /** @example account.set-password */
      kind: string;
    };
    MaterialLinkDto: {
      /** @example Slides */
      label: string;
      /** @example https://example.org/slides.pdf */
      url: string;
    };
    MeDto: {
      displayName: string;
      email: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      preferredLanguage: 'fr' | 'en';
      /** @enum {string} */
      role: 'admin' | 'instructor' | 'student';
    };
    MentorLinkDto: {
      /** Format: date-time */
      expiresAt: string;
      /** @description the address it was mailed to; null: the mentor has no e-mail, copy it */
      mailedTo: string | null;
      /** @description for the mentor API: /api/mentor/<token> */
      token: string;
      /** @description the page to send the mentor: PUBLIC_URL/mentor/<token> */
      url: string;
    };
    MentorLinkRequestDto: {
      /** @description default: MENTOR_LINK_TTL_SECONDS */
      expiresInDays?: number;
      /**
       * @description the language of the mentor’s mails (default French)
       * @enum {string}
       */
      language?: 'fr' | 'en';
    };
    MentorLinkStatusDto: {
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      expiresAt: string;
      /** Format: date-time */
      lastUsedAt: string | null;
      /** @description where the link was mailed */
      mailedTo: string | null;
    };
    MentorMilestoneDto: {
      /**
       * Format: date-time
       * @description in force now
       */
      dueAt: string;
      expectations: string;
      /** @description an extension was granted */
      extended: boolean;
      feedback: components['schemas']['ProjectFeedbackDto'][];
      feedbackCount: number;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'proposal' | 'intermediate_report' | 'final_report' | 'defence' | 'other';
      /** Format: date-time */
      latestSubmittedAt: string | null;
      latestVersion: number | null;
      /** Format: date-time */
      originalDueAt: string;
      position: number;
      /** @enum {string} */
      status: 'open' | 'overdue' | 'submitted' | 'submitted_late' | 'done';
      submissionCount: number;
      /** @description newest first; downloadUrl works with the link */
      submissions: components['schemas']['ProjectSubmissionDto'][];
      title: string;
    };
    MentorPersonDto: {
      displayName: string;
    };
    MentorProjectDto: {
      /** @description scale bounds; only the mentor’s own grade is filled */
      assessment: components['schemas']['ProjectAssessmentDto'];
      brief: string;
      /** @description the mentor may propose or change a grade now */
      canGrade: boolean;
      cohortName: string;
      /** @description date and place of the defence */
      defence: components['schemas']['ProjectDefenceDto'] | null;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      linkExpiresAt: string;
      /** @description the mentor the link was given to */
      mentorName: string;
      milestones: components['schemas']['MentorMilestoneDto'][];
      partnerName: string;
      programmeTitle: string;
      /** @enum {string} */
      state:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned';
      team: components['schemas']['MentorPersonDto'][];
      /**
       * @description the programme’s zone: due dates and the defence are meant in it
       * @example Europe/Zurich
       */
      timeZone: string;
      title: string;
      tutor: components['schemas']['MentorTutorDto'] | null;
    };
    MentorTutorDto: {
      displayName: string;
      email: string;
    };
    MilestoneDetailDto: {
      /**
       * Format: date-time
       * @description in force now
       */
      dueAt: string;
      expectations: string;
      /** @description an extension was granted */
      extended: boolean;
      extensions: components['schemas']['MilestoneExtensionDto'][];
      /** @description oldest first */
      feedback: components['schemas']['ProjectFeedbackDto'][];
      feedbackCount: number;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'proposal' | 'intermediate_report' | 'final_report' | 'defence' | 'other';
      /** Format: date-time */
      latestSubmittedAt: string | null;
      latestVersion: number | null;
      /** Format: date-time */
      originalDueAt: string;
      position: number;
      /** Format: uuid */
      projectId: string;
      /** @enum {string} */
      status: 'open' | 'overdue' | 'submitted' | 'submitted_late' | 'done';
      submissionCount: number;
      /** @description newest version first */
      submissions: components['schemas']['ProjectSubmissionDto'][];
      title: string;
    };
    MilestoneDto: {
      /**
       * Format: date-time
       * @description in force now
       */
      dueAt: string;
      expectations: string;
      /** @description an extension was granted */
      extended: boolean;
      feedbackCount: number;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'proposal' | 'intermediate_report' | 'final_report' | 'defence' | 'other';
      /** Format: date-time */
      latestSubmittedAt: string | null;
      latestVersion: number | null;
      /** Format: date-time */
      originalDueAt: string;
      position: number;
      /** @enum {string} */
      status: 'open' | 'overdue' | 'submitted' | 'submitted_late' | 'done';
      submissionCount: number;
      title: string;
    };
    MilestoneExtensionDto: {
      /** Format: date-time */
      grantedAt: string;
      grantedBy: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      newDueAt: string;
      /** Format: date-time */
      previousDueAt: string;
      reason: string;
    };
    MilestoneTemplateDto: {
      /** Format: uuid */
      cohortId: string;
      /** @description true when the cohort has none stored and these are the defaults */
      isDefault: boolean;
      items: components['schemas']['MilestoneTemplateEntryDto'][];
    };
    MilestoneTemplateEntryDto: {
      /** @example 2026-11-15 */
      dueOn: string;
      expectations: string;
      /** @enum {string} */
      kind: 'proposal' | 'intermediate_report' | 'final_report' | 'defence' | 'other';
      title: string;
    };
    MilestoneTemplateItemDto: {
      /**
       * @description due at the end of this day
       * @example 2026-11-15
       */
      dueOn: string;
      /** @default  */
      expectations: string;
      /** @enum {string} */
      kind: 'proposal' | 'intermediate_report' | 'final_report' | 'defence' | 'other';
      title: string;
    };
    ModuleAttendanceDto: {
      absent: number;
      /** @description minutes attended (present, late; excused when neutral) */
      attendedMinutes: number;
      /** @description minutes counted */
      countedMinutes: number;
      excused: number;
      late: number;
      /** Format: uuid */
      moduleId: string | null;
      moduleTitle: string | null;
      present: number;
      /** @description percent, 1 decimal; null: none */
      rate: number | null;
    };
    ModuleGroupDto: {
      code: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      programmeId: string;
      title: string;
    };
    ModuleResultDto: {
      average: number | null;
      compensated: boolean;
      /** @description every counting assessment of the module is graded (and shown) */
      complete: boolean;
      /** @description passed in an earlier cohort of the programme and kept */
      kept: boolean;
      /** Format: uuid */
      moduleId: string;
      /** @description null while not complete */
      passed: boolean | null;
    };
    MyAttendanceDto: {
      currentPart: number | null;
      marks: components['schemas']['AttendanceMarkDto'][];
      parts: components['schemas']['AttendancePartDto'][];
      session: components['schemas']['AttendanceSessionDto'];
      /** @description the QR code is needed to sign (in-room session) */
      tokenRequired: boolean;
    };
    MyCohortInfoDto: {
      /** Format: date */
      endsOn: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: date */
      startsOn: string;
      /** @enum {string} */
      status: 'planned' | 'running' | 'closed';
    };
    MyDiplomaDto: {
      /** Format: date */
      awardedOn: string;
      /** Format: uuid */
      cohortId: string;
      cohortName: string;
      finalGrade: number | null;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      holderName: string;
      /** @description the honours key */
      honours: string | null;
      honoursLabelEn: string | null;
      honoursLabelFr: string | null;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      issuedAt: string;
      /** @enum {string} */
      language: 'fr' | 'en';
      /** @description LinkedIn’s “add to profile” link, its fields filled in */
      linkedInUrl: string;
      /** @example MCMS-2027-0042 */
      number: string;
      programmeTitle: string;
      /** @description the QR code of the verification link, as a PNG data URL */
      qrDataUrl: string;
      /** Format: date-time */
      revokedAt: string | null;
      /** @description admins only; null for the holder */
      revokedReason: string | null;
      showGrade: boolean;
      showHonours: boolean;
      signatoryName: string;
      status: components['schemas']['DiplomaStatus'];
      /** Format: uuid */
      studentId: string;
      /** @description the verification code as printed, in groups of four */
      verificationCode: string;
      /** @description the public verification link (printed on the diploma) */
      verificationUrl: string;
    };
    MyDiplomasDto: {
      items: components['schemas']['MyDiplomaDto'][];
    };
    MyEnrolmentInfoDto: {
      employer: components['schemas']['EmployerRefDto'] | null;
      /** Format: date-time */
      enrolledAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      status: 'active' | 'withdrawn' | 'graduated';
    };
    MyProgrammeDto: {
      /** @description the other active students of the cohort */
      classmates: components['schemas']['PersonRefDto'][];
      cohort: components['schemas']['MyCohortInfoDto'];
      enrolment: components['schemas']['MyEnrolmentInfoDto'];
      instructors: components['schemas']['PersonRefDto'][];
      /** @description in order, archived ones left out */
      modules: components['schemas']['CourseModuleDto'][];
      programme: components['schemas']['MyProgrammeInfoDto'];
    };
    MyProgrammeInfoDto: {
      code: string;
      description: string;
      ectsTotal: number;
      gradeStep: number;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** @description the rule groups the rules name */
      groups: components['schemas']['ModuleGroupDto'][];
      /** Format: uuid */
      id: string;
      passGrade: number;
      /** @description the diploma rules, in order */
      rules: components['schemas']['DiplomaRuleDto'][];
      /**
       * @description IANA time zone
       * @example Europe/Zurich
       */
      timeZone: string;
      title: string;
    };
    NewStudentLinkDto: {
      displayName: string;
      email: string;
      /** @description one-time link to set a password, mailed to the student (a fallback to hand over) */
      setPasswordUrl: string;
    };
    /**
     * @description mail: a mail at once; digest: in the daily digest; in_app: the bell only
     * @enum {string}
     */
    NotificationChannel: 'mail' | 'digest' | 'in_app';
    NotificationDto: {
      /** @description may be empty */
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      kind: components['schemas']['NotificationKind'];
      /**
       * @description the app path of what it is about
       * @example /student/projects/…
       */
      link: string;
      /** Format: date-time */
      readAt: string | null;
      title: string;
    };
    /** @enum {string} */
    NotificationKind:
      | 'project.reviewed'
      | 'project.feedback'
      | 'milestone.due'
      | 'milestone.overdue'
      | 'session.changed'
      | 'session.cancelled'
      | 'synthesis.feedback'
      | 'grades.released'
      | 'diploma.issued'
      | 'veille.commented'
      | 'veille.replied'
      | 'veille.hidden';
    NotificationPageDto: {
      items: components['schemas']['NotificationDto'][];
      page: number;
      size: number;
      total: number;
      /** @description how many of the caller’s notifications are unread */
      unread: number;
    };
    NotificationPreferenceDto: {
      /** @description mail: a mail at once; digest: in the daily digest; in_app: the bell only */
      channel: components['schemas']['NotificationChannel'];
      kind: components['schemas']['NotificationKind'];
    };
    NotificationPreferencesDto: {
      /** @description one per kind */
      items: components['schemas']['NotificationPreferenceDto'][];
    };
    /** @enum {string} */
    NotificationSort: 'unread' | '-unread' | 'createdAt' | '-createdAt';
    OccurrenceDto: {
      /** Format: date */
      date: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: date-time */
      startsAt: string;
    };
    OrganisationRefDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    PartnerContactDto: {
      email: string | null;
      /** Format: uuid */
      id: string;
      name: string;
      phone: string | null;
      role: string | null;
    };
    PartnerDto: {
      address: string | null;
      contacts: components['schemas']['PartnerContactDto'][];
      /** Format: date-time */
      createdAt: string;
      /** @description students whose work-study employer it is (active enrolments) */
      employeeCount: number;
      /** Format: uuid */
      id: string;
      name: string;
      sector: string | null;
      /** Format: date-time */
      updatedAt: string;
      website: string | null;
    };
    PartnerPageDto: {
      items: components['schemas']['PartnerDto'][];
      page: number;
      size: number;
      total: number;
    };
    /** @enum {string} */
    PartnerSort: 'name' | '-name' | 'sector' | '-sector' | 'createdAt' | '-createdAt';
    PasswordLinkDto: {
      /** @description the address the invitation was mailed to */
      mailedTo: string;
      /** @description the new link, also mailed to the user */
      setPasswordUrl: string;
    };
    PasswordTokenInfoDto: {
      displayName: string;
      email: string;
      /**
       * @description invitation: a new account; reset: forgot password
       * @enum {string}
       */
      purpose: 'invitation' | 'reset';
    };
    PeriodDto: {
      compensation: boolean | null;
      /** Format: uuid */
      id: string;
      /** @description 1-based order */
      position: number;
      /** Format: uuid */
      programmeId: string;
      title: string;
    };
    PersonRefDto: {
      displayName: string;
      /** Format: uuid */
      id: string;
    };
    PracticalInfoDto: {
      accessInfo: string;
      /** @description the named contact, else the inviter */
      contact: components['schemas']['ContactPersonDto'];
      equipment: string;
    };
    ProblemDto: {
      code: components['schemas']['ErrorCode'];
      detail?: string;
      errors?: components['schemas']['FieldErrorDto'][];
      /** @example /api/cohorts/… */
      instance?: string;
      requestId?: string;
      /** @example 404 */
      status: number;
      /** @example Not Found */
      title: string;
      /** @example https://clique.app/problems/cohort/not_found */
      type: string;
    };
    ProgrammeDetailDto: {
      /** Format: date-time */
      archivedAt: string | null;
      /** @enum {string} */
      averageWeighting: 'ects' | 'coefficient';
      code: string;
      cohortCount: number;
      compensation: boolean;
      /** Format: date-time */
      createdAt: string;
      description: string;
      ectsTotal: number;
      finalRounding: number | null;
      gradeStep: number;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** @description by code */
      groups: components['schemas']['ModuleGroupDto'][];
      /** Format: uuid */
      id: string;
      keepPassedModules: boolean;
      /** @description highest grade of the scale */
      maxGrade: number;
      /** @description lowest grade of the scale */
      minGrade: number;
      moduleCount: number;
      /** @description in order, archived ones included */
      modules: components['schemas']['CourseModuleDto'][];
      /** @description pass grade of the scale (4 or 10) */
      passGrade: number;
      /** @description in order */
      periods: components['schemas']['PeriodDto'][];
      /** @enum {string|null} */
      preset: 'ch_diploma' | 'fr_licence_pro' | null;
      projectWeightJury: number;
      projectWeightMentor: number;
      projectWeightTutor: number;
      /** @enum {string} */
      resitPolicy: 'best' | 'latest';
      /** @description the diploma rules, in order */
      rules: components['schemas']['DiplomaRuleDto'][];
      signingClosesAfterMinutes: number;
      signingOpensBeforeMinutes: number;
      /**
       * @description IANA time zone
       * @example Europe/Zurich
       */
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ProgrammeDto: {
      /** Format: date-time */
      archivedAt: string | null;
      /** @enum {string} */
      averageWeighting: 'ects' | 'coefficient';
      code: string;
      cohortCount: number;
      compensation: boolean;
      /** Format: date-time */
      createdAt: string;
      description: string;
      ectsTotal: number;
      finalRounding: number | null;
      gradeStep: number;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** Format: uuid */
      id: string;
      keepPassedModules: boolean;
      /** @description highest grade of the scale */
      maxGrade: number;
      /** @description lowest grade of the scale */
      minGrade: number;
      moduleCount: number;
      /** @description pass grade of the scale (4 or 10) */
      passGrade: number;
      /** @enum {string|null} */
      preset: 'ch_diploma' | 'fr_licence_pro' | null;
      projectWeightJury: number;
      projectWeightMentor: number;
      projectWeightTutor: number;
      /** @enum {string} */
      resitPolicy: 'best' | 'latest';
      signingClosesAfterMinutes: number;
      signingOpensBeforeMinutes: number;
      /**
       * @description IANA time zone
       * @example Europe/Zurich
       */
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ProgrammePageDto: {
      items: components['schemas']['ProgrammeDto'][];
      page: number;
      size: number;
      total: number;
    };
    ProgrammeRefDto: {
      /** Format: date-time */
      archivedAt: string | null;
      code: string;
      /** Format: uuid */
      id: string;
      title: string;
    };
    /** @enum {string} */
    ProgrammeSort:
      | 'code'
      | '-code'
      | 'title'
      | '-title'
      | 'createdAt'
      | '-createdAt'
      | 'ectsTotal'
      | '-ectsTotal';
    ProgressCohortDto: {
      /** Format: date */
      endsOn: string;
      /** Format: uuid */
      id: string;
      name: string;
      /** Format: date */
      startsOn: string;
    };
    ProgressGradeDto: {
      /** Format: uuid */
      assessmentId: string;
      coefficient: number;
      /** Format: date */
      dueOn: string | null;
      firstScore: number | null;
      kind: string;
      /** Format: uuid */
      moduleId: string;
      resitScore: number | null;
      /** @description the grade that counts (resit policy applied) */
      score: number;
      title: string;
    };
    ProgressGroupDto: {
      code: string;
      /** Format: uuid */
      id: string;
      title: string;
    };
    ProgressModuleDto: {
      code: string;
      coefficient: number;
      ects: number;
      /** Format: uuid */
      groupId: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'course' | 'project' | 'work_period';
      /** Format: uuid */
      periodId: string | null;
      position: number;
      title: string;
    };
    ProgressPeriodDto: {
      /** Format: uuid */
      id: string;
      position: number;
      title: string;
    };
    ProgressProgrammeDto: {
      code: string;
      compensation: boolean;
      finalRounding: number | null;
      gradeStep: number;
      /** Format: uuid */
      id: string;
      max: number;
      min: number;
      pass: number;
      /** @enum {string} */
      scale: 'CH_6' | 'FR_20';
      title: string;
      /** @enum {string} */
      weighting: 'ects' | 'coefficient';
    };
    ProgressRuleDto: {
      excusedCountAsAbsent: boolean | null;
      /** Format: uuid */
      groupId: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'overall_average'
        | 'group_average'
        | 'module_minimum'
        | 'max_below_pass'
        | 'attendance'
        | 'project_grade'
        | 'modules_passed';
      maxCount: number | null;
      position: number;
      threshold: number | null;
    };
    ProjectAssessmentDto: {
      jury: components['schemas']['ProjectGradeDto'] | null;
      max: number;
      mentor: components['schemas']['ProjectGradeDto'] | null;
      min: number;
      pass: number;
      /** @enum {string} */
      scale: 'CH_6' | 'FR_20';
      step: number;
      tutor: components['schemas']['ProjectGradeDto'] | null;
    };
    ProjectCohortDto: {
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** Format: uuid */
      id: string;
      name: string;
      programmeCode: string;
      programmeTitle: string;
    };
    ProjectDefenceDto: {
      /** Format: date-time */
      endsAt: string;
      /** @description instructors on the jury */
      jury: components['schemas']['DefenceJurorDto'][];
      mentorAttends: boolean;
      /** @description the mentor’s name when invited */
      mentorName: string | null;
      onlineUrl: string | null;
      room: components['schemas']['DefenceRoomDto'] | null;
      /**
       * Format: uuid
       * @description the session in the schedule
       */
      sessionId: string;
      /** Format: date-time */
      startsAt: string;
      /** @example Europe/Zurich */
      timeZone: string;
    };
    ProjectDetailDto: {
      /** @description staff and instructors of the cohort always; the team once graded */
      assessment: components['schemas']['ProjectAssessmentDto'] | null;
      brief: string;
      cohort: components['schemas']['ProjectCohortDto'];
      /** Format: date-time */
      createdAt: string;
      /** @description the scheduled defence */
      defence: components['schemas']['ProjectDefenceDto'] | null;
      /** Format: uuid */
      id: string;
      mentor: components['schemas']['ProjectMentorDto'] | null;
      /** @description staff only: the live mentor link */
      mentorLink: components['schemas']['MentorLinkStatusDto'] | null;
      milestones: components['schemas']['MilestoneDto'][];
      partner: components['schemas']['ProjectPartnerDto'];
      permissions: components['schemas']['ProjectPermissionsDto'];
      proposedBy: components['schemas']['ProjectPersonDto'];
      /** @enum {string} */
      state:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned';
      /** Format: date-time */
      stateChangedAt: string;
      /** @description send-back comments or the reason of a rejection or abandonment */
      stateComment: string | null;
      team: components['schemas']['ProjectPersonDto'][];
      /**
       * @description the programme’s zone: due dates and the defence are meant in it
       * @example Europe/Zurich
       */
      timeZone: string;
      title: string;
      tutor: components['schemas']['ProjectPersonDto'] | null;
      /** Format: date-time */
      updatedAt: string;
    };
    ProjectEventDto: {
      actor: components['schemas']['ProjectPersonDto'];
      comment: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @enum {string|null} */
      fromState:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned'
        | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      toState:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned';
    };
    ProjectFeedbackDto: {
      authorName: string;
      /** @enum {string} */
      authorRole: 'tutor' | 'team' | 'admin' | 'mentor';
      body: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      milestoneId: string;
      /** Format: uuid */
      submissionId: string | null;
      submissionVersion: number | null;
    };
    ProjectGradeDto: {
      comment: string | null;
      grade: number;
      /** @description who entered it */
      gradedBy: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ProjectMentorDto: {
      email: string | null;
      /** Format: uuid */
      id: string;
      name: string;
      phone: string | null;
      role: string | null;
    };
    ProjectMilestoneRefDto: {
      /** Format: date-time */
      dueAt: string;
      /** Format: uuid */
      id: string;
      title: string;
    };
    ProjectNamedRefDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ProjectPageDto: {
      items: components['schemas']['ProjectSummaryDto'][];
      page: number;
      size: number;
      total: number;
    };
    ProjectPartnerCountDto: {
      /** Format: uuid */
      id: string;
      name: string;
      projects: number;
      sector: string | null;
    };
    ProjectPartnerDto: {
      /** Format: uuid */
      id: string;
      name: string;
      sector: string | null;
      website: string | null;
    };
    ProjectPermissionsDto: {
      canComment: boolean;
      canEdit: boolean;
      canEditTeam: boolean;
      canGrade: boolean;
      canManageMentorLink: boolean;
      canManageMilestones: boolean;
      canUpload: boolean;
      isTeamMember: boolean;
      isTutor: boolean;
      transitions: (
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned'
      )[];
    };
    ProjectPersonDto: {
      displayName: string;
      email: string;
      /** Format: uuid */
      id: string;
    };
    ProjectSheetDto: {
      brief: string;
      cohortName: string;
      /** Format: date-time */
      generatedAt: string;
      mentor: components['schemas']['ProjectSheetPersonDto'] | null;
      milestones: components['schemas']['ProjectSheetMilestoneDto'][];
      partner: components['schemas']['ProjectPartnerDto'];
      programmeTitle: string;
      /** @enum {string} */
      state:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned';
      team: components['schemas']['ProjectSheetPersonDto'][];
      /** @description IANA zone the dates are meant in */
      timeZone: string;
      title: string;
      tutor: components['schemas']['ProjectSheetPersonDto'] | null;
    };
    ProjectSheetMilestoneDto: {
      /** Format: date-time */
      dueAt: string;
      /** @enum {string} */
      kind: 'proposal' | 'intermediate_report' | 'final_report' | 'defence' | 'other';
      /** Format: date-time */
      latestSubmittedAt: string | null;
      latestVersion: number | null;
      /** @enum {string} */
      status: 'open' | 'overdue' | 'submitted' | 'submitted_late' | 'done';
      title: string;
    };
    ProjectSheetPersonDto: {
      displayName: string;
      email: string | null;
    };
    /** @enum {string} */
    ProjectSort:
      | 'title'
      | '-title'
      | 'state'
      | '-state'
      | 'createdAt'
      | '-createdAt'
      | 'stateChangedAt'
      | '-stateChangedAt'
      | 'partner'
      | '-partner';
    ProjectSubmissionDto: {
      /** @description detected from the content */
      contentType: string;
      /** @description GET it to download (Content-Disposition: attachment) */
      downloadUrl: string;
      /**
       * Format: date-time
       * @description the due date in force when it arrived
       */
      dueAt: string;
      /** Format: uuid */
      id: string;
      late: boolean;
      /** Format: uuid */
      milestoneId: string;
      /** @description the uploader’s name for the file (metadata only) */
      originalName: string;
      sha256: string;
      sizeBytes: number;
      /** Format: date-time */
      submittedAt: string;
      /** @description display name of the uploader */
      uploadedBy: string;
      version: number;
    };
    ProjectSummaryDto: {
      cohort: components['schemas']['ProjectNamedRefDto'];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      mentor: components['schemas']['ProjectNamedRefDto'] | null;
      /** @description first milestone with nothing submitted */
      nextMilestone: components['schemas']['ProjectMilestoneRefDto'] | null;
      partner: components['schemas']['ProjectNamedRefDto'];
      /** @enum {string} */
      state:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned';
      /** Format: date-time */
      stateChangedAt: string;
      team: components['schemas']['ProjectPersonDto'][];
      /**
       * @description the programme’s zone: due dates are meant in it
       * @example Europe/Zurich
       */
      timeZone: string;
      title: string;
      tutor: components['schemas']['ProjectPersonDto'] | null;
      waiting: components['schemas']['ProjectWaitingDto'];
    };
    ProjectTransitionDto: {
      /** @description required to send back, reject, abandon or reopen; kept in the history */
      comment?: string | null;
      /** @enum {string} */
      to:
        | 'proposed'
        | 'sent_back'
        | 'approved'
        | 'in_progress'
        | 'submitted'
        | 'defended'
        | 'graded'
        | 'rejected'
        | 'abandoned';
    };
    ProjectWaitingDto: {
      /** @description the proposal waits for approval */
      approval: boolean;
      /** @description milestones whose latest version has no feedback from the tutor yet */
      newSubmissions: number;
      /** @description milestones past due with nothing submitted */
      overdueMilestones: number;
    };
    ProposedMentorDto: {
      /** @example claire.dumont@example.ch */
      email?: string | null;
      /** @example Claire Dumont */
      name: string;
      /** @example +41 21 000 00 00 */
      phone?: string | null;
      /** @example Responsable communication */
      role?: string | null;
    };
    ProposedPartnerDto: {
      /** @example Musée de l’Élysée */
      name: string;
      /** @example Culture */
      sector?: string | null;
      /** @example https://elysee.ch */
      website?: string | null;
    };
    ReadAllDto: {
      /** @description how many were marked read */
      marked: number;
    };
    ReasonDto: {
      /** @description translated by the frontend, e.g. `attendance.not_met` */
      code: string;
      /** @description the numbers and names the sentence shows (value, threshold, module…) */
      params: {
        [key: string]: string | number;
      };
    };
    RecordDecisionDto: {
      /** @description required after the sign-off */
      correctionReason?: string | null;
      /** @enum {string} */
      decision: 'awarded' | 'deferred' | 'refused';
      /** @description required when awarding a student whose rules are not all met */
      exemptionReason?: string | null;
      /** @description awarded only: a key of the programme’s levels */
      honours?: string | null;
      /** @description deferred: what remains */
      remaining?: string | null;
      /** @description deferred: what remains */
      remainingItems?: ('resit' | 'project' | 'attendance' | 'work_period' | 'other')[];
      /** Format: uuid */
      studentId: string;
    };
    RefDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    ReorderCourseModulesDto: {
      /** @description every module id of the programme, in the new order */
      moduleIds: string[];
    };
    ReplaceDiplomaRulesDto: {
      /** @description the whole list, in order */
      rules: components['schemas']['DiplomaRuleInputDto'][];
    };
    RequestEmailChangeDto: {
      /**
       * @description the new address
       * @example lea@agence.ch
       */
      email: string;
      /** @description the current password */
      password: string;
    };
    RevokeDiplomaDto: {
      /** @description why (kept with the diploma; never shown on the public page) */
      reason: string;
    };
    RoomDto: {
      address: string;
      /** Format: date-time */
      archivedAt: string | null;
      capacity: number | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      name: string;
      notes: string;
      /** Format: date-time */
      updatedAt: string;
    };
    RoomPageDto: {
      items: components['schemas']['RoomDto'][];
      page: number;
      size: number;
      total: number;
    };
    /** @enum {string} */
    RoomSort: 'name' | '-name' | 'capacity' | '-capacity' | 'createdAt' | '-createdAt';
    RosterStudentDto: {
      /** @description one per part of the session */
      marks: components['schemas']['AttendanceMarkDto'][];
      student: components['schemas']['PersonRefDto'];
    };
    RuleResultDto: {
      /** @enum {string} */
      kind:
        | 'overall_average'
        | 'group_average'
        | 'module_minimum'
        | 'max_below_pass'
        | 'attendance'
        | 'project_grade'
        | 'modules_passed';
      /** @description null: pending (still to come) */
      met: boolean | null;
      reason: components['schemas']['ReasonDto'];
      /**
       * Format: uuid
       * @description null for the implicit rule `modules_passed` (compensation)
       */
      ruleId: string | null;
    };
    SaveSynthesisDto: {
      /** @description HTML from the editor; sanitised on input (allow-list) */
      bodyHtml: string;
      /**
       * @description true hands it in; then it is read-only
       * @default false
       */
      submit: boolean;
    };
    ScheduleDefenceDto: {
      /**
       * Format: date-time
       * @example 2027-06-16T09:45:00+02:00
       */
      endsAt: string;
      /** @description instructors on the jury; the tutor always sits on it and need not be listed */
      juryIds: string[];
      /**
       * @description the partner’s mentor is invited to the jury
       * @default false
       */
      mentorAttends: boolean;
      /** @description video-conference link */
      onlineUrl?: string | null;
      /** Format: uuid */
      roomId?: string | null;
      /**
       * Format: date-time
       * @example 2027-06-16T09:00:00+02:00
       */
      startsAt: string;
    };
    SeriesChangedDto: {
      items: components['schemas']['SessionDto'][];
      /** Format: uuid */
      seriesId: string;
    };
    SeriesCreatedDto: {
      items: components['schemas']['SessionDto'][];
      /** Format: uuid */
      seriesId: string;
    };
    /**
     * @description `following`: this session and the later ones of its series; `all`: the whole series. Cancelled sessions are left as they are.
     * @enum {string}
     */
    SeriesScope: 'following' | 'all';
    SessionConflictDto: {
      /**
       * @description what is double-booked
       * @enum {string}
       */
      clash: 'room' | 'cohort' | 'instructor' | 'speaker' | 'slot';
      /** @description series only: the refused slot */
      occurrence?: components['schemas']['OccurrenceDto'];
      /** @description the room, cohort, instructor or speaker; for `slot`, the day whose slot overlaps */
      resource: components['schemas']['RefDto'];
      session: components['schemas']['ConflictingSessionDto'];
    };
    SessionConflictProblemDto: {
      /** @enum {string} */
      code: 'session.conflict' | 'session.series_conflict';
      conflicts: components['schemas']['SessionConflictDto'][];
      detail: string;
      /** @description series only: how many dates were asked for */
      occurrences?: number;
      /** @example 409 */
      status: number;
      title: string;
      type: string;
    };
    SessionDto: {
      cancellationReason: string | null;
      /** Format: date-time */
      cancelledAt: string | null;
      /** @description whether the caller may edit it and its invitations */
      canManage: boolean;
      cohort: components['schemas']['RefDto'];
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      instructors: components['schemas']['PersonRefDto'][];
      /** @enum {string} */
      kind: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence' | 'break';
      materials: components['schemas']['MaterialLinkDto'][];
      module: components['schemas']['SessionModuleDto'] | null;
      onlineUrl: string | null;
      /** @description a slot: the day it lies within; null for a course day */
      parent: components['schemas']['SessionParentDto'] | null;
      programme: components['schemas']['SessionProgrammeDto'];
      /** @description where it happens: a slot's own room, or its day's */
      room: components['schemas']['SessionRoomDto'] | null;
      /** @description a slot in its day's room (it names none of its own) */
      roomFromDay: boolean;
      /** @description iCalendar SEQUENCE; send it back as expectedSequence */
      sequence: number;
      /** Format: uuid */
      seriesId: string | null;
      /** @description a day's agenda: its slots, in time order */
      slots: components['schemas']['SessionSlotDto'][];
      speakers: components['schemas']['SessionSpeakerDto'][];
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'scheduled' | 'cancelled';
      /**
       * @description the programme's zone, to show times in
       * @example Europe/Zurich
       */
      timeZone: string;
      title: string;
      /** Format: date-time */
      updatedAt: string;
    };
    SessionListDto: {
      /** Format: date-time */
      from: string;
      items: components['schemas']['SessionDto'][];
      /** Format: date-time */
      to: string;
    };
    SessionModuleDto: {
      code: string;
      /** Format: uuid */
      id: string;
      title: string;
    };
    SessionParentDto: {
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      startsAt: string;
      title: string;
    };
    SessionProgrammeDto: {
      code: string;
      /** Format: uuid */
      id: string;
      /** @example Europe/Zurich */
      timeZone: string;
      title: string;
    };
    SessionRoomDto: {
      address: string;
      capacity: number | null;
      /** Format: uuid */
      id: string;
      name: string;
    };
    SessionSlotDto: {
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence' | 'break';
      /** @description its own room; null: the day's */
      roomName: string | null;
      /** @description confirmed or held speakers */
      speakers: string[];
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'scheduled' | 'cancelled';
      title: string;
    };
    SessionSpeakerDto: {
      /** @description detail only */
      abstract?: string;
      /** @description detail only */
      bio?: string;
      fullName: string;
      /** Format: uuid */
      invitationId: string;
      jobTitle: string | null;
      organisation: string | null;
      photoUrl?: string | null;
      /** Format: uuid */
      speakerId: string;
      /**
       * @description students only see confirmed and held
       * @enum {string}
       */
      status: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled';
      talkTitle: string;
      websiteUrl?: string | null;
    };
    SessionSynthesesDto: {
      /** @description active students of the cohort who have not handed one in */
      missing: components['schemas']['PersonRefDto'][];
      /** @description handed in, by student name */
      submitted: components['schemas']['SynthesisDto'][];
    };
    SessionSynthesisGradesDto: {
      assessment: components['schemas']['AssessmentDto'] | null;
      /** @description first attempts */
      cells: components['schemas']['GradeCellDto'][];
      programme: components['schemas']['GradeScaleDto'];
    };
    SetCohortInstructorsDto: {
      /** @description the full list; replaces the current one */
      instructorIds: string[];
    };
    SetGradeDto: {
      /**
       * @description 2: the resit
       * @default 1
       * @enum {number}
       */
      attempt: 1 | 2;
      /** @description left out: the comment stays; null or empty: cleared */
      comment?: string | null;
      /** @description the version the change is based on; null: there is no grade yet */
      expectedVersion: number | null;
      /** @description why, for the audit log */
      reason?: string;
      /**
       * @description on the programme’s scale and step
       * @example 4.5
       */
      score: number;
    };
    SetHonoursDto: {
      /** @description empty: the programme gives no honours */
      levels: components['schemas']['HonoursLevelDto'][];
    };
    SetMilestoneTemplateDto: {
      items: components['schemas']['MilestoneTemplateItemDto'][];
    };
    SetPasswordDto: {
      password: string;
      token: string;
    };
    SetProjectGradeDto: {
      comment?: string | null;
      /**
       * @description on the programme’s scale (CH_6: 1–6 by halves; FR_20: 0–20)
       * @example 5.5
       */
      grade: number;
    };
    SetTeamDto: {
      /** @description the whole team; students enrolled in the cohort */
      studentIds: string[];
    };
    SignAttendanceDto: {
      /** @enum {string} */
      method: 'drawn' | 'confirmed';
      /** @enum {number} */
      part: 0 | 1 | 2;
      /** Format: uuid */
      sessionId: string;
      /** @description drawn: the signature as a PNG data URL */
      signature?: string;
      /** @description the code of the QR shown in the room (in-room sessions) */
      token?: string;
    };
    SignInDto: {
      /** @example admin@clique.test */
      email: string;
      password: string;
    };
    SignJuryDto: {
      /**
       * Format: uuid
       * @description an internal president: a member’s account
       */
      presidentId?: string | null;
      /** @description the president’s name as it appears on the minutes */
      presidentName: string;
      /** @description the president’s drawn signature as a PNG data URL */
      signature: string;
    };
    SpeakerAnswerDto: {
      /** @enum {string} */
      answer: 'confirm' | 'decline';
      /** @description e.g. why not, or a wish */
      note?: string | null;
    };
    SpeakerDetailDto: {
      /** Format: date-time */
      archivedAt: string | null;
      bio: string;
      /** @description whether the caller may change, archive or delete the speaker (admins; instructors while every cohort the speaker is invited to is one they teach) */
      canEdit: boolean;
      /** Format: date-time */
      createdAt: string;
      email: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      /** @description empty unless `privateShown` */
      internalNotes: string;
      jobTitle: string | null;
      /** @description partner name or free text */
      organisation: string | null;
      partner: components['schemas']['OrganisationRefDto'] | null;
      /** @description null unless `privateShown` */
      phone: string | null;
      photoUrl: string | null;
      /**
       * @description the language of their mails
       * @enum {string|null}
       */
      preferredLanguage: 'fr' | 'en' | null;
      /** @description whether phone and internal notes are shown to the caller (admins; instructors who may edit the speaker or plan a cohort they are invited to) */
      privateShown: boolean;
      /** @description talks confirmed or held */
      talkCount: number;
      /** @description the invitations to sessions the caller plans, latest first */
      talks: components['schemas']['TalkDto'][];
      topics: string[];
      /** Format: date-time */
      updatedAt: string;
      websiteUrl: string | null;
    };
    SpeakerDto: {
      /** Format: date-time */
      archivedAt: string | null;
      bio: string;
      /** @description whether the caller may change, archive or delete the speaker (admins; instructors while every cohort the speaker is invited to is one they teach) */
      canEdit: boolean;
      /** Format: date-time */
      createdAt: string;
      email: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      /** @description empty unless `privateShown` */
      internalNotes: string;
      jobTitle: string | null;
      /** @description partner name or free text */
      organisation: string | null;
      partner: components['schemas']['OrganisationRefDto'] | null;
      /** @description null unless `privateShown` */
      phone: string | null;
      photoUrl: string | null;
      /**
       * @description the language of their mails
       * @enum {string|null}
       */
      preferredLanguage: 'fr' | 'en' | null;
      /** @description whether phone and internal notes are shown to the caller (admins; instructors who may edit the speaker or plan a cohort they are invited to) */
      privateShown: boolean;
      /** @description talks confirmed or held */
      talkCount: number;
      topics: string[];
      /** Format: date-time */
      updatedAt: string;
      websiteUrl: string | null;
    };
    SpeakerDuplicateProblemDto: {
      /** @enum {string} */
      code: 'speaker.possible_duplicate' | 'speaker.email_taken';
      detail: string;
      /** @description the speakers with that e-mail (email_taken) or that name, accents and case ignored (possible_duplicate); empty when a concurrent creation won the race */
      existing: components['schemas']['SpeakerMatchDto'][];
      /** @example 409 */
      status: number;
      title: string;
      type: string;
    };
    SpeakerInvitationViewDto: {
      abstract: string;
      /** @description the invitation awaits an answer and the link has not been used */
      canAnswer: boolean;
      /**
       * Format: date-time
       * @description until when the link works: at least until the talk is over
       */
      expiresAt: string;
      invitedBy: string | null;
      messageToSpeaker: string;
      practical: components['schemas']['PracticalInfoDto'];
      /** Format: date-time */
      respondedAt: string | null;
      session: components['schemas']['SpeakerViewSessionDto'];
      speaker: components['schemas']['SpeakerViewProfileDto'];
      speakerNote: string | null;
      /** @enum {string} */
      status: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled';
      talkTitle: string;
      /**
       * Format: date-time
       * @description answered then
       */
      usedAt: string | null;
    };
    SpeakerMatchDto: {
      /** @description left out of the directory, but still the same person */
      archived: boolean;
      email: string | null;
      fullName: string;
      /** Format: uuid */
      id: string;
      /** @description partner name or free text */
      organisation: string | null;
    };
    SpeakerPageDto: {
      items: components['schemas']['SpeakerDto'][];
      page: number;
      size: number;
      total: number;
    };
    SpeakerProfileDto: {
      /** @description career path, plain text */
      bio?: string;
      /** @example Avocat, Sion */
      jobTitle?: string | null;
      websiteUrl?: string | null;
    };
    /** @enum {string} */
    SpeakerSort: 'fullName' | '-fullName' | 'createdAt' | '-createdAt' | 'talkCount' | '-talkCount';
    SpeakerViewProfileDto: {
      bio: string;
      fullName: string;
      jobTitle: string | null;
      organisation: string | null;
      websiteUrl: string | null;
    };
    SpeakerViewSessionDto: {
      /** @description why the session was cancelled */
      cancellationReason: string | null;
      cancelled: boolean;
      cohortName: string;
      /** Format: date-time */
      endsAt: string;
      /** @enum {string} */
      kind: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence' | 'break';
      moduleTitle: string | null;
      onlineUrl: string | null;
      programmeTitle: string;
      roomAddress: string | null;
      roomName: string | null;
      /** Format: date-time */
      startsAt: string;
      timeZone: string;
      title: string;
    };
    StudentAttendanceDto: {
      /** Format: uuid */
      cohortId: string;
      /** @description excused counts as absent (the programme’s attendance rule) */
      excusedCountAsAbsent: boolean;
      /** @description held, taken parts, newest first */
      lines: components['schemas']['StudentAttendanceLineDto'][];
      /** @description the rule’s minimum, in % */
      minimumPercent: number | null;
      modules: components['schemas']['ModuleAttendanceDto'][];
      overall: components['schemas']['AttendanceRateDto'];
      student: components['schemas']['PersonRefDto'];
      timeZone: string;
    };
    StudentAttendanceLineDto: {
      /** Format: date-time */
      endsAt: string;
      excuseReason: string | null;
      moduleTitle: string | null;
      /** @enum {number} */
      part: 0 | 1 | 2;
      /** Format: uuid */
      sessionId: string;
      /** Format: date-time */
      signedAt: string | null;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'present' | 'late' | 'excused' | 'absent';
      title: string;
    };
    StudentGradeDto: {
      /** Format: uuid */
      assessmentId: string;
      coefficient: number;
      comment: string | null;
      counts: boolean;
      /** Format: date */
      dueOn: string | null;
      firstScore: number | null;
      kind: components['schemas']['AssessmentKind'];
      /** Format: uuid */
      moduleId: string;
      moduleTitle: string;
      /** Format: date-time */
      releasedAt: string | null;
      resitScore: number | null;
      /** @description the score that counts (resit policy, or the project’s grade) */
      score: number;
      title: string;
    };
    StudentGradesDto: {
      displayName: string;
      /** @description staff: every grade; the student: released assessments only */
      items: components['schemas']['StudentGradeDto'][];
      programme: components['schemas']['GradeScaleDto'];
      /** Format: uuid */
      studentId: string;
    };
    StudentHomeDto: {
      /** @description signing open now, not signed */
      attendanceToSign: components['schemas']['HomeAttendanceDto'][];
      /** @description null: not enrolled */
      cohort: components['schemas']['HomeCohortRefDto'] | null;
      /** @description the last 14 days, newest first */
      feedback: components['schemas']['HomeFeedbackDto'][];
      /** @description released in the last 14 days */
      gradesReleased: components['schemas']['HomeGradeReleasedDto'][];
      /** @description not handed in, soonest due first */
      milestones: components['schemas']['HomeMilestoneDto'][];
      project: components['schemas']['HomeProjectDto'] | null;
      /** @description this week and next, the next first */
      sessions: components['schemas']['HomeSessionDto'][];
      /** @description held talks without a synthesis */
      synthesesToWrite: components['schemas']['HomeSynthesisTodoDto'][];
    };
    StudentProgressDetailsDto: {
      cohort: components['schemas']['ProgressCohortDto'];
      /** @description released ones only for the student */
      grades: components['schemas']['ProgressGradeDto'][];
      groups: components['schemas']['ProgressGroupDto'][];
      modules: components['schemas']['ProgressModuleDto'][];
      periods: components['schemas']['ProgressPeriodDto'][];
      programme: components['schemas']['ProgressProgrammeDto'];
      rules: components['schemas']['ProgressRuleDto'][];
      student: components['schemas']['StudentProgressDto'];
    };
    StudentProgressDto: {
      /** @description percent, one decimal */
      attendanceRate: number | null;
      displayName: string;
      groups: components['schemas']['AverageResultDto'][];
      modules: components['schemas']['ModuleResultDto'][];
      /** @enum {string} */
      outcome: 'met' | 'not_met' | 'pending';
      overallAverage: number | null;
      overallComplete: boolean;
      periods: components['schemas']['AverageResultDto'][];
      projectGrade: number | null;
      rules: components['schemas']['RuleResultDto'][];
      /** Format: uuid */
      studentId: string;
    };
    SynthesisDto: {
      /** @description sanitised HTML, safe to render */
      bodyHtml: string;
      /** Format: date-time */
      createdAt: string;
      feedback: string | null;
      /** Format: date-time */
      feedbackAt: string | null;
      feedbackBy: components['schemas']['PersonRefDto'] | null;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      sessionId: string;
      student: components['schemas']['PersonRefDto'];
      /** Format: date-time */
      submittedAt: string | null;
      /** Format: date-time */
      updatedAt: string;
      wordCount: number;
    };
    SynthesisFeedbackDto: {
      /** @description required; null (or empty) clears it */
      feedback: string | null;
    };
    TakeAttendanceDto: {
      /** @description one per student to set */
      entries: components['schemas']['AttendanceEntryDto'][];
      /**
       * @description 0: whole session; 1 morning, 2 afternoon
       * @enum {number}
       */
      part: 0 | 1 | 2;
    };
    TalkDto: {
      cohortName: string;
      /** Format: date-time */
      endsAt: string;
      /** Format: uuid */
      invitationId: string;
      programmeCode: string;
      sessionCancelled: boolean;
      /** Format: uuid */
      sessionId: string;
      sessionTitle: string;
      /** Format: date-time */
      startsAt: string;
      /** @enum {string} */
      status: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled';
      talkTitle: string;
      /**
       * @description the programme’s zone: the talk’s times are meant in it
       * @example Europe/Zurich
       */
      timeZone: string;
    };
    TransitionDto: {
      /** @description kept on the timeline */
      note?: string | null;
      /**
       * @description invited: send (issues the link); confirmed/declined: record the answer on the speaker’s behalf; held: after the session began; cancelled
       * @enum {string}
       */
      to: 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled';
    };
    UnreadCountDto: {
      unread: number;
    };
    UpdateAssessmentDto: {
      coefficient?: number;
      counts?: boolean;
      /** Format: date */
      dueOn?: string | null;
      fromProjectGrades?: boolean;
      kind?: components['schemas']['AssessmentKind'];
      /** Format: uuid */
      moduleId?: string;
      /** Format: uuid */
      sessionId?: string | null;
      title?: string;
    };
    UpdateCohortDto: {
      /** Format: date */
      endsOn?: string;
      name?: string;
      /** Format: date */
      startsOn?: string;
      /** @enum {string} */
      status?: 'planned' | 'running' | 'closed';
    };
    UpdateCourseModuleDto: {
      /**
       * @description unique in the programme whatever its case
       * @example I
       */
      code?: string;
      /**
       * @description weight in the final average; > 0
       * @default 1
       */
      coefficient: number;
      /** @default  */
      description: string;
      /** @default 0 */
      ects: number;
      /**
       * Format: uuid
       * @description a rule group of the programme
       */
      groupId?: string | null;
      /**
       * @description a course unit (default), the project or the work period
       * @enum {string}
       */
      kind?: 'course' | 'project' | 'work_period';
      /** @default [] */
      learningOutcomes: string[];
      /**
       * Format: uuid
       * @description a period of the programme
       */
      periodId?: string | null;
      /** @example Culture et stratégie des médias sociaux */
      title?: string;
    };
    UpdateEnrolmentDto: {
      /**
       * Format: uuid
       * @description null: no work-study employer
       */
      employerId?: string | null;
    };
    UpdateMeDto: {
      displayName?: string;
      /** @enum {string} */
      preferredLanguage?: 'fr' | 'en';
    };
    UpdateMilestoneDto: {
      /** @description YYYY-MM-DD (due at 23:59:59 that day in the programme’s time zone) or an ISO date-time with offset. Only before the work starts (proposed, sent back, approved); later, grant an extension */
      dueAt?: string;
      expectations?: string;
      title?: string;
    };
    UpdateModuleGroupDto: {
      /**
       * @description unique in the programme whatever its case
       * @example UE5
       */
      code?: string;
      /** @example Projet + stage */
      title?: string;
    };
    UpdateNotificationPreferencesDto: {
      /** @description the kinds to change; the others keep their choice */
      items: components['schemas']['NotificationPreferenceDto'][];
    };
    UpdatePartnerContactDto: {
      email?: string | null;
      /** @example Claire Dufour */
      name?: string;
      /** @example +41 21 000 00 00 */
      phone?: string | null;
      /** @example Responsable communication */
      role?: string | null;
    };
    UpdatePartnerDto: {
      address?: string | null;
      name?: string;
      sector?: string | null;
      website?: string | null;
    };
    UpdatePeriodDto: {
      /** @description compensation between the modules of the period; null: the programme’s setting */
      compensation?: boolean | null;
      /** @example Semestre 1 */
      title?: string;
    };
    UpdateProgrammeDto: {
      /**
       * @description default coefficient
       * @enum {string}
       */
      averageWeighting?: 'ects' | 'coefficient';
      /**
       * @description unique whatever its case; letters, digits, - and _
       * @example MCMS
       */
      code?: string;
      /** @description default false; a weak module may be compensated by the others (a period may say otherwise) */
      compensation?: boolean;
      /** @default  */
      description: string;
      /** @default 0 */
      ectsTotal: number;
      /**
       * @description the overall average is rounded to this step; null: kept to the hundredth
       * @enum {number|null}
       */
      finalRounding?: 0.01 | 0.05 | 0.1 | 0.25 | 0.5 | 1 | null;
      /**
       * @description smallest difference between two grades: CH_6 0.5 (default) or 0.25, FR_20 0.01
       * @enum {number}
       */
      gradeStep?: 0.5 | 0.25 | 0.01;
      /** @enum {string} */
      gradingScale?: 'CH_6' | 'FR_20';
      /** @description default false; a module passed is kept when the year is repeated */
      keepPassedModules?: boolean;
      /** @description default 100 */
      projectWeightJury?: number;
      /** @description default 0 */
      projectWeightMentor?: number;
      /** @description % of the tutor's grade in the project grade (the three sum to 100) */
      projectWeightTutor?: number;
      /**
       * @description default best
       * @enum {string}
       */
      resitPolicy?: 'best' | 'latest';
      /** @description default 0; signing closes this many minutes after a session (or half-day) ends */
      signingClosesAfterMinutes?: number;
      /** @description default 15; signing opens this many minutes before a session (or half-day) starts */
      signingOpensBeforeMinutes?: number;
      /**
       * @description IANA time zone of a place (Area/Location), or UTC
       * @default Europe/Zurich
       * @example America/Montreal
       */
      timeZone: string;
      /** @example Spécialiste en management de communautés et médias sociaux */
      title?: string;
    };
    UpdateProjectDto: {
      brief?: string;
      /** Format: uuid */
      mentorContactId?: string | null;
      newMentor?: components['schemas']['ProposedMentorDto'];
      /** Format: uuid */
      partnerId?: string;
      title?: string;
      /**
       * Format: uuid
       * @description staff only
       */
      tutorId?: string | null;
    };
    UpdateRoomDto: {
      address?: string;
      /** @description an archived room takes no new booking */
      archived?: boolean;
      capacity?: number | null;
      name?: string;
      notes?: string;
    };
    UpdateSeriesDto: {
      /** @example 17:00 */
      endTime?: string;
      /** @description the full list; replaces each one’s */
      instructorIds?: string[];
      /** @description why it changed: told with the notices */
      reason?: string;
      /**
       * Format: uuid
       * @description null: none
       */
      roomId?: string | null;
      /** @description `following`: this session and the later ones of its series; `all`: the whole series. Cancelled sessions are left as they are. */
      scope: components['schemas']['SeriesScope'];
      /**
       * @description new start, wall-clock time in the programme's zone; each keeps its date
       * @example 09:00
       */
      startTime?: string;
      title?: string;
    };
    UpdateSessionDto: {
      description?: string;
      /** Format: date-time */
      endsAt?: string;
      /** @description the sequence the client last saw: a stale edit is refused (409 session.stale) */
      expectedSequence?: number;
      /** @description the full list; replaces the current one */
      instructorIds?: string[];
      /** @enum {string} */
      kind?: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence' | 'break';
      /** @description the full list */
      materials?: components['schemas']['MaterialLinkDto'][];
      /** Format: uuid */
      moduleId?: string | null;
      onlineUrl?: string | null;
      /**
       * @description why it changed: told to the cohort with the notice of a move or change
       * @example Salle indisponible
       */
      reason?: string;
      /** Format: uuid */
      roomId?: string | null;
      /** Format: date-time */
      startsAt?: string;
      title?: string;
    };
    UpdateSpeakerDto: {
      /** @description an archived speaker is left out of the directory */
      archived?: boolean;
      /** @description career path, plain text */
      bio?: string;
      email?: string | null;
      /** @example Sébastien Fanti */
      fullName?: string;
      /** @description for planners only */
      internalNotes?: string;
      /** @example Avocat, Sion */
      jobTitle?: string | null;
      /**
       * Format: uuid
       * @description a partner
       */
      organisationId?: string | null;
      /** @description free text, if no partner */
      organisationName?: string | null;
      phone?: string | null;
      /** @description photo address (upload: later) */
      photoUrl?: string | null;
      /**
       * @description the language of their mails; null: the programme’s default (French)
       * @enum {string|null}
       */
      preferredLanguage?: 'fr' | 'en' | null;
      /**
       * @example [
       *       "droit",
       *       "e-réputation"
       *     ]
       */
      topics?: string[];
      websiteUrl?: string | null;
    };
    UpdateUserDto: {
      active?: boolean;
      displayName?: string;
      /** @enum {string} */
      preferredLanguage?: 'fr' | 'en';
      /** @enum {string} */
      role?: 'admin' | 'instructor' | 'student';
    };
    UpdateVeillePostDto: {
      commentary?: string;
      public?: boolean;
      quote?: string | null;
      title?: string;
      topicIds?: string[];
    };
    UpdateVeilleSettingsDto: {
      /** @description the weekly digest by mail */
      digestEnabled?: boolean;
      minCommentaryChars?: number;
      /** @description publishes the public page, Atom and RSS feeds */
      publicFeed?: boolean;
    };
    UpdateVeilleTeamDto: {
      description?: string;
      members?: components['schemas']['VeilleTeamMemberInputDto'][];
      name?: string;
    };
    UpdateVeilleTopicDto: {
      archived?: boolean;
      name?: string;
      position?: number;
    };
    UserPageDto: {
      items: components['schemas']['UserSummaryDto'][];
      page: number;
      size: number;
      total: number;
    };
    /** @enum {string} */
    UserSort:
      | 'displayName'
      | '-displayName'
      | 'email'
      | '-email'
      | 'role'
      | '-role'
      | 'createdAt'
      | '-createdAt';
    UserSummaryDto: {
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      displayName: string;
      email: string;
      /** @description false until the user has set a password */
      hasPassword: boolean;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      preferredLanguage: 'fr' | 'en';
      /** @enum {string} */
      role: 'admin' | 'instructor' | 'student';
    };
    VeilleBookmarkSetDto: {
      /** @description true keeps it in my "to read" list, false removes it */
      on: boolean;
      /** @description true marks it read, false unread */
      read?: boolean;
    };
    VeilleCohortDto: {
      cohort: components['schemas']['VeilleRefDto'];
      me: components['schemas']['VeilleMeDto'];
      settings: components['schemas']['VeilleSettingsDto'];
      /** @description active students, for filters and teams */
      students: components['schemas']['VeillePersonDto'][];
      teams: components['schemas']['VeilleTeamSummaryDto'][];
      /** @description by position */
      topics: components['schemas']['VeilleTopicDto'][];
    };
    VeilleCohortRefDto: {
      /** Format: uuid */
      id: string;
      name: string;
      programmeName: string;
    };
    VeilleCommentDto: {
      author: components['schemas']['VeillePersonDto'];
      /** @description empty once deleted */
      body: string;
      canDelete: boolean;
      /** Format: date-time */
      createdAt: string;
      deleted: boolean;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      parentId: string | null;
      /** Format: uuid */
      postId: string;
    };
    VeilleHideDto: {
      hidden: boolean;
      /** @description required to hide; the author sees it */
      reason?: string;
    };
    VeilleLivePreviewDto: {
      /**
       * Format: uuid
       * @description already posted here
       */
      existingPostId: string | null;
      preview: components['schemas']['VeillePreviewDto'];
      /** @description the URL as it will be stored (tracking parameters removed) */
      url: string;
    };
    VeilleMeDto: {
      canManage: boolean;
      canPost: boolean;
      /** Format: uuid */
      teamId: string | null;
    };
    VeilleParticipationDto: {
      /** Format: date */
      from: string;
      students: components['schemas']['VeilleParticipationRowDto'][];
      /** Format: date */
      to: string;
    };
    VeilleParticipationRowDto: {
      comments: number;
      /** Format: date-time */
      lastActivityAt: string | null;
      posts: number;
      reactions: number;
      student: components['schemas']['VeillePersonDto'];
      topics: string[];
      topicsCovered: number;
    };
    VeillePersonDto: {
      displayName: string;
      /** Format: uuid */
      id: string;
    };
    VeillePinDto: {
      pinned: boolean;
    };
    VeillePostDetailDto: {
      author: components['schemas']['VeillePersonDto'];
      /** @description in my "to read" list */
      bookmarked: boolean;
      canEdit: boolean;
      canModerate: boolean;
      /** Format: uuid */
      cohortId: string;
      commentary: string;
      commentCount: number;
      /** @description oldest first; replies after their parent */
      comments: components['schemas']['VeilleCommentDto'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      hiddenAt: string | null;
      /** @description seen by the author and managers */
      hiddenReason: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'link' | 'question';
      /** Format: date-time */
      pinnedAt: string | null;
      preview: components['schemas']['VeillePreviewDto'];
      public: boolean;
      quote: string | null;
      reactions: components['schemas']['VeilleReactionCountDto'][];
      /** Format: date-time */
      readAt: string | null;
      team: components['schemas']['VeilleRefDto'] | null;
      /** @description the post's title, else the page's */
      title: string;
      topics: components['schemas']['VeilleRefDto'][];
      /** Format: date-time */
      updatedAt: string;
      url: string | null;
    };
    VeillePostDto: {
      author: components['schemas']['VeillePersonDto'];
      /** @description in my "to read" list */
      bookmarked: boolean;
      canEdit: boolean;
      canModerate: boolean;
      /** Format: uuid */
      cohortId: string;
      commentary: string;
      commentCount: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      hiddenAt: string | null;
      /** @description seen by the author and managers */
      hiddenReason: string | null;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'link' | 'question';
      /** Format: date-time */
      pinnedAt: string | null;
      preview: components['schemas']['VeillePreviewDto'];
      public: boolean;
      quote: string | null;
      reactions: components['schemas']['VeilleReactionCountDto'][];
      /** Format: date-time */
      readAt: string | null;
      team: components['schemas']['VeilleRefDto'] | null;
      /** @description the post's title, else the page's */
      title: string;
      topics: components['schemas']['VeilleRefDto'][];
      /** Format: date-time */
      updatedAt: string;
      url: string | null;
    };
    VeillePostPageDto: {
      items: components['schemas']['VeillePostDto'][];
      page: number;
      size: number;
      total: number;
    };
    VeillePreviewDto: {
      description: string | null;
      /** @description why it failed (veille.preview_*) */
      error: string | null;
      /** @description same-origin URL of the stored image */
      imagePath: string | null;
      siteName: string | null;
      /** @enum {string} */
      status: 'none' | 'pending' | 'ok' | 'failed';
      title: string | null;
    };
    VeilleProfileDto: {
      /** @description shown when publicName is null */
      defaultName: string;
      publicName: string | null;
    };
    VeilleProfileInputDto: {
      /** @description null: the default */
      publicName: string | null;
    };
    VeillePublicationDto: {
      publicFeed: boolean;
    };
    VeillePublicFeedDto: {
      atomUrl: string;
      description: string;
      items: components['schemas']['VeillePublicPostDto'][];
      /** @enum {string} */
      kind: 'cohort' | 'team';
      rssUrl: string;
      title: string;
    };
    VeillePublicPostDto: {
      authorName: string;
      commentary: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      preview: components['schemas']['VeillePublicPreviewDto'];
      quote: string | null;
      title: string;
      topics: string[];
      url: string;
    };
    VeillePublicPreviewDto: {
      description: string | null;
      imageUrl: string | null;
      siteName: string | null;
      title: string | null;
    };
    VeilleReactionCountDto: {
      count: number;
      /** @enum {string} */
      kind: 'useful' | 'insightful' | 'debatable';
      /** @description the viewer reacted so */
      mine: boolean;
    };
    VeilleReactionDto: {
      /** @enum {string} */
      kind: 'useful' | 'insightful' | 'debatable';
      /** @description true adds my reaction, false takes it back */
      on: boolean;
    };
    VeilleRefDto: {
      /** Format: uuid */
      id: string;
      name: string;
    };
    VeilleSettingsDto: {
      digestEnabled: boolean;
      minCommentaryChars: number;
      publicFeed: boolean;
      publicKey: string | null;
    };
    VeilleTeamDto: {
      canEdit: boolean;
      canPublish: boolean;
      /** Format: uuid */
      cohortId: string;
      cohortName: string;
      commentCount: number;
      /** Format: date-time */
      createdAt: string;
      description: string;
      /** Format: uuid */
      id: string;
      members: components['schemas']['VeilleTeamMemberDto'][];
      name: string;
      postCount: number;
      publicFeed: boolean;
      publicKey: string | null;
    };
    VeilleTeamMemberDto: {
      specialty: components['schemas']['VeilleRefDto'] | null;
      student: components['schemas']['VeillePersonDto'];
    };
    VeilleTeamMemberInputDto: {
      /** Format: uuid */
      specialtyTopicId?: string | null;
      /** Format: uuid */
      studentId: string;
    };
    VeilleTeamSummaryDto: {
      /** Format: uuid */
      id: string;
      memberCount: number;
      name: string;
      publicFeed: boolean;
      publicKey: string | null;
    };
    VeilleTopicDto: {
      archived: boolean;
      /** Format: uuid */
      id: string;
      name: string;
      position: number;
      postCount: number;
    };
    VeilleUrlDto: {
      /** @example https://www.example.org/article?utm_source=x */
      url: string;
    };
    VerificationDto: {
      /** Format: date */
      awardedOn: string | null;
      /** @description only if the holder shows it */
      finalGrade: string | null;
      holderName: string | null;
      /** @description only if the holder shows it */
      honours: string | null;
      institution: string | null;
      number: string | null;
      programmeTitle: string | null;
      /**
       * Format: date-time
       * @description revoked only
       */
      revokedAt: string | null;
      status: components['schemas']['VerifyStatus'];
    };
    /** @enum {string} */
    VerifyStatus: 'valid' | 'revoked' | 'unknown';
    WithdrawEnrolmentDto: {
      /** @example Reprise d’un emploi à plein temps */
      reason: string;
      /**
       * Format: date-time
       * @description default: now
       */
      withdrawnAt?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  WellKnownController_did: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a DID document with every issuer key as a JsonWebKey */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  WellKnownController_jwks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the issuer public keys (OKP/Ed25519, EdDSA) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MailboxController_list: {
    parameters: {
      query?: {
        /** @description a template's kind, e.g. account.set-password */
        kind?: string;
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['MailSort'];
        status?: components['schemas']['MailStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailPageDto'];
        };
      };
    };
  };
  MailboxController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailDetailDto'];
        };
      };
    };
  };
  MailboxController_resend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailDetailDto'];
        };
      };
    };
  };
  MailboxController_templates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailTemplateDto'][];
        };
      };
    };
  };
  MailboxController_preview: {
    parameters: {
      query: {
        lang: components['schemas']['MailLang'];
      };
      header?: never;
      path: {
        kind: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailContentDto'];
        };
      };
    };
  };
  AssessmentsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'];
        };
      };
    };
  };
  AssessmentsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AssessmentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAssessmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'];
        };
      };
    };
  };
  GradesController_set: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetGradeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GradeCellDto'];
        };
      };
    };
  };
  GradesController_clear: {
    parameters: {
      query: {
        attempt?: 1 | 2;
        /** @description the version being cleared */
        expectedVersion: number;
        /** @description why, for the audit log */
        reason?: string;
      };
      header?: never;
      path: {
        id: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AssessmentsController_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'];
        };
      };
    };
  };
  AssessmentsController_unrelease: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'];
        };
      };
    };
  };
  AttendanceController_sign: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignAttendanceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceMarkDto'];
        };
      };
      /** @description `attendance.token_invalid` */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `attendance.already_signed`, `attendance.window_closed` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AccountMailController_confirmEmailChange: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmEmailChangeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConfirmedEmailDto'];
        };
      };
    };
  };
  AccountMailController_forgotPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ForgotPasswordDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ForgotPasswordAcceptedDto'];
        };
      };
    };
  };
  AuthController_setPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetPasswordDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  AuthController_describePasswordToken: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordTokenInfoDto'];
        };
      };
    };
  };
  AuthController_signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
    };
  };
  AuthController_signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CalendarsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description my subscriptions that still work */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedDto'][];
        };
      };
    };
  };
  CalendarsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCalendarFeedDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedDto'];
        };
      };
    };
  };
  CalendarsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description revoked: its URL answers 404 from now on */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CalendarsController_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/calendar */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CohortsController_list: {
    parameters: {
      query?: {
        page?: number;
        programmeId?: string;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['CohortSort'];
        status?: 'planned' | 'running' | 'closed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortPageDto'];
        };
      };
    };
  };
  CohortsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCohortDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortDto'];
        };
      };
    };
  };
  AssessmentsController_list: {
    parameters: {
      query?: {
        kind?: components['schemas']['AssessmentKind'];
        moduleId?: string;
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        /** @description the assessments of this talk */
        sessionId?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['AssessmentSort'];
      };
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentPageDto'];
        };
      };
    };
  };
  AssessmentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAssessmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssessmentDto'];
        };
      };
    };
  };
  DiplomasController_cohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortDiplomasDto'];
        };
      };
    };
  };
  DiplomasController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['IssueDiplomaDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssuedDiplomaDto'];
        };
      };
      /** @description `diploma.not_awarded`, `diploma.jury_unsigned`, `enrolment.not_active` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DiplomasController_issueAll: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IssueAllResultDto'];
        };
      };
    };
  };
  GradesController_gradebook: {
    parameters: {
      query?: {
        /** @description only this module’s assessments */
        moduleId?: string;
      };
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GradebookDto'];
        };
      };
    };
  };
  GradesController_exportCsv: {
    parameters: {
      query?: {
        /** @description csv: `,`, UTF-8, decimal point; excel: `;`, BOM, decimal comma in French */
        format?: 'csv' | 'excel';
        /** @description headers; default the user’s language */
        lang?: 'fr' | 'en';
        moduleId?: string;
      };
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the gradebook as CSV (csv: `,` UTF-8; excel: `;`, BOM, decimal comma in French) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
    };
  };
  GradesController_import: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GradeImportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GradeImportResultDto'];
        };
      };
    };
  };
  GradesController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GradeImportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GradeImportPreviewDto'];
        };
      };
    };
  };
  ProgressController_cohort: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortProgressDto'];
        };
      };
    };
  };
  ProgressController_student: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudentProgressDto'];
        };
      };
    };
  };
  ProgressController_details: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudentProgressDetailsDto'];
        };
      };
    };
  };
  AttendanceController_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudentAttendanceDto'];
        };
      };
    };
  };
  AttendanceController_month: {
    parameters: {
      query?: {
        /** @description default: the reader’s language, else fr */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        cohortId: string;
        file: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  GradesController_audit: {
    parameters: {
      query?: {
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['GradeAuditSort'];
      };
      header?: never;
      path: {
        cohortId: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GradeAuditPageDto'];
        };
      };
    };
  };
  GradesController_forStudent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudentGradesDto'];
        };
      };
    };
  };
  ProgressController_transcript: {
    parameters: {
      query?: {
        /** @description default: the student's language */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        cohortId: string;
        studentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the transcript as PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  CohortsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortDto'];
        };
      };
    };
  };
  CohortsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CohortsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCohortDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortDto'];
        };
      };
    };
  };
  CohortEnrolmentsController_list: {
    parameters: {
      query?: {
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['EnrolmentSort'];
        status?: 'active' | 'withdrawn' | 'graduated';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrolmentPageDto'];
        };
      };
    };
  };
  CohortEnrolmentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEnrolmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedEnrolmentDto'];
        };
      };
    };
  };
  CohortEnrolmentsController_import: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportCsvDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultDto'];
        };
      };
    };
  };
  CohortEnrolmentsController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ImportCsvDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportPreviewDto'];
        };
      };
    };
  };
  CohortsController_setInstructors: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetCohortInstructorsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortDto'];
        };
      };
    };
  };
  MilestonesController_template: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneTemplateDto'];
        };
      };
    };
  };
  MilestonesController_setTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetMilestoneTemplateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneTemplateDto'];
        };
      };
    };
  };
  CohortEnrolmentsController_roster: {
    parameters: {
      query?: {
        /** @description language of the headers; default: yours */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the roster as CSV (UTF-8 with BOM, `;`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
    };
  };
  CredentialsController_jwks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the issuer public keys (OKP/Ed25519, EdDSA), current and retired */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            keys?: Record<string, never>[];
          };
        };
      };
    };
  };
  CredentialsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        listId: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the signed BitstringStatusListCredential */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description no such list */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  DiplomasController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DiplomaDto'];
        };
      };
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DiplomasController_credential: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the compact JWS */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vc+jwt': string;
        };
      };
    };
  };
  DiplomasController_pdf: {
    parameters: {
      query?: {
        /** @description default: the reader’s language, else fr */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  DiplomasController_display: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DiplomaDisplayDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyDiplomaDto'];
        };
      };
    };
  };
  DiplomasController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RevokeDiplomaDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DiplomaDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `diploma.already_revoked` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DiplomasController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyDiplomasDto'];
        };
      };
    };
  };
  EnrolmentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateEnrolmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrolmentDto'];
        };
      };
    };
  };
  EnrolmentsController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawEnrolmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnrolmentDto'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  HomeController_adminHome: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdminHomeDto'];
        };
      };
    };
  };
  HomeController_instructorHome: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstructorHomeDto'];
        };
      };
    };
  };
  HomeController_studentHome: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudentHomeDto'];
        };
      };
    };
  };
  InvitationsController_list: {
    parameters: {
      query?: {
        cohortId?: string;
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        sessionId?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['InvitationSort'];
        speakerId?: string;
        status?: 'draft' | 'invited' | 'confirmed' | 'declined' | 'held' | 'cancelled';
        /** @description only talks whose session has not ended */
        upcoming?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationPageDto'];
        };
      };
    };
  };
  InvitationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description with its timeline and current link */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDetailDto'];
        };
      };
    };
  };
  InvitationsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description drafts only */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  InvitationsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InvitationTextsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDetailDto'];
        };
      };
    };
  };
  InvitationsController_newLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDetailDto'];
        };
      };
    };
  };
  InvitationsController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDetailDto'];
        };
      };
      /** @description invitation.illegal_transition with from, to, allowed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  JuriesController_list: {
    parameters: {
      query?: {
        /** @description only this cohort’s juries */
        cohortId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JuryListDto'];
        };
      };
    };
  };
  JuriesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateJuryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JuryBoardDto'];
        };
      };
      /** @description jury.open_exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  JuriesController_board: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JuryBoardDto'];
        };
      };
    };
  };
  JuriesController_awardEligible: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AwardEligibleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AwardEligibleResultDto'];
        };
      };
    };
  };
  JuriesController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordDecisionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JuryDecisionDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
      /** @description jury.locked, jury.decision_stale */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  JuriesController_minutesPdf: {
    parameters: {
      query?: {
        /** @description default: the reader’s language */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the minutes as PDF */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  JuriesController_sign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignJuryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JuryBoardDto'];
        };
      };
      /** @description jury.already_signed, jury.decisions_missing */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
    };
  };
  AuthController_updateMe: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeDto'];
        };
      };
    };
  };
  MeController_cohortsITeach: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortDto'][];
        };
      };
    };
  };
  AccountMailController_emailChange: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailChangeStatusDto'];
        };
      };
    };
  };
  AccountMailController_requestEmailChange: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RequestEmailChangeDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EmailChangeStatusDto'];
        };
      };
    };
  };
  MeController_programme: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyProgrammeDto'];
        };
      };
    };
  };
  MentorController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MentorProjectDto'];
        };
      };
    };
  };
  MentorController_grade: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetProjectGradeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectAssessmentDto'];
        };
      };
    };
  };
  MentorController_comment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProjectFeedbackDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectFeedbackDto'];
        };
      };
    };
  };
  MentorController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the file, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  MentorController_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectSheetDto'];
        };
      };
    };
  };
  MentorController_summaryHtml: {
    parameters: {
      query?: {
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description printable HTML */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  MilestonesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneDetailDto'];
        };
      };
    };
  };
  MilestonesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  MilestonesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMilestoneDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneDto'];
        };
      };
    };
  };
  MilestonesController_extend: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GrantMilestoneExtensionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneExtensionDto'];
        };
      };
    };
  };
  MilestonesController_comment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProjectFeedbackDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectFeedbackDto'];
        };
      };
    };
  };
  MilestonesController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectSubmissionDto'];
        };
      };
    };
  };
  ModuleGroupsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ModuleGroupsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateModuleGroupDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModuleGroupDto'];
        };
      };
    };
  };
  CourseModulesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseModuleDto'];
        };
      };
    };
  };
  CourseModulesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  CourseModulesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCourseModuleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseModuleDto'];
        };
      };
    };
  };
  CourseModulesController_archive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseModuleDto'];
        };
      };
    };
  };
  CourseModulesController_restore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseModuleDto'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['NotificationSort'];
        /** @description only the unread ones */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPageDto'];
        };
      };
    };
  };
  NotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationDto'];
        };
      };
      /** @description not one of mine */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  NotificationsController_preferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesDto'];
        };
      };
    };
  };
  NotificationsController_updatePreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateNotificationPreferencesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesDto'];
        };
      };
    };
  };
  NotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadAllDto'];
        };
      };
    };
  };
  NotificationsController_unreadCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountDto'];
        };
      };
    };
  };
  PartnersController_list: {
    parameters: {
      query?: {
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['PartnerSort'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerPageDto'];
        };
      };
    };
  };
  PartnersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnerDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerDto'];
        };
      };
    };
  };
  PartnersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerDto'];
        };
      };
    };
  };
  PartnersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PartnersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePartnerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerDto'];
        };
      };
    };
  };
  PartnersController_addContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnerContactDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerContactDto'];
        };
      };
    };
  };
  PartnersController_removeContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contactId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PartnersController_updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        contactId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePartnerContactDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerContactDto'];
        };
      };
    };
  };
  PeriodsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  PeriodsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePeriodDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodDto'];
        };
      };
    };
  };
  ProgrammesController_list: {
    parameters: {
      query?: {
        /** @description include archived programmes */
        includeArchived?: boolean;
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['ProgrammeSort'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammePageDto'];
        };
      };
    };
  };
  ProgrammesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProgrammeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDetailDto'];
        };
      };
    };
  };
  ProgrammesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDetailDto'];
        };
      };
    };
  };
  ProgrammesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProgrammesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProgrammeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDetailDto'];
        };
      };
    };
  };
  ProgrammesController_archive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDetailDto'];
        };
      };
    };
  };
  ProgrammeRulesController_groupsOf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModuleGroupDto'][];
        };
      };
    };
  };
  ProgrammeRulesController_addGroup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateModuleGroupDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModuleGroupDto'];
        };
      };
    };
  };
  ProgrammesController_modulesOf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseModuleDto'][];
        };
      };
    };
  };
  ProgrammesController_addModule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCourseModuleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseModuleDto'];
        };
      };
    };
  };
  ProgrammesController_reorder: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReorderCourseModulesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourseModuleDto'][];
        };
      };
    };
  };
  ProgrammeRulesController_periodsOf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodDto'][];
        };
      };
    };
  };
  ProgrammeRulesController_addPeriod: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePeriodDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodDto'];
        };
      };
    };
  };
  ProgrammeRulesController_applyPreset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        preset: 'ch_diploma' | 'fr_licence_pro';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDetailDto'];
        };
      };
    };
  };
  ProgrammesController_restore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgrammeDetailDto'];
        };
      };
    };
  };
  ProgrammeRulesController_rulesOf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DiplomaRuleDto'][];
        };
      };
    };
  };
  ProgrammeRulesController_replaceRules: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReplaceDiplomaRulesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DiplomaRuleDto'][];
        };
      };
    };
  };
  JuriesController_getHonours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        programmeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HonoursDto'];
        };
      };
    };
  };
  JuriesController_setHonours: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        programmeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetHonoursDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HonoursDto'];
        };
      };
    };
  };
  ProjectsController_list: {
    parameters: {
      query?: {
        cohortId?: string;
        page?: number;
        partnerId?: string;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['ProjectSort'];
        state?:
          | 'proposed'
          | 'sent_back'
          | 'approved'
          | 'in_progress'
          | 'submitted'
          | 'defended'
          | 'graded'
          | 'rejected'
          | 'abandoned';
        tutorId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectPageDto'];
        };
      };
    };
  };
  ProjectsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProjectDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetailDto'];
        };
      };
    };
  };
  ProjectsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetailDto'];
        };
      };
    };
  };
  ProjectsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProjectDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetailDto'];
        };
      };
    };
  };
  ProjectDefencesController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ScheduleDefenceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDefenceDto'];
        };
      };
    };
  };
  ProjectDefencesController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelDefenceDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProjectsController_events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectEventDto'][];
        };
      };
    };
  };
  ProjectsController_juryGrade: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetProjectGradeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectAssessmentDto'];
        };
      };
    };
  };
  ProjectsController_tutorGrade: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetProjectGradeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectAssessmentDto'];
        };
      };
    };
  };
  ProjectsController_issueMentorLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MentorLinkRequestDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MentorLinkDto'];
        };
      };
    };
  };
  ProjectsController_revokeMentorLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ProjectsController_addMilestone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMilestoneDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneDto'];
        };
      };
    };
  };
  ProjectsController_summary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectSheetDto'];
        };
      };
    };
  };
  ProjectsController_summaryHtml: {
    parameters: {
      query?: {
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description printable HTML */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/html': string;
        };
      };
    };
  };
  ProjectsController_setTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SetTeamDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetailDto'];
        };
      };
    };
  };
  ProjectsController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectTransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectDetailDto'];
        };
      };
    };
  };
  ProjectsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectSummaryDto'][];
        };
      };
    };
  };
  ProjectsController_overview: {
    parameters: {
      query: {
        cohortId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CohortProjectsOverviewDto'];
        };
      };
    };
  };
  ProjectsController_tutored: {
    parameters: {
      query?: {
        /** @description also graded, rejected and abandoned projects */
        includeClosed?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectSummaryDto'][];
        };
      };
    };
  };
  VeillePublicController_page: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePublicFeedDto'];
        };
      };
    };
  };
  VeillePublicController_atom: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Atom 1.0 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/atom+xml': string;
        };
      };
    };
  };
  VeillePublicController_rss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RSS 2.0 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/rss+xml': string;
        };
      };
    };
  };
  VeillePublicController_image: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        key: string;
        postId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description a public post's preview image */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RoomsController_list: {
    parameters: {
      query?: {
        /** @description with freeTo: only rooms with no session in [freeFrom, freeTo) */
        freeFrom?: string;
        freeTo?: string;
        includeArchived?: boolean;
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['RoomSort'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoomPageDto'];
        };
      };
    };
  };
  RoomsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRoomDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoomDto'];
        };
      };
    };
  };
  RoomsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoomDto'];
        };
      };
    };
  };
  RoomsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  RoomsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRoomDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoomDto'];
        };
      };
    };
  };
  SessionsController_list: {
    parameters: {
      query: {
        cohortId?: string;
        /** @description sessions ending after this instant */
        from: string;
        includeCancelled?: boolean;
        instructorId?: string;
        kind?: 'lecture' | 'workshop' | 'guest_talk' | 'exam' | 'defence' | 'break';
        moduleId?: string;
        roomId?: string;
        speakerId?: string;
        /** @description sessions starting before this instant (at most 400 days after from) */
        to: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionListDto'];
        };
      };
    };
  };
  SessionsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSessionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description problem+json `session.conflict`: each clash (room, cohort, instructor, speaker) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionConflictProblemDto'];
        };
      };
    };
  };
  SessionsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
    };
  };
  SessionsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSessionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description problem+json `session.conflict`: each clash (room, cohort, instructor, speaker) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionConflictProblemDto'];
        };
      };
    };
  };
  AttendanceController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceRosterDto'];
        };
      };
    };
  };
  AttendanceController_take: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TakeAttendanceDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceRosterDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AttendanceController_certify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CertifyAttendanceDto'];
      };
    };
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `attendance.already_certified` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AttendanceController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MyAttendanceDto'];
        };
      };
    };
  };
  AttendanceController_sheet: {
    parameters: {
      query?: {
        /** @description default: the reader’s language, else fr */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
        part: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the PDF, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
    };
  };
  AttendanceController_qr: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttendanceQrDto'];
        };
      };
      /** @description `attendance.window_closed` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CalendarsController_session: {
    parameters: {
      query?: {
        /** @description default: the reader’s language, else fr */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description text/calendar */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SessionsController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelSessionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
    };
  };
  SessionsController_restore: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description problem+json `session.conflict`: each clash (room, cohort, instructor, speaker) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionConflictProblemDto'];
        };
      };
    };
  };
  SessionsController_updateSeries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSeriesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeriesChangedDto'];
        };
      };
      /** @description `session.series_conflict`: every clash, per date; `session.not_in_series`; `session.series_empty` */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionConflictProblemDto'];
        };
      };
    };
  };
  SessionsController_cancelSeries: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelSeriesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeriesChangedDto'];
        };
      };
    };
  };
  SessionsController_addSlot: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSlotDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionDto'];
        };
      };
      /** @description problem+json `session.conflict`: each clash (room, cohort, instructor, speaker) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionConflictProblemDto'];
        };
      };
    };
  };
  InvitationsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvitationDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationDetailDto'];
        };
      };
      /** @description session.conflict (the speaker is busy then), invitation.duplicate */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionConflictProblemDto'];
        };
      };
    };
  };
  SynthesesController_forSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionSynthesesDto'];
        };
      };
    };
  };
  SynthesesController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SynthesisDto'];
        };
      };
    };
  };
  SynthesesController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveSynthesisDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SynthesisDto'];
        };
      };
    };
  };
  GradesController_synthesisGrades: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionSynthesisGradesDto'];
        };
      };
    };
  };
  SessionsController_createSeries: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSeriesDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SeriesCreatedDto'];
        };
      };
      /** @description `session.series_conflict`: every clash, per occurrence */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionConflictProblemDto'];
        };
      };
    };
  };
  SpeakerLinksController_view: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeakerInvitationViewDto'];
        };
      };
    };
  };
  SpeakerLinksController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SpeakerAnswerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeakerInvitationViewDto'];
        };
      };
    };
  };
  SpeakerLinksController_ics: {
    parameters: {
      query?: {
        /** @description default: the reader’s language, else fr */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the talk as an iCalendar file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SpeakerLinksController_profile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SpeakerProfileDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeakerInvitationViewDto'];
        };
      };
    };
  };
  SpeakersController_list: {
    parameters: {
      query?: {
        includeArchived?: boolean;
        /** @description organisation name contains (partner or free text) */
        organisation?: string;
        organisationId?: string;
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['SpeakerSort'];
        /** @description speakers with this topic (exact, any case) */
        topic?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeakerPageDto'];
        };
      };
    };
  };
  SpeakersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSpeakerDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeakerDetailDto'];
        };
      };
      /** @description a speaker with that e-mail, or (without `confirmDistinct`) that name, exists */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeakerDuplicateProblemDto'];
        };
      };
    };
  };
  SpeakersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description with the history of their talks */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeakerDetailDto'];
        };
      };
    };
  };
  SpeakersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  SpeakersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSpeakerDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SpeakerDetailDto'];
        };
      };
    };
  };
  MilestonesController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the file, as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
    };
  };
  SynthesesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SynthesisDto'];
        };
      };
    };
  };
  SynthesesController_feedback: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SynthesisFeedbackDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SynthesisDto'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        role?: 'admin' | 'instructor' | 'student';
        size?: number;
        /** @description field, or -field descending */
        sort?: components['schemas']['UserSort'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPageDto'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedUserDto'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummaryDto'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSummaryDto'];
        };
      };
    };
  };
  UsersController_passwordLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordLinkDto'];
        };
      };
    };
  };
  UsersController_revokeSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VeilleController_myCohorts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleCohortRefDto'][];
        };
      };
    };
  };
  VeilleController_overview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleCohortDto'];
        };
      };
    };
  };
  VeilleController_participation: {
    parameters: {
      query: {
        from: string;
        /** @description CSV headers language */
        lang?: 'fr' | 'en';
        to: string;
      };
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleParticipationDto'];
        };
      };
    };
  };
  VeilleController_participationCsv: {
    parameters: {
      query: {
        from: string;
        /** @description CSV headers language */
        lang?: 'fr' | 'en';
        to: string;
      };
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the participation counts as CSV (UTF-8 with BOM, `;`) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
    };
  };
  VeilleController_feed: {
    parameters: {
      query?: {
        authorId?: string;
        /** @description only my "to read" bookmarks */
        bookmarked?: boolean;
        /** @description posted on or after this day (programme zone) */
        from?: string;
        page?: number;
        /** @description free-text search, accents and case ignored */
        q?: string;
        size?: number;
        teamId?: string;
        /** @description posted on or before this day */
        to?: string;
        topicId?: string;
      };
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostPageDto'];
        };
      };
    };
  };
  VeilleController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVeillePostDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostDto'];
        };
      };
    };
  };
  VeilleController_livePreview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VeilleUrlDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleLivePreviewDto'];
        };
      };
    };
  };
  VeilleController_settings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVeilleSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleSettingsDto'];
        };
      };
    };
  };
  VeilleTeamsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVeilleTeamDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleTeamDto'];
        };
      };
    };
  };
  VeilleController_createTopic: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cohortId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVeilleTopicDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleTopicDto'];
        };
      };
    };
  };
  VeilleController_deleteComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VeilleController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostDetailDto'];
        };
      };
    };
  };
  VeilleController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VeilleController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVeillePostDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostDto'];
        };
      };
    };
  };
  VeilleController_bookmark: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VeilleBookmarkSetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostDto'];
        };
      };
    };
  };
  VeilleController_comment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVeilleCommentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleCommentDto'];
        };
      };
    };
  };
  VeilleController_hide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VeilleHideDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostDto'];
        };
      };
    };
  };
  VeilleController_image: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description the page's image, stored with the preview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VeilleController_pin: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VeillePinDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostDto'];
        };
      };
    };
  };
  VeilleController_refresh: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostDto'];
        };
      };
    };
  };
  VeilleController_react: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VeilleReactionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeillePostDto'];
        };
      };
    };
  };
  VeilleController_profile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleProfileDto'];
        };
      };
    };
  };
  VeilleController_setProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VeilleProfileInputDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleProfileDto'];
        };
      };
    };
  };
  VeilleTeamsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleTeamDto'];
        };
      };
    };
  };
  VeilleTeamsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VeilleTeamsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVeilleTeamDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleTeamDto'];
        };
      };
    };
  };
  VeilleTeamsController_publish: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['VeillePublicationDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleTeamDto'];
        };
      };
    };
  };
  VeilleController_deleteTopic: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  VeilleController_updateTopic: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateVeilleTopicDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VeilleTopicDto'];
        };
      };
    };
  };
  DiplomasController_verify: {
    parameters: {
      query: {
        /** @description the verification code printed on the diploma (in its QR link) */
        c: string;
        /** @description the language of the honours label */
        lang?: 'fr' | 'en';
      };
      header?: never;
      path: {
        number: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerificationDto'];
        };
      };
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
      /** @description `diploma.verify_throttled` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
}
