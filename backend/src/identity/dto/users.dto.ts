import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { LANGUAGES, type Language, ROLES, type Role } from '../../common/role';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateUserDto {
  @ApiProperty({ example: 'camille.rochat@example.ch' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Camille Rochat' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ enum: LANGUAGES, default: 'fr' })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage: Language = 'fr';
}

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** The fields the list sorts by, each also as `-field` (descending). */
export const USER_SORTS = ['displayName', 'email', 'role', 'createdAt'] as const;

export class UserQueryDto extends PageQuery(USER_SORTS, 'UserSort') {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class UserSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: LANGUAGES }) preferredLanguage: Language;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'false until the user has set a password' }) hasPassword: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class UserPageDto extends PageOf(UserSummaryDto) {}

export class CreatedUserDto {
  @ApiProperty({ type: UserSummaryDto }) user: UserSummaryDto;
  @ApiProperty({
    description:
      'one-time link to set a password, also mailed to the user (a fallback to hand over)',
  })
  setPasswordUrl: string;
  @ApiProperty({ description: 'the address the invitation was mailed to' }) mailedTo: string;
}

export class PasswordLinkDto {
  @ApiProperty({ description: 'the new link, also mailed to the user' }) setPasswordUrl: string;
  @ApiProperty({ description: 'the address the invitation was mailed to' }) mailedTo: string;
}
