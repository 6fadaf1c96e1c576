import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LANGUAGES, type Language, ROLES, type Role } from '../../common/role';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SignInDto {
  @ApiProperty({ example: 'admin@clique.test' })
  @Transform(trim)
  @IsString()
  @MaxLength(320)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  password: string;
}

export class SetPasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  token: string;

  @ApiProperty({ minLength: 12, maxLength: 200 })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;
}

export class PasswordTokenInfoDto {
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({
    enum: ['invitation', 'reset'],
    description: 'invitation: a new account; reset: forgot password',
  })
  purpose: 'invitation' | 'reset';
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ enum: LANGUAGES }) preferredLanguage: Language;
}

export class UpdateMeDto {
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;

  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  displayName?: string;
}
