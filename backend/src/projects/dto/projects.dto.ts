import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { trim, trimToNull } from '../../common/transforms';
import { GRADING_SCALES, type GradingScale } from '../../programmes';
import { PROJECT_STATES, type ProjectState } from '../project-states';
import { MILESTONE_KINDS, type MilestoneKind } from '../milestone-kinds';
import { ProjectDefenceDto } from './defences.dto';
import { MILESTONE_STATUSES, MilestoneDto, type MilestoneStatus } from './milestones.dto';
import { toQueryBool } from '../../common/input-query';

/** A partner organisation named in a proposal when it is not in the directory yet. */
export class ProposedPartnerDto {
  @ApiProperty({ example: 'Musée de l’Élysée' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Culture' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  sector?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://elysee.ch' })
  @IsOptional()
  @Transform(trimToNull)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(500)
  website?: string | null;
}

/** The partner's mentor when they are not a known contact of the partner yet. */
export class ProposedMentorDto {
  @ApiProperty({ example: 'Claire Dumont' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Responsable communication' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  role?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'claire.dumont@example.ch' })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+41 21 000 00 00' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(50)
  phone?: string | null;
}

export class CreateProjectDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId: string;

  @ApiProperty({ example: 'Stratégie Instagram pour les 50 ans du musée' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ description: 'the partner’s problem and what is expected', default: '' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
  brief?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a known partner; or give newPartner' })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({
    type: ProposedPartnerDto,
    description: 'a partner not in the directory yet',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedPartnerDto)
  newPartner?: ProposedPartnerDto;

  @ApiPropertyOptional({ format: 'uuid', description: 'a contact of the partner' })
  @IsOptional()
  @IsUUID()
  mentorContactId?: string;

  @ApiPropertyOptional({ type: ProposedMentorDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedMentorDto)
  newMentor?: ProposedMentorDto;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'an instructor; an instructor proposing is the tutor by default',
  })
  @IsOptional()
  @IsUUID()
  tutorId?: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'team: a proposing student is always in it; staff must name at least one student',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  memberIds?: string[];
}

export class UpdateProjectDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(20000)
  brief?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  partnerId?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  mentorContactId?: string | null;

  @ApiPropertyOptional({ type: ProposedMentorDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProposedMentorDto)
  newMentor?: ProposedMentorDto;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'staff only' })
  @IsOptional()
  @IsUUID()
  tutorId?: string | null;
}

export class SetTeamDto {
  @ApiProperty({ type: [String], description: 'the whole team; students enrolled in the cohort' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  studentIds: string[];
}

export class ProjectTransitionDto {
  @ApiProperty({ enum: PROJECT_STATES })
  @IsIn(PROJECT_STATES)
  to: ProjectState;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'required to send back, reject, abandon or reopen; kept in the history',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(5000)
  comment?: string | null;
}

/** The fields the list sorts by, each also as `-field` (descending). */
export const PROJECT_SORTS = ['title', 'state', 'createdAt', 'stateChangedAt', 'partner'] as const;

export class ProjectQueryDto extends PageQuery(PROJECT_SORTS, 'ProjectSort') {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ enum: PROJECT_STATES })
  @IsOptional()
  @IsIn(PROJECT_STATES)
  state?: ProjectState;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  tutorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  partnerId?: string;
}

export class ProjectOverviewQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId: string;
}

// ---- responses -------------------------------------------------------------------------

export class ProjectPersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
}

export class ProjectNamedRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ProjectMilestoneRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
}

/** What waits for the tutor on a project. */
export class ProjectWaitingDto {
  @ApiProperty({ description: 'the proposal waits for approval' }) approval: boolean;
  @ApiProperty({
    description: 'milestones whose latest version has no feedback from the tutor yet',
  })
  newSubmissions: number;
  @ApiProperty({ description: 'milestones past due with nothing submitted' })
  overdueMilestones: number;
}

