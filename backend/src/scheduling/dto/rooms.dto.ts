import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { trim } from '../../common/transforms';
import { IsInstant } from '../../common/dates';
import { toQueryBool } from '../../common/input-query';

export class CreateRoomDto {
  @ApiProperty({ example: 'Salle Gutenberg' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({ example: 'Avenue de Rhodanie 2, 1007 Lausanne' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  address?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number | null;

  @ApiPropertyOptional({ description: 'equipment, access' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;
}

export class UpdateRoomDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  address?: string;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  capacity?: number | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  notes?: string;

  @ApiPropertyOptional({ description: 'an archived room takes no new booking' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

/** The fields the list sorts by, each also as `-field` (descending). */
export const ROOM_SORTS = ['name', 'capacity', 'createdAt'] as const;

export class RoomQueryDto extends PageQuery(ROOM_SORTS, 'RoomSort') {
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(toQueryBool)
  @IsBoolean()
  includeArchived?: boolean;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'with freeTo: only rooms with no session in [freeFrom, freeTo)',
  })
  @IsOptional()
  @IsInstant()
  freeFrom?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsInstant()
  freeTo?: string;
}

export class RoomDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty() notes: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class RoomPageDto extends PageOf(RoomDto) {}
