import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsDecimalNumber } from '../../common/input-numbers';
import { RULE_KINDS, type RuleKind } from '../diploma-rules';

/**
 * One rule as written: the fields its kind needs, the others absent or null.
 * - `overall_average`, `module_minimum`, `project_grade`: `threshold` (on the scale);
 * - `group_average`: `threshold` (on the scale) and `groupId` (a group of the programme);
 * - `max_below_pass`: `maxCount` (≥ 0);
 * - `attendance`: `threshold` (0–100 %) and `excusedCountAsAbsent`.
 */
export class DiplomaRuleInputDto {
  @ApiProperty({ enum: RULE_KINDS })
  @IsIn(RULE_KINDS)
  kind: RuleKind;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'a grade on the scale, or a % for attendance',
  })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(-1000)
  @Max(1000)
  threshold?: number | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  groupId?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  maxCount?: number | null;

  @ApiPropertyOptional({ type: Boolean, nullable: true })
  @IsOptional()
  @IsBoolean()
  excusedCountAsAbsent?: boolean | null;
}

export class ReplaceDiplomaRulesDto {
  @ApiProperty({ type: [DiplomaRuleInputDto], description: 'the whole list, in order' })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => DiplomaRuleInputDto)
  rules: DiplomaRuleInputDto[];
}

export class DiplomaRuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: '1-based order' }) position: number;
  @ApiProperty({ enum: RULE_KINDS }) kind: RuleKind;
  @ApiProperty({ type: Number, nullable: true }) threshold: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) groupId: string | null;
  @ApiProperty({ type: Number, nullable: true }) maxCount: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) excusedCountAsAbsent: boolean | null;
}
