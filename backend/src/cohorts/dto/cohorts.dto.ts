import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { IsCalendarDate } from '../../common/dates';
import { trim } from '../../common/transforms';
import { COHORT_STATUSES, type CohortStatus } from '../cohort.entity';

export class CreateCohortDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  programmeId: string;

  @ApiProperty({
    example: 'MCMS 2026–2027',
    description: 'unique in the programme whatever its case',
  })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiProperty({ format: 'date', example: '2026-09-02' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ format: 'date', example: '2027-06-26', description: 'after startsOn' })
  @IsCalendarDate()
  endsOn: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES, default: 'planned' })
  @IsOptional()
  @IsIn(COHORT_STATUSES)
  status?: CohortStatus;

  @ApiPropertyOptional({ type: [String], description: 'ids of instructors who teach in it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  instructorIds?: string[];
}

export class UpdateCohortDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  endsOn?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES })
  @IsOptional()
  @IsIn(COHORT_STATUSES)
  status?: CohortStatus;
}

export class SetCohortInstructorsDto {
  @ApiProperty({ type: [String], description: 'the full list; replaces the current one' })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  instructorIds: string[];
}

/** The fields the list sorts by, each also as `-field` (descending). */
export const COHORT_SORTS = [
  'name',
  'startsOn',
  'endsOn',
  'status',
  'programme',
  'createdAt',
] as const;

export class CohortQueryDto extends PageQuery(COHORT_SORTS, 'CohortSort') {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @ApiPropertyOptional({ enum: COHORT_STATUSES })
  @IsOptional()
  @IsIn(COHORT_STATUSES)
  status?: CohortStatus;
}

export class PersonRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class ProgrammeRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}

export class CohortDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: ProgrammeRefDto }) programme: ProgrammeRefDto;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ enum: COHORT_STATUSES }) status: CohortStatus;
  @ApiProperty({ description: 'active enrolments' }) studentCount: number;
  @ApiProperty({ type: [PersonRefDto] }) instructors: PersonRefDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CohortPageDto extends PageOf(CohortDto) {}