export class ProjectSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PROJECT_STATES }) state: ProjectState;
  @ApiProperty({ format: 'date-time' }) stateChangedAt: string;
  @ApiProperty({ type: ProjectNamedRefDto }) cohort: ProjectNamedRefDto;
  @ApiProperty({
    example: 'Europe/Zurich',
    description: 'the programme’s zone: due dates are meant in it',
  })
  timeZone: string;
  @ApiProperty({ type: ProjectNamedRefDto }) partner: ProjectNamedRefDto;
  @ApiProperty({ type: ProjectNamedRefDto, nullable: true }) mentor: ProjectNamedRefDto | null;
  @ApiProperty({ type: ProjectPersonDto, nullable: true }) tutor: ProjectPersonDto | null;
  @ApiProperty({ type: [ProjectPersonDto] }) team: ProjectPersonDto[];
  @ApiProperty({
    type: ProjectMilestoneRefDto,
    nullable: true,
    description: 'first milestone with nothing submitted',
  })
  nextMilestone: ProjectMilestoneRefDto | null;
  @ApiProperty({ type: ProjectWaitingDto }) waiting: ProjectWaitingDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ProjectPageDto extends PageOf(ProjectSummaryDto) {}

export class ProjectPartnerCountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) sector: string | null;
  @ApiProperty() projects: number;
}

export class CohortProjectsOverviewDto {
  @ApiProperty({ type: ProjectNamedRefDto }) cohort: ProjectNamedRefDto;
  @ApiProperty({
    description: 'number of projects in each state',
    example: { proposed: 1, in_progress: 3 },
    type: 'object',
    additionalProperties: { type: 'number' },
  })
  byState: Partial<Record<ProjectState, number>>;
  @ApiProperty({ type: [ProjectPartnerCountDto] }) partners: ProjectPartnerCountDto[];
  @ApiProperty({ description: 'active students of the cohort in no open project' })
  studentsWithoutProject: number;
  @ApiProperty({ type: [ProjectSummaryDto] }) projects: ProjectSummaryDto[];
}

export class ProjectPartnerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) sector: string | null;
  @ApiProperty({ nullable: true, type: String }) website: string | null;
}

export class ProjectMentorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) role: string | null;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String }) phone: string | null;
}

export class ProjectCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() programmeCode: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty({ enum: GRADING_SCALES }) gradingScale: GradingScale;
}

export class ProjectGradeDto {
  @ApiProperty() grade: number;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ description: 'who entered it' }) gradedBy: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

/** Tutor, partner mentor and jury side by side, on the programme's scale. */
export class ProjectAssessmentDto {
  @ApiProperty({ enum: GRADING_SCALES }) scale: GradingScale;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
  @ApiProperty() step: number;
  @ApiProperty() pass: number;
  @ApiProperty({ type: ProjectGradeDto, nullable: true }) tutor: ProjectGradeDto | null;
  @ApiProperty({ type: ProjectGradeDto, nullable: true }) mentor: ProjectGradeDto | null;
  @ApiProperty({ type: ProjectGradeDto, nullable: true }) jury: ProjectGradeDto | null;
}

/** What the viewer may do, so the page shows only the buttons that work. */
export class ProjectPermissionsDto {
  @ApiProperty() isTeamMember: boolean;
  @ApiProperty() isTutor: boolean;
  @ApiProperty() canEdit: boolean;
  @ApiProperty() canEditTeam: boolean;
  @ApiProperty() canUpload: boolean;
  @ApiProperty() canComment: boolean;
  @ApiProperty() canManageMilestones: boolean;
  @ApiProperty() canGrade: boolean;
  @ApiProperty() canManageMentorLink: boolean;
  @ApiProperty({ enum: PROJECT_STATES, isArray: true }) transitions: ProjectState[];
}

export class MentorLinkStatusDto {
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastUsedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'where the link was mailed' })
  mailedTo: string | null;
}

