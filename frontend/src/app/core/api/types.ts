// Types of the Clique API: the one file the app imports them from.
// Request and response bodies, list queries and their sorts come from schema.d.ts, generated
// from the backend's OpenAPI document (`npm run api:types`); what the document does not
// describe (the problem+json shape) is written here.
import { type components, type operations } from './schema';

export type Role = components['schemas']['MeDto']['role'];
export type Language = components['schemas']['MeDto']['preferredLanguage'];

/** A field error inside a problem (400 `validation`). `whitelistValidation` means "unknown field". */
export interface ProblemFieldError {
  field: string;
  code: string;
  message: string;
}

/** Every API error: application/problem+json (RFC 9457) with a stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: ProblemFieldError[];
  requestId?: string;
  retryAfterSeconds?: number;
}

type Schemas = components['schemas'];

/** A list endpoint's query parameters, from the document; `page` and `size` are always sent. */
type ListQuery<K extends keyof operations> = Omit<
  NonNullable<operations[K]['parameters']['query']>,
  'page' | 'size'
> & { page: number; size: number };

/** A list's sortable fields: its generated `…Sort` enum without the `-field` (descending) values. */
type SortFields<S extends string> = Exclude<S, `-${string}`>;

export type Me = Schemas['MeDto'];
export type UpdateMeRequest = Schemas['UpdateMeDto'];
export type SignInRequest = Schemas['SignInDto'];
export type PasswordTokenInfo = Schemas['PasswordTokenInfoDto'];
export type SetPasswordRequest = Schemas['SetPasswordDto'];
export type ForgotPasswordRequest = Schemas['ForgotPasswordDto'];
export type EmailChangeStatus = Schemas['EmailChangeStatusDto'];
export type EmailChangeRequest = Schemas['RequestEmailChangeDto'];
export type ConfirmedEmail = Schemas['ConfirmedEmailDto'];

export type UserSortParam = Schemas['UserSort'];
export type UserSort = SortFields<UserSortParam>;
export type UserListQuery = ListQuery<'UsersController_list'>;

