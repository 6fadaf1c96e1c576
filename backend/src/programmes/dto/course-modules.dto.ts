import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IsDecimalNumber } from '../../common/input-numbers';
import { trim, trimList } from '../../common/transforms';
import { MODULE_KINDS, type ModuleKind } from '../diploma-rules';

export class CreateCourseModuleDto {
  @ApiProperty({ example: 'I', description: 'unique in the programme whatever its case' })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, {
    message: 'code must be 1–20 letters, digits, ., - or _',
  })
  code: string;

  @ApiProperty({ example: 'Culture et stratégie des médias sociaux' })
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

  @ApiPropertyOptional({ type: [String], default: [] })
  @IsOptional()
  @Transform(trimList)
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  learningOutcomes?: string[];

  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: 120 })
  @IsOptional()
  @IsDecimalNumber(1)
  @Min(0)
  @Max(120)
  ects?: number;

  @ApiPropertyOptional({ default: 1, description: 'weight in the final average; > 0' })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0.01)
  @Max(100)
  coefficient?: number;

  @ApiPropertyOptional({
    enum: MODULE_KINDS,
    description: 'a course unit (default), the project or the work period',
  })
  @IsOptional()
  @IsIn(MODULE_KINDS)
  kind?: ModuleKind;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'a period of the programme',
  })
  @IsOptional()
  @IsUUID()
  periodId?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'a rule group of the programme',
  })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;
}

export class UpdateCourseModuleDto extends PartialType(CreateCourseModuleDto) {}

export class ReorderCourseModulesDto {
  @ApiProperty({
    type: [String],
    description: 'every module id of the programme, in the new order',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  moduleIds: string[];
}

export class CourseModuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ description: '1-based order' }) position: number;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [String] }) learningOutcomes: string[];
  @ApiProperty() ects: number;
  @ApiProperty() coefficient: number;
  @ApiProperty({ enum: MODULE_KINDS }) kind: ModuleKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) periodId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
}
