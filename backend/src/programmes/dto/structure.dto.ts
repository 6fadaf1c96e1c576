import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../common/transforms';

export class CreatePeriodDto {
  @ApiProperty({ example: 'Semestre 1' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({
    type: Boolean,
    nullable: true,
    description: 'compensation between the modules of the period; null: the programme’s setting',
  })
  @IsOptional()
  @IsBoolean()
  compensation?: boolean | null;
}

export class UpdatePeriodDto extends PartialType(CreatePeriodDto) {}

export class PeriodDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty({ description: '1-based order' }) position: number;
  @ApiProperty() title: string;
  @ApiProperty({ type: Boolean, nullable: true }) compensation: boolean | null;
}

export class CreateModuleGroupDto {
  @ApiProperty({ example: 'UE5', description: 'unique in the programme whatever its case' })
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/, {
    message: 'code must be 1–20 letters, digits, ., - or _',
  })
  code: string;

  @ApiProperty({ example: 'Projet + stage' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;
}

export class UpdateModuleGroupDto extends PartialType(CreateModuleGroupDto) {}

export class ModuleGroupDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) programmeId: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}
