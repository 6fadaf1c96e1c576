import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  Max,
  Min,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { IsDecimalNumber } from '../../common/input-numbers';
import { LANGUAGES, type Language } from '../../common/role';
import { trim, trimToNull } from '../../common/transforms';
import { RuleResultDto } from '../../progress';
import {
  DECISIONS,
  type Decision,
  REMAINING_ITEMS,
  type RemainingItem,
} from '../jury-decision.entity';
import { JURY_STATUSES, type JuryStatus } from '../jury.entity';

/** A PNG data URL of at most 256 KiB of image (base64 adds a third). */
const MAX_DATA_URL = 360_000;
const TEXT = 2000;

// ----- input -----

export class JuryMemberInputDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'an internal member: an instructor or admin',
  })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({
    description: 'an external member by name (or an internal one’s name as shown)',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'e.g. Expert externe (Groupe La Poste)',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  role?: string | null;
}

export class CreateJuryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId: string;

  @ApiProperty({ format: 'date' })
  @IsCalendarDate()
  heldOn: string;

  @ApiProperty({ type: [JuryMemberInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => JuryMemberInputDto)
  members: JuryMemberInputDto[];
}

export class JuryListQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'only this cohort’s juries' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;
}

export class RecordDecisionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  studentId: string;

  @ApiProperty({ enum: DECISIONS })
  @IsIn(DECISIONS)
  decision: Decision;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'awarded only: a key of the programme’s levels',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(60)
  honours?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'required when awarding a student whose rules are not all met',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(TEXT)
  exemptionReason?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'deferred: what remains' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(TEXT)
  remaining?: string | null;

  @ApiPropertyOptional({
    enum: REMAINING_ITEMS,
    isArray: true,
    description: 'deferred: what remains',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REMAINING_ITEMS.length)
  @ArrayUnique()
  @IsIn(REMAINING_ITEMS, { each: true })
  remainingItems?: RemainingItem[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'required after the sign-off' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(TEXT)
  correctionReason?: string | null;
}

export class AwardEligibleDto {
  @ApiPropertyOptional({
    description: 'give each the honours its final grade suggests (default true)',
  })
  @IsOptional()
  @IsBoolean()
  withHonours?: boolean;
}

export class SignJuryDto {
  @ApiProperty({ description: 'the president’s name as it appears on the minutes' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  presidentName: string;

  @ApiPropertyOptional({
    format: 'uuid',
    type: String,
    nullable: true,
    description: 'an internal president: a member’s account',
  })
  @IsOptional()
  @IsUUID()
  presidentId?: string | null;

  @ApiProperty({ description: 'the president’s drawn signature as a PNG data URL' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_DATA_URL)
  signature: string;
}

export class MinutesQueryDto {
  @ApiPropertyOptional({ enum: LANGUAGES, description: 'default: the reader’s language' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

export class HonoursLevelDto {
  @ApiProperty({ description: 'stable key, e.g. assez_bien', pattern: '^[a-z][a-z0-9_]{0,39}$' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/)
  key: string;

  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) labelFr: string;
  @ApiProperty() @Transform(trim) @IsString() @MinLength(1) @MaxLength(100) labelEn: string;

  @ApiProperty({ description: 'the lowest final grade that suggests it', minimum: 0, maximum: 100 })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  minGrade: number;
}

export class SetHonoursDto {
  @ApiProperty({ type: [HonoursLevelDto], description: 'empty: the programme gives no honours' })
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => HonoursLevelDto)
  levels: HonoursLevelDto[];
}

// ----- output -----

export class HonoursDto {
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ description: 'false: the scale’s defaults' }) custom: boolean;
  @ApiProperty({ type: [HonoursLevelDto] }) levels: HonoursLevelDto[];
}

export class JuryMemberDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) userId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) role: string | null;
}

export class JuryCohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() programmeCode: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty() scale: string;
}

export class JurySummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: JuryCohortDto }) cohort: JuryCohortDto;
  @ApiProperty({ format: 'date' }) heldOn: string;
  @ApiProperty({ enum: JURY_STATUSES }) status: JuryStatus;
  @ApiProperty({ type: String, nullable: true }) presidentName: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) signedAt: string | null;
  @ApiProperty() decisions: number;
  @ApiProperty() students: number;
}

export class JuryListDto {
  @ApiProperty({ type: [JurySummaryDto] }) items: JurySummaryDto[];
}

export class JuryDecisionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty({ enum: DECISIONS }) decision: Decision;
  @ApiProperty({ type: String, nullable: true }) honours: string | null;
  @ApiProperty({ type: String, nullable: true }) honoursLabelFr: string | null;
  @ApiProperty({ type: String, nullable: true }) honoursLabelEn: string | null;
  @ApiProperty({ type: Number, nullable: true }) finalGrade: number | null;
  @ApiProperty() rulesMet: boolean;
  @ApiProperty({ type: String, nullable: true }) exemptionReason: string | null;
  @ApiProperty({ type: String, nullable: true }) remaining: string | null;
  @ApiProperty({ enum: REMAINING_ITEMS, isArray: true }) remainingItems: RemainingItem[];
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) supersedesId: string | null;
  @ApiProperty({ type: String, nullable: true }) correctionReason: string | null;
  @ApiProperty() decidedBy: string;
  @ApiProperty({ format: 'date-time' }) decidedAt: string;
}

export class JuryBoardStudentDto {
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['met', 'not_met', 'pending'] }) outcome: 'met' | 'not_met' | 'pending';
  @ApiProperty({ description: 'every rule met' }) rulesMet: boolean;
  @ApiProperty({ type: [RuleResultDto], description: 'the rules not met (or pending), with why' })
  unmetRules: RuleResultDto[];
  @ApiProperty({ type: Number, nullable: true }) finalGrade: number | null;
  @ApiProperty({ type: Number, nullable: true }) attendanceRate: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the honours the final grade suggests',
  })
  suggestedHonours: string | null;
  @ApiProperty({ type: JuryDecisionDto, nullable: true }) decision: JuryDecisionDto | null;
  @ApiProperty({ type: [JuryDecisionDto], description: 'earlier decisions, newest first' })
  history: JuryDecisionDto[];
}

export class JuryBoardDto {
  @ApiProperty({ type: JurySummaryDto }) jury: JurySummaryDto;
  @ApiProperty({ type: [JuryMemberDto] }) members: JuryMemberDto[];
  @ApiProperty({ type: [HonoursLevelDto] }) honoursLevels: HonoursLevelDto[];
  @ApiProperty() pass: number;
  @ApiProperty() max: number;
  @ApiProperty({ description: 'whether the viewer may decide and sign (admins)' })
  mayDecide: boolean;
  @ApiProperty({ type: [JuryBoardStudentDto] }) students: JuryBoardStudentDto[];
}

export class AwardEligibleResultDto {
  @ApiProperty({ description: 'students awarded by this action' }) awarded: number;
}
