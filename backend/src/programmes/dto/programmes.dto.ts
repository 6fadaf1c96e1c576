import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsDecimalNumber } from '../../common/input-numbers';
import { PageOf, PageQuery } from '../../common/paging';
import { trim } from '../../common/transforms';
import { GRADING_SCALES, type GradingScale } from '../grading-scale';
import { IsProgrammeTimeZone, type TimeZone } from '../time-zone';
import {
  AVERAGE_WEIGHTINGS,
  type AverageWeighting,
  DIPLOMA_PRESETS,
  type DiplomaPreset,
  RESIT_POLICIES,
  type ResitPolicy,
} from '../diploma-rules';
import { CourseModuleDto } from './course-modules.dto';
import { DiplomaRuleDto } from './diploma-rules.dto';
import { ModuleGroupDto, PeriodDto } from './structure.dto';

export class CreateProgrammeDto {
  @ApiProperty({
    example: 'MCMS',
    description: 'unique whatever its case; letters, digits, - and _',
  })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/, {
    message: 'code must be 1–20 letters, digits, - or _',
  })
  code: string;

  @ApiProperty({ example: 'Spécialiste en management de communautés et médias sociaux' })
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
  description?: string;

  @ApiProperty({ enum: GRADING_SCALES })
  @IsIn(GRADING_SCALES)
  gradingScale: GradingScale;

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 999 })
  @IsOptional()
  @IsDecimalNumber(1)
  @Min(0)
  @Max(999)
  ectsTotal?: number;

  @ApiPropertyOptional({
    default: 'Europe/Zurich',
    example: 'America/Montreal',
    description: 'IANA time zone of a place (Area/Location), or UTC',
  })
  @IsOptional()
  @IsProgrammeTimeZone()
  timeZone?: TimeZone;

  @ApiPropertyOptional({
    type: Number,
    enum: [0.5, 0.25, 0.01],
    description: 'smallest difference between two grades: CH_6 0.5 (default) or 0.25, FR_20 0.01',
  })
  @IsOptional()
  @IsIn([0.5, 0.25, 0.01])
  gradeStep?: number;

  @ApiPropertyOptional({ description: 'default coefficient', enum: AVERAGE_WEIGHTINGS })
  @IsOptional()
  @IsIn(AVERAGE_WEIGHTINGS)
  averageWeighting?: AverageWeighting;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    enum: [0.01, 0.05, 0.1, 0.25, 0.5, 1],
    description: 'the overall average is rounded to this step; null: kept to the hundredth',
  })
  @IsOptional()
  @IsIn([0.01, 0.05, 0.1, 0.25, 0.5, 1])
  finalRounding?: number | null;

  @ApiPropertyOptional({ description: 'default best', enum: RESIT_POLICIES })
  @IsOptional()
  @IsIn(RESIT_POLICIES)
  resitPolicy?: ResitPolicy;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 100,
    description: "% of the tutor's grade in the project grade (the three sum to 100)",
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  projectWeightTutor?: number;

  @ApiPropertyOptional({ description: 'default 0', minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  projectWeightMentor?: number;

  @ApiPropertyOptional({ description: 'default 100', minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  projectWeightJury?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 240,
    description:
      'default 15; signing opens this many minutes before a session (or half-day) starts',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  signingOpensBeforeMinutes?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 240,
    description: 'default 0; signing closes this many minutes after a session (or half-day) ends',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(240)
  signingClosesAfterMinutes?: number;

  @ApiPropertyOptional({
    description: 'default false; a module passed is kept when the year is repeated',
  })
  @IsOptional()
  @IsBoolean()
  keepPassedModules?: boolean;

  @ApiPropertyOptional({
    description:
      'default false; a weak module may be compensated by the others (a period may say otherwise)',
  })
  @IsOptional()
  @IsBoolean()
  compensation?: boolean;
}

export class UpdateProgrammeDto extends PartialType(CreateProgrammeDto) {}

/** The fields the list sorts by, each also as `-field` (descending). */
export const PROGRAMME_SORTS = ['code', 'title', 'createdAt', 'ectsTotal'] as const;

export class ProgrammeQueryDto extends PageQuery(PROGRAMME_SORTS, 'ProgrammeSort') {
  @ApiPropertyOptional({ description: 'include archived programmes', default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  includeArchived?: boolean;
}

export class ProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: GRADING_SCALES }) gradingScale: GradingScale;
  @ApiProperty({ description: 'pass grade of the scale (4 or 10)' }) passGrade: number;
  @ApiProperty() ectsTotal: number;
  @ApiProperty({ example: 'Europe/Zurich', description: 'IANA time zone' }) timeZone: TimeZone;
  @ApiProperty() gradeStep: number;
  @ApiProperty({ description: 'lowest grade of the scale' }) minGrade: number;
  @ApiProperty({ description: 'highest grade of the scale' }) maxGrade: number;
  @ApiProperty({ enum: AVERAGE_WEIGHTINGS }) averageWeighting: AverageWeighting;
  @ApiProperty({ type: Number, nullable: true }) finalRounding: number | null;
  @ApiProperty({ enum: RESIT_POLICIES }) resitPolicy: ResitPolicy;
  @ApiProperty() projectWeightTutor: number;
  @ApiProperty() projectWeightMentor: number;
  @ApiProperty() projectWeightJury: number;
  @ApiProperty() signingOpensBeforeMinutes: number;
  @ApiProperty() signingClosesAfterMinutes: number;
  @ApiProperty() keepPassedModules: boolean;
  @ApiProperty({ enum: DIPLOMA_PRESETS, nullable: true }) preset: DiplomaPreset | null;
  @ApiProperty() compensation: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty() moduleCount: number;
  @ApiProperty() cohortCount: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ProgrammeDetailDto extends ProgrammeDto {
  @ApiProperty({ type: [CourseModuleDto], description: 'in order, archived ones included' })
  modules: CourseModuleDto[];

  @ApiProperty({ type: [PeriodDto], description: 'in order' })
  periods: PeriodDto[];

  @ApiProperty({ type: [ModuleGroupDto], description: 'by code' })
  groups: ModuleGroupDto[];

  @ApiProperty({ type: [DiplomaRuleDto], description: 'the diploma rules, in order' })
  rules: DiplomaRuleDto[];
}

export class ProgrammePageDto extends PageOf(ProgrammeDto) {}
