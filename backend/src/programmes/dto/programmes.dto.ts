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
import { GRADING_SCALES, type GradingScale, TIME_ZONES, type TimeZone } from '../grading-scale';
import { CourseModuleDto } from './course-modules.dto';

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

  @ApiPropertyOptional({ enum: TIME_ZONES, default: 'Europe/Zurich' })
  @IsOptional()
  @IsIn(TIME_ZONES)
  timeZone?: TimeZone;

  @ApiPropertyOptional({ default: 80, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  minAttendancePercent?: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'on the scale; omitted: the pass grade; null: no minimum',
  })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  minModuleGrade?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'on the scale; omitted: the pass grade; null: no minimum',
  })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  minProjectGrade?: number | null;

  @ApiPropertyOptional({
    default: false,
    description: 'a weak module may be compensated by the others',
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
  @ApiProperty({ enum: TIME_ZONES }) timeZone: TimeZone;
  @ApiProperty() minAttendancePercent: number;
  @ApiProperty({ type: Number, nullable: true }) minModuleGrade: number | null;
  @ApiProperty({ type: Number, nullable: true }) minProjectGrade: number | null;
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
}

export class ProgrammePageDto extends PageOf(ProgrammeDto) {}
