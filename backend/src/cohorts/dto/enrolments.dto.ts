import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IsInstant } from '../../common/dates';
import { PageOf, PageQuery } from '../../common/paging';
import { trim } from '../../common/transforms';
import { LANGUAGES, type Language } from '../../common/role';
import { ENROLMENT_STATUSES, type EnrolmentStatus } from '../enrolment.entity';

/**
 * Enrols an existing user (`studentId`), or a person by e-mail: an existing student with that
 * e-mail is enrolled as is; otherwise a student account is created (names required) and its
 * set-password link returned.
 */
export class CreateEnrolmentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'an existing student; or give email' })
  @ValidateIf((o: CreateEnrolmentDto) => o.studentId !== undefined || o.email === undefined)
  @IsUUID('all', { message: 'studentId must be a UUID (or give email)' })
  studentId?: string;

  @ApiPropertyOptional({ example: 'lea.muller@example.ch' })
  @ValidateIf((o: CreateEnrolmentDto) => o.studentId === undefined)
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ example: 'Léa', description: 'required when the e-mail is new' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  givenName?: string;

  @ApiPropertyOptional({ example: 'Müller', description: 'required when the e-mail is new' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  familyName?: string;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'fr', description: 'for a new account' })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'work-study employer',
  })
  @IsOptional()
  @IsUUID()
  employerId?: string | null;
}

export class UpdateEnrolmentDto {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'null: no work-study employer',
  })
  @ValidateIf((o: UpdateEnrolmentDto) => o.employerId !== null)
  @IsUUID()
  employerId?: string | null;
}

export class WithdrawEnrolmentDto {
  @ApiProperty({ example: 'Reprise d’un emploi à plein temps' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'default: now' })
  @IsOptional()
  @IsInstant()
  withdrawnAt?: string;
}

/** The fields the list sorts by, each also as `-field` (descending). */
export const ENROLMENT_SORTS = [
  'displayName',
  'email',
  'status',
  'enrolledAt',
  'employer',
] as const;

export class EnrolmentQueryDto extends PageQuery(ENROLMENT_SORTS, 'EnrolmentSort') {
  @ApiPropertyOptional({ enum: ENROLMENT_STATUSES })
  @IsOptional()
  @IsIn(ENROLMENT_STATUSES)
  status?: EnrolmentStatus;
}

export class EnrolledStudentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: LANGUAGES }) preferredLanguage: Language;
  @ApiProperty({ description: 'false until the student has set a password' }) hasPassword: boolean;
}

export class EmployerRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class EnrolmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ type: EnrolledStudentDto }) student: EnrolledStudentDto;
  @ApiProperty({ enum: ENROLMENT_STATUSES }) status: EnrolmentStatus;
  @ApiProperty({ format: 'date-time' }) enrolledAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawalReason: string | null;
  @ApiProperty({ type: EmployerRefDto, nullable: true }) employer: EmployerRefDto | null;
}

export class EnrolmentPageDto extends PageOf(EnrolmentDto) {}

export class CreatedEnrolmentDto {
  @ApiProperty({ type: EnrolmentDto }) enrolment: EnrolmentDto;
  @ApiProperty({ description: 'true when a student account was created' }) createdUser: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'one-time link for a new account; give it to the student',
  })
  setPasswordUrl: string | null;
}
