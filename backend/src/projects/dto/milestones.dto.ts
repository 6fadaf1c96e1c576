import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsDecimalNumber } from '../../common/input-numbers';
import { IsCalendarDate, IsDateOrInstant } from '../../common/dates';
import { trim, trimToNull } from '../../common/transforms';
import { FEEDBACK_AUTHOR_ROLES, type FeedbackAuthorRole } from '../feedback.entity';
import { MILESTONE_KINDS, type MilestoneKind } from '../milestone-kinds';

/** A due date: `YYYY-MM-DD` (the end of that day in the programme's time zone) or an instant. */
const DUE_DOC =
  'YYYY-MM-DD (due at 23:59:59 that day in the programme’s time zone) or an ISO date-time with offset';

/** `done`: nothing uploaded, but the project's state has moved past it (milestone-state.ts). */
export const MILESTONE_STATUSES = [
  'open',
  'overdue',
  'submitted',
  'submitted_late',
  'done',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export class CreateMilestoneDto {
  @ApiPropertyOptional({ enum: MILESTONE_KINDS, default: 'other' })
  @IsOptional()
  @IsIn(MILESTONE_KINDS)
  kind?: MilestoneKind;

  @ApiProperty({ example: 'Plan de communication' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ default: '' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  expectations?: string;

  @ApiProperty({ example: '2027-03-15', description: DUE_DOC })
  @IsDateOrInstant({ message: `dueAt must be ${DUE_DOC}` })
  dueAt: string;
}

export class UpdateMilestoneDto {
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
  @MaxLength(5000)
  expectations?: string;

  @ApiPropertyOptional({
    description: `${DUE_DOC}. Only before the work starts (proposed, sent back, approved); later, grant an extension`,
  })
  @IsOptional()
  @IsDateOrInstant({ message: `dueAt must be ${DUE_DOC}` })
  dueAt?: string;
}

export class GrantMilestoneExtensionDto {
  @ApiProperty({
    example: '2027-04-01',
    description: `${DUE_DOC}; later than the current due date`,
  })
  @IsDateOrInstant({ message: `dueAt must be ${DUE_DOC}` })
  dueAt: string;

  @ApiProperty({ example: 'Absence pour raison médicale (certificat reçu)' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2000)
  reason: string;
}

export class CreateProjectFeedbackDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10000)
  body: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a submitted version of this milestone' })
  @IsOptional()
  @IsUUID()
  submissionId?: string;
}

export class SetProjectGradeDto {
  @ApiProperty({
    example: 5.5,
    description: 'on the programme’s scale (CH_6: 1–6 by halves; FR_20: 0–20)',
  })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  grade: number;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(5000)
  comment?: string | null;
}

export class MilestoneTemplateItemDto {
  @ApiProperty({ enum: MILESTONE_KINDS })
  @IsIn(MILESTONE_KINDS)
  kind: MilestoneKind;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ default: '' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  expectations?: string;

  @ApiProperty({ example: '2026-11-15', description: 'due at the end of this day' })
  @IsCalendarDate()
  dueOn: string;
}

export class SetMilestoneTemplateDto {
  @ApiProperty({ type: [MilestoneTemplateItemDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneTemplateItemDto)
  items: MilestoneTemplateItemDto[];
}

// ---- responses -------------------------------------------------------------------------

export class MilestoneTemplateEntryDto {
  @ApiProperty({ enum: MILESTONE_KINDS }) kind: MilestoneKind;
  @ApiProperty() title: string;
  @ApiProperty() expectations: string;
  @ApiProperty({ example: '2026-11-15' }) dueOn: string;
}

export class MilestoneTemplateDto {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ description: 'true when the cohort has none stored and these are the defaults' })
  isDefault: boolean;
  @ApiProperty({ type: [MilestoneTemplateEntryDto] }) items: MilestoneTemplateEntryDto[];
}

export class MilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() position: number;
  @ApiProperty({ enum: MILESTONE_KINDS }) kind: MilestoneKind;
  @ApiProperty() title: string;
  @ApiProperty() expectations: string;
  @ApiProperty({ format: 'date-time', description: 'in force now' }) dueAt: string;
  @ApiProperty({ format: 'date-time' }) originalDueAt: string;
  @ApiProperty({ description: 'an extension was granted' }) extended: boolean;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: MilestoneStatus;
  @ApiProperty({ nullable: true, type: Number }) latestVersion: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) latestSubmittedAt:
    string | null;
  @ApiProperty() submissionCount: number;
  @ApiProperty() feedbackCount: number;
}

export class ProjectSubmissionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'the uploader’s name for the file (metadata only)' })
  originalName: string;
  @ApiProperty({ description: 'detected from the content' }) contentType: string;
  @ApiProperty() sizeBytes: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ description: 'display name of the uploader' }) uploadedBy: string;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ format: 'date-time', description: 'the due date in force when it arrived' })
  dueAt: string;
  @ApiProperty() late: boolean;
  @ApiProperty({ description: 'GET it to download (Content-Disposition: attachment)' })
  downloadUrl: string;
}

export class ProjectFeedbackDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) submissionId: string | null;
  @ApiProperty({ nullable: true, type: Number }) submissionVersion: number | null;
  @ApiProperty({ enum: FEEDBACK_AUTHOR_ROLES }) authorRole: FeedbackAuthorRole;
  @ApiProperty() authorName: string;
  @ApiProperty() body: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class MilestoneExtensionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) previousDueAt: string;
  @ApiProperty({ format: 'date-time' }) newDueAt: string;
  @ApiProperty() reason: string;
  @ApiProperty() grantedBy: string;
  @ApiProperty({ format: 'date-time' }) grantedAt: string;
}

export class MilestoneDetailDto extends MilestoneDto {
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty({ type: [ProjectSubmissionDto], description: 'newest version first' })
  submissions: ProjectSubmissionDto[];
  @ApiProperty({ type: [ProjectFeedbackDto], description: 'oldest first' })
  feedback: ProjectFeedbackDto[];
  @ApiProperty({ type: [MilestoneExtensionDto] }) extensions: MilestoneExtensionDto[];
}
