import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDateString,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/paging';
import { DATE_ONLY, trim } from '../../common/transforms';
import { COHORT_STATUSES, type CohortStatus } from '../cohort.entity';

const dateMessage = (field: string) => ({ message: `${field} must be a date (YYYY-MM-DD)` });

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
  @Matches(DATE_ONLY, dateMessage('startsOn'))
  @IsDateString({ strict: true }, dateMessage('startsOn'))
  startsOn: string;

  @ApiProperty({ format: 'date', example: '2027-06-26', description: 'after startsOn' })
  @Matches(DATE_ONLY, dateMessage('endsOn'))
  @IsDateString({ strict: true }, dateMessage('endsOn'))
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
  @Matches(DATE_ONLY, dateMessage('startsOn'))
  @IsDateString({ strict: true }, dateMessage('startsOn'))
  startsOn?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(DATE_ONLY, dateMessage('endsOn'))
  @IsDateString({ strict: true }, dateMessage('endsOn'))
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

export class CohortQueryDto extends PageQueryDto {
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

export class CohortPageDto {
  @ApiProperty({ type: [CohortDto] }) items: CohortDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() size: number;
}
