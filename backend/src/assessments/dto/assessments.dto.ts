import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { IsDecimalNumber } from '../../common/input-numbers';
import { PageOf, PageQuery } from '../../common/paging';
import { trim } from '../../common/transforms';
import { ASSESSMENT_KINDS, type AssessmentKind } from '../assessment-kinds';

export class CreateAssessmentDto {
  @ApiProperty({ format: 'uuid', description: 'a module of the cohort’s programme' })
  @IsUUID()
  moduleId: string;

  @ApiProperty({ example: 'Examen écrit' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiProperty({ enum: ASSESSMENT_KINDS, enumName: 'AssessmentKind' })
  @IsIn(ASSESSMENT_KINDS)
  kind: AssessmentKind;

  @ApiPropertyOptional({ example: 1, default: 1, minimum: 0.01, maximum: 999 })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0.01)
  @Max(999)
  coefficient?: number;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;

  @ApiPropertyOptional({ default: true, description: 'false: left out of every average' })
  @IsOptional()
  @IsBoolean()
  counts?: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'the talk a synthesis is about (a session of the cohort)',
  })
  @IsOptional()
  @IsUUID()
  sessionId?: string | null;

  @ApiPropertyOptional({
    default: false,
    description: 'kind project only: the score is the project’s weighted three-way grade',
  })
  @IsOptional()
  @IsBoolean()
  fromProjectGrades?: boolean;
}

export class UpdateAssessmentDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  moduleId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: ASSESSMENT_KINDS, enumName: 'AssessmentKind' })
  @IsOptional()
  @IsIn(ASSESSMENT_KINDS)
  kind?: AssessmentKind;

  @ApiPropertyOptional({ minimum: 0.01, maximum: 999 })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0.01)
  @Max(999)
  coefficient?: number;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsCalendarDate()
  dueOn?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  counts?: boolean;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  sessionId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  fromProjectGrades?: boolean;
}

export const ASSESSMENT_SORTS = ['module', 'title', 'dueOn', 'createdAt'] as const;

export class AssessmentQueryDto extends PageQuery(ASSESSMENT_SORTS, 'AssessmentSort') {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  moduleId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the assessments of this talk' })
  @IsOptional()
  @IsUUID()
  sessionId?: string;

  @ApiPropertyOptional({ enum: ASSESSMENT_KINDS, enumName: 'AssessmentKind' })
  @IsOptional()
  @IsIn(ASSESSMENT_KINDS)
  kind?: AssessmentKind;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class AssessmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ format: 'uuid' }) moduleId: string;
  @ApiProperty() moduleCode: string;
  @ApiProperty() moduleTitle: string;
  @ApiProperty() modulePosition: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) sessionId: string | null;
  @ApiProperty({ type: String, nullable: true }) sessionTitle: string | null;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ASSESSMENT_KINDS, enumName: 'AssessmentKind' }) kind: AssessmentKind;
  @ApiProperty() coefficient: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn: string | null;
  @ApiProperty() counts: boolean;
  @ApiProperty() fromProjectGrades: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) releasedAt: string | null;
  @ApiProperty({ type: PersonRefDto, nullable: true }) releasedBy: PersonRefDto | null;
  @ApiProperty({ description: 'grades entered (every attempt)' }) gradeCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class AssessmentPageDto extends PageOf(AssessmentDto) {}