export type UserSummary = Schemas['UserSummaryDto'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export type CreateUserRequest = Schemas['CreateUserDto'];
export type CreateUserResponse = Schemas['CreatedUserDto'];
export type UpdateUserRequest = Schemas['UpdateUserDto'];
export type PasswordLinkResponse = Schemas['PasswordLinkDto'];

// Programmes, modules, cohorts, enrolments and partner organisations (issue 3).

export type GradingScale = Schemas['ProgrammeDto']['gradingScale'];
export type TimeZone = Schemas['ProgrammeDto']['timeZone'];
export type ProgrammeSort = SortFields<Schemas['ProgrammeSort']>;
export type ProgrammeListQuery = ListQuery<'ProgrammesController_list'>;

export type Programme = Schemas['ProgrammeDto'];
export type ProgrammeDetail = Schemas['ProgrammeDetailDto'];
export type CreateProgrammeRequest = Schemas['CreateProgrammeDto'];
export type UpdateProgrammeRequest = Schemas['UpdateProgrammeDto'];
export type CourseModule = Schemas['CourseModuleDto'];
export type CreateCourseModuleRequest = Schemas['CreateCourseModuleDto'];
export type UpdateCourseModuleRequest = Schemas['UpdateCourseModuleDto'];
// Diploma rules, periods and rule groups (issue 8).
export type ModuleKind = Schemas['CourseModuleDto']['kind'];
export type DiplomaRule = Schemas['DiplomaRuleDto'];
export type DiplomaRuleInput = Schemas['DiplomaRuleInputDto'];
export type RuleKind = Schemas['DiplomaRuleDto']['kind'];
export type DiplomaPreset = NonNullable<Schemas['ProgrammeDto']['preset']>;
export type ProgrammePeriod = Schemas['PeriodDto'];
export type CreatePeriodRequest = Schemas['CreatePeriodDto'];
export type UpdatePeriodRequest = Schemas['UpdatePeriodDto'];
export type ModuleGroup = Schemas['ModuleGroupDto'];
export type CreateModuleGroupRequest = Schemas['CreateModuleGroupDto'];
export type UpdateModuleGroupRequest = Schemas['UpdateModuleGroupDto'];

export type CohortStatus = Schemas['CohortDto']['status'];
export type CohortSort = SortFields<Schemas['CohortSort']>;
export type CohortListQuery = ListQuery<'CohortsController_list'>;

export type Cohort = Schemas['CohortDto'];
export type PersonRef = Schemas['PersonRefDto'];
export type CreateCohortRequest = Schemas['CreateCohortDto'];
export type UpdateCohortRequest = Schemas['UpdateCohortDto'];

export type EnrolmentStatus = Schemas['EnrolmentDto']['status'];
export type EnrolmentSort = SortFields<Schemas['EnrolmentSort']>;
export type EnrolmentListQuery = ListQuery<'CohortEnrolmentsController_list'>;

export type Enrolment = Schemas['EnrolmentDto'];
export type CreateEnrolmentRequest = Schemas['CreateEnrolmentDto'];
export type CreatedEnrolment = Schemas['CreatedEnrolmentDto'];
export type UpdateEnrolmentRequest = Schemas['UpdateEnrolmentDto'];
export type WithdrawEnrolmentRequest = Schemas['WithdrawEnrolmentDto'];
export type ImportPreview = Schemas['ImportPreviewDto'];
export type ImportRow = Schemas['ImportRowDto'];
export type ImportAction = ImportRow['action'];
export type ImportCounts = Schemas['ImportCountsDto'];
export type ImportResult = Schemas['ImportResultDto'];
export type NewStudentLink = Schemas['NewStudentLinkDto'];
export type MyProgramme = Schemas['MyProgrammeDto'];

export type PartnerSort = SortFields<Schemas['PartnerSort']>;
export type PartnerListQuery = ListQuery<'PartnersController_list'>;

export type Partner = Schemas['PartnerDto'];
export type PartnerContact = Schemas['PartnerContactDto'];
export type CreatePartnerRequest = Schemas['CreatePartnerDto'];
export type UpdatePartnerRequest = Schemas['UpdatePartnerDto'];
export type CreatePartnerContactRequest = Schemas['CreatePartnerContactDto'];
export type UpdatePartnerContactRequest = Schemas['UpdatePartnerContactDto'];

// Scheduling: rooms, sessions, series, syntheses, speakers, invitations, calendars (issue 4).

export type Room = Schemas['RoomDto'];
export type CreateRoomRequest = Schemas['CreateRoomDto'];
export type UpdateRoomRequest = Schemas['UpdateRoomDto'];
export type RoomSort = SortFields<Schemas['RoomSort']>;
/** With freeFrom and freeTo: only rooms with no session in [freeFrom, freeTo). */
export type RoomListQuery = ListQuery<'RoomsController_list'>;

export type Session = Schemas['SessionDto'];
export type SessionKind = Session['kind'];
export type SessionStatus = Session['status'];
export type SessionSpeaker = Schemas['SessionSpeakerDto'];
export type MaterialLink = Schemas['MaterialLinkDto'];
export type SessionList = Schemas['SessionListDto'];
export type CreateSessionRequest = Schemas['CreateSessionDto'];
export type UpdateSessionRequest = Schemas['UpdateSessionDto'];
export type CreateSeriesRequest = Schemas['CreateSeriesDto'];
export type CreateSlotRequest = Schemas['CreateSlotDto'];
/** What a course day (a top-level session) may be. */
export type DayKind = CreateSessionRequest['kind'];
/** What a slot within a day may be. */
export type SlotKind = CreateSlotRequest['kind'];
export type SessionSlot = Schemas['SessionSlotDto'];
export type SeriesCreated = Schemas['SeriesCreatedDto'];
export type SeriesChanged = Schemas['SeriesChangedDto'];
export type SeriesScope = Schemas['SeriesScope'];
export type UpdateSeriesRequest = Schemas['UpdateSeriesDto'];
export type SessionConflict = Schemas['SessionConflictDto'];
export type Clash = SessionConflict['clash'];
export type SessionConflictProblem = Problem & {
  conflicts: SessionConflict[];
  occurrences?: number;
};

export interface SessionListQuery {
  /** Instants with an offset (toISOString()). */
  from: string;
  to: string;
  cohortId?: string;
  moduleId?: string;
  roomId?: string;
  speakerId?: string;
  instructorId?: string;
  kind?: SessionKind;
  includeCancelled?: boolean;
}

export type Synthesis = Schemas['SynthesisDto'];
export type SessionSyntheses = Schemas['SessionSynthesesDto'];
export type SaveSynthesisRequest = Schemas['SaveSynthesisDto'];

export type Speaker = Schemas['SpeakerDto'];
export type SpeakerDetail = Schemas['SpeakerDetailDto'];
export type SpeakerTalk = Schemas['TalkDto'];
export type CreateSpeakerRequest = Schemas['CreateSpeakerDto'];
/** An existing speaker a new one may be a twin of (`SpeakerMatchDto`). */
export interface SpeakerMatch {
  id: string;
  fullName: string;
  organisation: string | null;
  email: string | null;
  archived: boolean;
}
/** The 409 of a speaker's creation: `speaker.possible_duplicate` or `speaker.email_taken`. */
export type SpeakerDuplicateProblem = Problem & { existing?: SpeakerMatch[] };
export type UpdateSpeakerRequest = Schemas['UpdateSpeakerDto'];
export type SpeakerSort = SortFields<Schemas['SpeakerSort']>;
export type SpeakerListQuery = ListQuery<'SpeakersController_list'>;

export type Invitation = Schemas['InvitationDto'];
export type InvitationDetail = Schemas['InvitationDetailDto'];
export type InvitationStatus = Invitation['status'];
export type InvitationEvent = Schemas['InvitationEventDto'];
export type InvitationLink = Schemas['InvitationLinkDto'];
export type CreateInvitationRequest = Schemas['CreateInvitationDto'];
export type InvitationTexts = Schemas['InvitationTextsDto'];
/** `note` is a string or null (the OpenAPI document leaves its type out). */
export type TransitionRequest = Schemas['TransitionDto'];

export type InvitationSort = SortFields<Schemas['InvitationSort']>;
export type InvitationListQuery = ListQuery<'InvitationsController_list'>;

export type SpeakerInvitationView = Schemas['SpeakerInvitationViewDto'];
export type SpeakerAnswer = Schemas['SpeakerAnswerDto'];
export type SpeakerProfile = Schemas['SpeakerProfileDto'];

export type CalendarFeed = Schemas['CalendarFeedDto'];
export type CreateCalendarFeedRequest = Schemas['CreateCalendarFeedDto'];

/** A list's `sort` parameter: `field` ascending, `-field` descending. */
export type SortParam<T extends string> = T | `-${T}`;

// Tutored projects: proposals, milestones, versioned submissions, feedback, the mentor's
// link and the defence (issue 5).

export type ProjectState = Schemas['ProjectDetailDto']['state'];
export type ProjectSort = SortFields<Schemas['ProjectSort']>;
export type ProjectListQuery = ListQuery<'ProjectsController_list'>;
export type ProjectSummary = Schemas['ProjectSummaryDto'];
export type ProjectDetail = Schemas['ProjectDetailDto'];
export type ProjectPermissions = Schemas['ProjectPermissionsDto'];
export type ProjectPerson = Schemas['ProjectPersonDto'];
export type ProjectEvent = Schemas['ProjectEventDto'];
export type ProjectAssessment = Schemas['ProjectAssessmentDto'];
export type ProjectGrade = Schemas['ProjectGradeDto'];
export type CohortProjectsOverview = Schemas['CohortProjectsOverviewDto'];
export type ProposedPartner = Schemas['ProposedPartnerDto'];
export type ProposedMentor = Schemas['ProposedMentorDto'];
export type CreateProjectRequest = Schemas['CreateProjectDto'];
export type UpdateProjectRequest = Schemas['UpdateProjectDto'];
export type ProjectTransitionRequest = Schemas['ProjectTransitionDto'];
export type SetProjectGradeRequest = Schemas['SetProjectGradeDto'];
export type Milestone = Schemas['MilestoneDto'];
export type MilestoneStatus = Milestone['status'];
export type MilestoneKind = Milestone['kind'];
export type MilestoneDetail = Schemas['MilestoneDetailDto'];
export type MilestoneExtension = Schemas['MilestoneExtensionDto'];
export type CreateMilestoneRequest = Schemas['CreateMilestoneDto'];
export type UpdateMilestoneRequest = Schemas['UpdateMilestoneDto'];
export type GrantExtensionRequest = Schemas['GrantMilestoneExtensionDto'];
export type Submission = Schemas['ProjectSubmissionDto'];
export type Feedback = Schemas['ProjectFeedbackDto'];
export type FeedbackAuthorRole = Feedback['authorRole'];
export type CreateFeedbackRequest = Schemas['CreateProjectFeedbackDto'];
export type MentorLink = Schemas['MentorLinkDto'];
export type MentorLinkStatus = Schemas['MentorLinkStatusDto'];
export type ProjectDefence = Schemas['ProjectDefenceDto'];
export type ScheduleDefenceRequest = Schemas['ScheduleDefenceDto'];
export type MentorProject = Schemas['MentorProjectDto'];
export type MentorMilestone = Schemas['MentorMilestoneDto'];
export type StudentHome = Schemas['StudentHomeDto'];
export type InstructorHome = Schemas['InstructorHomeDto'];
export type AdminHome = Schemas['AdminHomeDto'];
export type HomeCohortHealth = Schemas['HomeCohortHealthDto'];
export type HomeFigure = Schemas['HomeFigureDto'];

// The cohort's veille (issue 12).
export type VeilleCohortRef = Schemas['VeilleCohortRefDto'];
export type VeilleCohortOverview = Schemas['VeilleCohortDto'];
export type VeillePost = Schemas['VeillePostDto'];
export type VeillePostDetail = Schemas['VeillePostDetailDto'];
export type VeillePostPage = Schemas['VeillePostPageDto'];
export type VeilleComment = Schemas['VeilleCommentDto'];
export type VeilleParticipation = Schemas['VeilleParticipationDto'];
export type VeilleParticipationRow = Schemas['VeilleParticipationRowDto'];
export type VeillePreview = Schemas['VeillePreviewDto'];
export type VeilleLivePreview = Schemas['VeilleLivePreviewDto'];
export type VeilleReactionKind = Schemas['VeilleReactionDto']['kind'];
export type CreateVeillePostRequest = Schemas['CreateVeillePostDto'];
export type UpdateVeillePostRequest = Schemas['UpdateVeillePostDto'];
export type VeilleFeedQuery = ListQuery<'VeilleController_feed'>;
