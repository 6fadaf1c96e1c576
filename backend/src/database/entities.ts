import { AssessmentEntity } from '../assessments/assessment.entity';
import { GradeAuditEntity } from '../assessments/grade-audit.entity';
import { GradeEntity } from '../assessments/grade.entity';
import { AttendanceCertificationEntity } from '../attendance/attendance-certification.entity';
import { AttendanceRecordEntity } from '../attendance/attendance-record.entity';
import { CalendarFeedEntity } from '../calendars/calendar-feed.entity';
import { CredentialStatusListEntity } from '../credentials/credential-status-list.entity';
import { CredentialEntity } from '../credentials/credential.entity';
import { DiplomaCounterEntity } from '../diplomas/diploma-counter.entity';
import { DiplomaEntity } from '../diplomas/diploma.entity';
import { VerificationLookupEntity } from '../diplomas/verification-lookup.entity';
import { CohortInstructorEntity } from '../cohorts/cohort-instructor.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { EnrolmentEntity } from '../cohorts/enrolment.entity';
import { AuthSessionEntity } from '../identity/auth-session.entity';
import { AccountMailRequestEntity } from '../identity/account-mail-request.entity';
import { EmailChangeEntity } from '../identity/email-change.entity';
import { PasswordTokenEntity } from '../identity/password-token.entity';
import { SignInFailureEntity } from '../identity/sign-in-failure.entity';
import { UserEntity } from '../identity/user.entity';
import { NotificationDigestEntity } from '../notifications/notification-digest.entity';
import { NotificationPreferenceEntity } from '../notifications/notification-preference.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { MailEntity } from '../mail/mail.entity';
import { PartnerContactEntity } from '../partners/partner-contact.entity';
import { PartnerOrganisationEntity } from '../partners/partner-organisation.entity';
import { CourseModuleEntity } from '../programmes/course-module.entity';
import { DiplomaRuleEntity } from '../programmes/diploma-rule.entity';
import { ModuleGroupEntity } from '../programmes/module-group.entity';
import { ProgrammePeriodEntity } from '../programmes/programme-period.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { FeedbackEntity } from '../projects/feedback.entity';
import { MentorLinkEntity } from '../projects/mentor-link.entity';
import { MilestoneExtensionEntity } from '../projects/milestone-extension.entity';
import { MilestoneTemplateEntity } from '../projects/milestone-template.entity';
import { MilestoneEntity } from '../projects/milestone.entity';
import { ProjectDefenceEntity } from '../projects/project-defence.entity';
import { ProjectEventEntity } from '../projects/project-event.entity';
import { ProjectGradeEntity } from '../projects/project-grade.entity';
import { ProjectMemberEntity } from '../projects/project-member.entity';
import { ProjectEntity } from '../projects/project.entity';
import { SubmissionEntity } from '../projects/submission.entity';
import { RoomEntity } from '../scheduling/room.entity';
import { SessionInstructorEntity } from '../scheduling/session-instructor.entity';
import { SessionEntity } from '../scheduling/session.entity';
import { SynthesisEntity } from '../scheduling/synthesis.entity';
import { InvitationEventEntity } from '../speakers/invitation-event.entity';
import { InvitationLinkEntity } from '../speakers/invitation-link.entity';
import { InvitationEntity } from '../speakers/invitation.entity';
import { SpeakerEntity } from '../speakers/speaker.entity';
import { JuryDecisionEntity } from '../juries/jury-decision.entity';
import { JuryMemberEntity } from '../juries/jury-member.entity';
import { JuryEntity } from '../juries/jury.entity';
import { ProgrammeHonoursEntity } from '../juries/programme-honours.entity';

/** Every entity, for the DataSource (app, CLI and tests share this list). */
export const entities = [
  UserEntity,
  AuthSessionEntity,
  MailEntity,
  PasswordTokenEntity,
  SignInFailureEntity,
  AccountMailRequestEntity,
  EmailChangeEntity,
  ProgrammeEntity,
  CourseModuleEntity,
  ProgrammePeriodEntity,
  ModuleGroupEntity,
  DiplomaRuleEntity,
  PartnerOrganisationEntity,
  PartnerContactEntity,
  CohortEntity,
  CohortInstructorEntity,
  EnrolmentEntity,
  RoomEntity,
  SessionEntity,
  SessionInstructorEntity,
  SpeakerEntity,
  InvitationEntity,
  InvitationEventEntity,
  InvitationLinkEntity,
  SynthesisEntity,
  CalendarFeedEntity,
  ProjectEntity,
  ProjectMemberEntity,
  ProjectEventEntity,
  MilestoneTemplateEntity,
  MilestoneEntity,
  MilestoneExtensionEntity,
  SubmissionEntity,
  FeedbackEntity,
  ProjectGradeEntity,
  MentorLinkEntity,
  ProjectDefenceEntity,
  AssessmentEntity,
  GradeEntity,
  GradeAuditEntity,
  AttendanceRecordEntity,
  DiplomaEntity,
  DiplomaCounterEntity,
  VerificationLookupEntity,
  AttendanceCertificationEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationDigestEntity,
  JuryEntity,
  JuryMemberEntity,
  JuryDecisionEntity,
  ProgrammeHonoursEntity,
  CredentialStatusListEntity,
  CredentialEntity,
];
