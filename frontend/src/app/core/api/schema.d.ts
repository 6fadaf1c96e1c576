// Generated from the backend's OpenAPI document by scripts/api-types.mjs. Do not edit.
export interface paths {
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
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
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
    CourseModuleDto: {
      /** Format: date-time */
      archivedAt: string | null;
      code: string;
      coefficient: number;
      description: string;
      ects: number;
      /** Format: uuid */
      id: string;
      learningOutcomes: string[];
      /** @description 1-based order */
      position: number;
      /** Format: uuid */
      programmeId: string;
      title: string;
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
      /** @default [] */
      learningOutcomes: string[];
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
      /** @description one-time link to set a password; give it to the user */
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
    CreateProgrammeDto: {
      /**
       * @description unique whatever its case; letters, digits, - and _
       * @example MCMS
       */
      code: string;
      /**
       * @description a weak module may be compensated by the others
       * @default false
       */
      compensation: boolean;
      /** @default  */
      description: string;
      /** @default 0 */
      ectsTotal: number;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** @default 80 */
      minAttendancePercent: number;
      /** @description on the scale; omitted: the pass grade; null: no minimum */
      minModuleGrade?: number | null;
      /** @description on the scale; omitted: the pass grade; null: no minimum */
      minProjectGrade?: number | null;
      /**
       * @default Europe/Zurich
       * @enum {string}
       */
      timeZone: 'Europe/Zurich' | 'Europe/Paris';
      /** @example Spécialiste en management de communautés et médias sociaux */
      title: string;
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
    HealthDto: {
      /** @example ok */
      status: string;
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
      columns: Record<string, never>;
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
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** Format: uuid */
      id: string;
      minAttendancePercent: number;
      passGrade: number;
      /** @enum {string} */
      timeZone: 'Europe/Zurich' | 'Europe/Paris';
      title: string;
    };
    NewStudentLinkDto: {
      displayName: string;
      email: string;
      /** @description one-time link to set a password; give it to the student */
      setPasswordUrl: string;
    };
    Object: Record<string, never>;
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
    PasswordLinkDto: {
      setPasswordUrl: string;
    };
    PasswordTokenInfoDto: {
      displayName: string;
      email: string;
    };
    PersonRefDto: {
      displayName: string;
      /** Format: uuid */
      id: string;
    };
    ProgrammeDetailDto: {
      /** Format: date-time */
      archivedAt: string | null;
      code: string;
      cohortCount: number;
      compensation: boolean;
      /** Format: date-time */
      createdAt: string;
      description: string;
      ectsTotal: number;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** Format: uuid */
      id: string;
      minAttendancePercent: number;
      minModuleGrade: number | null;
      minProjectGrade: number | null;
      moduleCount: number;
      /** @description in order, archived ones included */
      modules: components['schemas']['CourseModuleDto'][];
      /** @description pass grade of the scale (4 or 10) */
      passGrade: number;
      /** @enum {string} */
      timeZone: 'Europe/Zurich' | 'Europe/Paris';
      title: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ProgrammeDto: {
      /** Format: date-time */
      archivedAt: string | null;
      code: string;
      cohortCount: number;
      compensation: boolean;
      /** Format: date-time */
      createdAt: string;
      description: string;
      ectsTotal: number;
      /** @enum {string} */
      gradingScale: 'CH_6' | 'FR_20';
      /** Format: uuid */
      id: string;
      minAttendancePercent: number;
      minModuleGrade: number | null;
      minProjectGrade: number | null;
      moduleCount: number;
      /** @description pass grade of the scale (4 or 10) */
      passGrade: number;
      /** @enum {string} */
      timeZone: 'Europe/Zurich' | 'Europe/Paris';
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
    ReorderCourseModulesDto: {
      /** @description every module id of the programme, in the new order */
      moduleIds: string[];
    };
    SetCohortInstructorsDto: {
      /** @description the full list; replaces the current one */
      instructorIds: string[];
    };
    SetPasswordDto: {
      password: string;
      token: string;
    };
    SignInDto: {
      /** @example admin@clique.test */
      email: string;
      password: string;
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
      /** @default [] */
      learningOutcomes: string[];
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
    UpdateProgrammeDto: {
      /**
       * @description unique whatever its case; letters, digits, - and _
       * @example MCMS
       */
      code?: string;
      /**
       * @description a weak module may be compensated by the others
       * @default false
       */
      compensation: boolean;
      /** @default  */
      description: string;
      /** @default 0 */
      ectsTotal: number;
      /** @enum {string} */
      gradingScale?: 'CH_6' | 'FR_20';
      /** @default 80 */
      minAttendancePercent: number;
      /** @description on the scale; omitted: the pass grade; null: no minimum */
      minModuleGrade?: number | null;
      /** @description on the scale; omitted: the pass grade; null: no minimum */
      minProjectGrade?: number | null;
      /**
       * @default Europe/Zurich
       * @enum {string}
       */
      timeZone: 'Europe/Zurich' | 'Europe/Paris';
      /** @example Spécialiste en management de communautés et médias sociaux */
      title?: string;
    };
    UpdateUserDto: {
      active?: boolean;
      displayName?: string;
      /** @enum {string} */
      preferredLanguage?: 'fr' | 'en';
      /** @enum {string} */
      role?: 'admin' | 'instructor' | 'student';
    };
    UserPageDto: {
      items: components['schemas']['UserSummaryDto'][];
      page: number;
      size: number;
      total: number;
    };
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
  CohortsController_list: {
    parameters: {
      query?: {
        page?: components['schemas']['Object'];
        programmeId?: string;
        /** @description free-text search */
        q?: string;
        size?: components['schemas']['Object'];
        /** @description field or -field */
        sort?: string;
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
        page?: components['schemas']['Object'];
        /** @description free-text search */
        q?: string;
        size?: components['schemas']['Object'];
        /** @description field or -field */
        sort?: string;
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
  PartnersController_list: {
    parameters: {
      query?: {
        page?: components['schemas']['Object'];
        /** @description free-text search */
        q?: string;
        size?: components['schemas']['Object'];
        /** @description field or -field */
        sort?: string;
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
  ProgrammesController_list: {
    parameters: {
      query?: {
        /** @description include archived programmes */
        includeArchived?: boolean;
        page?: components['schemas']['Object'];
        /** @description free-text search */
        q?: string;
        size?: components['schemas']['Object'];
        /** @description field or -field */
        sort?: string;
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
  UsersController_list: {
    parameters: {
      query?: {
        page?: components['schemas']['Object'];
        /** @description free-text search */
        q?: string;
        role?: 'admin' | 'instructor' | 'student';
        size?: components['schemas']['Object'];
        /** @description field or -field */
        sort?: string;
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
}
