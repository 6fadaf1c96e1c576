import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { trim, trimToNull } from '../../common/transforms';

export class CreatePartnerContactDto {
  @ApiProperty({ example: 'Claire Dufour' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Responsable communication' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(120)
  role?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+41 21 000 00 00' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @Matches(/^\+?[0-9 ().-]{4,30}$/, { message: 'phone must be a phone number' })
  phone?: string | null;
}

export class UpdatePartnerContactDto extends PartialType(CreatePartnerContactDto) {}

export class CreatePartnerDto {
  @ApiProperty({ example: 'Agence Pixel Léman', description: 'unique whatever its case' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Agence de communication' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(120)
  sector?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://example.ch' })
  @IsOptional()
  @Transform(trimToNull)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL' },
  )
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500)
  address?: string | null;

  @ApiPropertyOptional({
    type: [CreatePartnerContactDto],
    description: 'only on creation; then use /contacts',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CreatePartnerContactDto)
  contacts?: CreatePartnerContactDto[];
}

export class UpdatePartnerDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(120)
  sector?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true },
    { message: 'website must be an http(s) URL' },
  )
  @MaxLength(500)
  website?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500)
  address?: string | null;
}

/** The fields the list sorts by, each also as `-field` (descending). */
export const PARTNER_SORTS = ['name', 'sector', 'createdAt'] as const;

export class PartnerQueryDto extends PageQuery(PARTNER_SORTS, 'PartnerSort') {}

export class PartnerContactDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) role: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class PartnerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) sector: string | null;
  @ApiProperty({ type: String, nullable: true }) website: string | null;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty({ description: 'students whose work-study employer it is (active enrolments)' })
  employeeCount: number;
  @ApiProperty({ type: [PartnerContactDto] }) contacts: PartnerContactDto[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class PartnerPageDto extends PageOf(PartnerDto) {}