export class ProjectDetailDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty() brief: string;
  @ApiProperty({ enum: PROJECT_STATES }) state: ProjectState;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'send-back comments or the reason of a rejection or abandonment',
  })
  stateComment: string | null;
  @ApiProperty({ format: 'date-time' }) stateChangedAt: string;
  @ApiProperty({
    example: 'Europe/Zurich',
    description: 'the programme’s zone: due dates and the defence are meant in it',
  })
  timeZone: string;
  @ApiProperty({ type: ProjectCohortDto }) cohort: ProjectCohortDto;
  @ApiProperty({ type: ProjectPartnerDto }) partner: ProjectPartnerDto;
  @ApiProperty({ type: ProjectMentorDto, nullable: true }) mentor: ProjectMentorDto | null;
  @ApiProperty({ type: ProjectPersonDto, nullable: true }) tutor: ProjectPersonDto | null;
  @ApiProperty({ type: ProjectPersonDto }) proposedBy: ProjectPersonDto;
  @ApiProperty({ type: [ProjectPersonDto] }) team: ProjectPersonDto[];
  @ApiProperty({ type: [MilestoneDto] }) milestones: MilestoneDto[];
  @ApiProperty({
    type: ProjectAssessmentDto,
    nullable: true,
    description: 'staff and instructors of the cohort always; the team once graded',
  })
  assessment: ProjectAssessmentDto | null;
  @ApiProperty({
    type: MentorLinkStatusDto,
    nullable: true,
    description: 'staff only: the live mentor link',
  })
  mentorLink: MentorLinkStatusDto | null;
  @ApiProperty({ type: ProjectDefenceDto, nullable: true, description: 'the scheduled defence' })
  defence: ProjectDefenceDto | null;
  @ApiProperty({ type: ProjectPermissionsDto }) permissions: ProjectPermissionsDto;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ProjectEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PROJECT_STATES, nullable: true }) fromState: ProjectState | null;
  @ApiProperty({ enum: PROJECT_STATES }) toState: ProjectState;
  @ApiProperty({ type: ProjectPersonDto }) actor: ProjectPersonDto;
  @ApiProperty({ nullable: true, type: String }) comment: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class ProjectSheetPersonDto {
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
}

export class ProjectSheetMilestoneDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: MILESTONE_KINDS }) kind: MilestoneKind;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: MilestoneStatus;
  @ApiProperty({ nullable: true, type: Number }) latestVersion: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) latestSubmittedAt:
    string | null;
}

/** The printable one-page summary of a project, for the partner. */
export class ProjectSheetDto {
  @ApiProperty() title: string;
  @ApiProperty() brief: string;
  @ApiProperty({ enum: PROJECT_STATES }) state: ProjectState;
  @ApiProperty() programmeTitle: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ type: ProjectPartnerDto }) partner: ProjectPartnerDto;
  @ApiProperty({ type: ProjectSheetPersonDto, nullable: true })
  mentor: ProjectSheetPersonDto | null;
  @ApiProperty({ type: ProjectSheetPersonDto, nullable: true }) tutor: ProjectSheetPersonDto | null;
  @ApiProperty({ type: [ProjectSheetPersonDto] }) team: ProjectSheetPersonDto[];
  @ApiProperty({ type: [ProjectSheetMilestoneDto] }) milestones: ProjectSheetMilestoneDto[];
  @ApiProperty({ description: 'IANA zone the dates are meant in' }) timeZone: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
}

export class TutoredProjectsQueryDto {
  @ApiPropertyOptional({
    default: false,
    description: 'also graded, rejected and abandoned projects',
  })
  @IsOptional()
  @Transform(toQueryBool)
  @IsBoolean()
  includeClosed?: boolean;
}

export class ProjectSheetQueryDto {
  @ApiPropertyOptional({ enum: ['fr', 'en'], default: 'fr' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  lang?: 'fr' | 'en';
}
