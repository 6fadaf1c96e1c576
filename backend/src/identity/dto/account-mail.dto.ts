import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ForgotPasswordDto {
  @ApiProperty({ example: 'lea.muller@example.ch' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(320)
  email: string;
}

/** The same answer whether or not an account has this address. */
export class ForgotPasswordAcceptedDto {
  @ApiProperty({ enum: ['accepted'] }) status: 'accepted';
}

export class RequestEmailChangeDto {
  @ApiProperty({ example: 'lea@agence.ch', description: 'the new address' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ description: 'the current password' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class EmailChangeStatusDto {
  @ApiProperty({ description: 'the address in use' }) email: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'the address waiting for its confirmation link to be followed',
  })
  pendingEmail: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
}

export class ConfirmEmailChangeDto {
  @ApiProperty()
  @IsString()
  @MaxLength(100)
  token: string;
}

export class ConfirmedEmailDto {
  @ApiProperty() email: string;
}
