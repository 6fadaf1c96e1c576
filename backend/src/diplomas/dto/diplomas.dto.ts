import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { trim } from '../../common/transforms';
import { LANGUAGES, type Language } from '../../common/role';

export const DIPLOMA_STATUSES = ['valid', 'revoked'] as const;
export type DiplomaStatus = (typeof DIPLOMA_STATUSES)[number];
export const JURY_DECISIONS = ['awarded', 'deferred', 'refused'] as const;
export type JuryDecision = (typeof JURY_DECISIONS)[number];

// ----- input -----

export class IssueDiplomaDto {
  @ApiProperty({ format: 'uuid', description: 'the student, enrolled in the cohort' })
  @IsUUID()
  studentId: string;
}

export class RevokeDiplomaDto {
  @ApiProperty({ description: 'why (kept with the diploma; never shown on the public page)' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class DiplomaDisplayDto {
  @ApiPropertyOptional({ description: 'show the final grade on the public page' })
  @IsOptional()
  @IsBoolean()
  showGrade?: boolean;

  @ApiPropertyOptional({ description: 'show the honours on the public page' })
  @IsOptional()
  @IsBoolean()
  showHonours?: boolean;
}

export class VerifyQueryDto {
  @ApiProperty({ description: 'the verification code printed on the diploma (in its QR link)' })
  @IsString()
  @Matches(/^[A-Za-z0-9 -]{1,80}$/, { message: 'c must be the code printed on the diploma' })
  c: string;

  @ApiPropertyOptional({ enum: LANGUAGES, description: 'the language of the honours label' })
  @IsOptional()
  @IsIn(LANGUAGES)
  lang?: Language;
}

// ----- output -----

export class DiplomaDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'MCMS-2027-0042' }) number: string;
  @ApiProperty({ enum: DIPLOMA_STATUSES, enumName: 'DiplomaStatus' }) status: DiplomaStatus;
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() holderName: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty() cohortName: string;
  @ApiProperty({ enum: ['CH_6', 'FR_20'] }) gradingScale: string;
  @ApiProperty({ type: Number, nullable: true }) finalGrade: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'the honours key' })
  honours: string | null;
  @ApiProperty({ type: String, nullable: true }) honoursLabelFr: string | null;
  @ApiProperty({ type: String, nullable: true }) honoursLabelEn: string | null;
  @ApiProperty({ format: 'date' }) awardedOn: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty() signatoryName: string;
  @ApiProperty({ enum: LANGUAGES }) language: Language;
  @ApiProperty() showGrade: boolean;
  @ApiProperty() showHonours: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'admins only; null for the holder' })
  revokedReason: string | null;
  @ApiProperty({ description: 'the public verification link (printed on the diploma)' })
  verificationUrl: string;
  @ApiProperty({ description: 'the verification code as printed, in groups of four' })
  verificationCode: string;
}

/** The holder's diploma, with its QR code and LinkedIn link. */
export class MyDiplomaDto extends DiplomaDto {
  @ApiProperty({ description: 'the QR code of the verification link, as a PNG data URL' })
  qrDataUrl: string;
  @ApiProperty({ description: 'LinkedIn’s “add to profile” link, its fields filled in' })
  linkedInUrl: string;
}

export class MyDiplomasDto {
  @ApiProperty({ type: [MyDiplomaDto] }) items: MyDiplomaDto[];
}

export class IssuedDiplomaDto {
  @ApiProperty({ type: DiplomaDto }) diploma: DiplomaDto;
  @ApiProperty({ description: 'false: it had been issued already (the same diploma)' })
  created: boolean;
}

export class IssueAllFailureDto {
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ description: 'the error code' }) code: string;
}

export class IssueAllResultDto {
  @ApiProperty() issued: number;
  @ApiProperty() alreadyIssued: number;
  @ApiProperty({ type: [IssueAllFailureDto] }) failed: IssueAllFailureDto[];
}

export class DiplomaCandidateDto {
  @ApiProperty({ format: 'uuid' }) studentId: string;
  @ApiProperty({ format: 'uuid' }) enrolmentId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: ['active', 'withdrawn', 'graduated'] }) enrolmentStatus: string;
  @ApiProperty({ enum: JURY_DECISIONS, nullable: true, description: 'null: no jury decision' })
  decision: JuryDecision | null;
  @ApiProperty({ description: 'the decision’s jury is signed' }) jurySigned: boolean;
  @ApiProperty({ type: Number, nullable: true }) finalGrade: number | null;
  @ApiProperty({ type: String, nullable: true }) honoursLabelFr: string | null;
  @ApiProperty({ type: String, nullable: true }) honoursLabelEn: string | null;
  @ApiProperty({ description: 'awarded by a signed jury and not issued yet' }) issuable: boolean;
  @ApiProperty({ type: DiplomaDto, nullable: true }) diploma: DiplomaDto | null;
}

export class CohortDiplomasDto {
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty({ type: [DiplomaCandidateDto], description: 'every enrolled student' })
  students: DiplomaCandidateDto[];
}

export const VERIFY_STATUSES = ['valid', 'revoked', 'unknown'] as const;
export type VerifyStatus = (typeof VERIFY_STATUSES)[number];

/** The public answer: only what the holder agreed to show; unknown says nothing more. */
export class VerificationDto {
  @ApiProperty({ enum: VERIFY_STATUSES, enumName: 'VerifyStatus' }) status: VerifyStatus;
  @ApiProperty({ type: String, nullable: true }) number: string | null;
  @ApiProperty({ type: String, nullable: true }) holderName: string | null;
  @ApiProperty({ type: String, nullable: true }) programmeTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) institution: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) awardedOn: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'revoked only' })
  revokedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'only if the holder shows it' })
  finalGrade: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'only if the holder shows it' })
  honours: string | null;
}
