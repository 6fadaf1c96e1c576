import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { trim, trimToNull } from '../../common/transforms';
import { WEB_URL } from '../../scheduling';
import { INVITATION_STATUSES, type InvitationStatus } from '../invitation-status';
import { toQueryBool } from '../../common/input-query';
import { type Language, LANGUAGES } from '../../common/role';

/** Topics are compared lower-case, trimmed, without duplicates. */
const topicList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [
        ...new Set(
          value
            .map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v))
            .filter((v) => v !== ''),
        ),
      ]
    : value;
/** What the speaker may also edit through their link. */
export class SpeakerProfileDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Avocat, Sion' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  jobTitle?: string | null;

  @ApiPropertyOptional({ description: 'career path, plain text' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  bio?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsUrl(WEB_URL)
  @MaxLength(2000)
  websiteUrl?: string | null;
}

export class CreateSpeakerDto extends SpeakerProfileDto {
  @ApiProperty({ example: 'Sébastien Fanti' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'a partner' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'free text, if no partner' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  organisationName?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['droit', 'e-réputation'] })
  @IsOptional()
  @Transform(topicList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  topics?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'photo address (upload: later)',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsUrl(WEB_URL)
  @MaxLength(2000)
  photoUrl?: string | null;

  @ApiPropertyOptional({
    enum: LANGUAGES,
    nullable: true,
    description: 'the language of their mails; null: the programme’s default (French)',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  preferredLanguage?: Language | null;

  @ApiPropertyOptional({ description: 'for planners only' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  internalNotes?: string;

  @ApiPropertyOptional({
    description:
      'true: create them although a speaker of the same name exists (two different people); without it, 409 `speaker.possible_duplicate` names the existing ones. A same e-mail is always refused (`speaker.email_taken`).',
  })
  @IsOptional()
  @IsBoolean()
  confirmDistinct?: boolean;
}

export class UpdateSpeakerDto extends PartialType(
  OmitType(CreateSpeakerDto, ['confirmDistinct'] as const),
) {
  @ApiPropertyOptional({ description: 'an archived speaker is left out of the directory' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

/** The fields the list sorts by, each also as `-field` (descending). */
export const SPEAKER_SORTS = ['fullName', 'createdAt', 'talkCount'] as const;

export class SpeakerQueryDto extends PageQuery(SPEAKER_SORTS, 'SpeakerSort') {
  @ApiPropertyOptional({ description: 'speakers with this topic (exact, any case)' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(60)
  topic?: string;

  @ApiPropertyOptional({ description: 'organisation name contains (partner or free text)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organisation?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(toQueryBool)
  @IsBoolean()
  includeArchived?: boolean;
}

export class OrganisationRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class SpeakerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null unless `privateShown`' })
  phone: string | null;
  @ApiProperty({ type: OrganisationRefDto, nullable: true }) partner: OrganisationRefDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'partner name or free text' })
  organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty() bio: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ type: String, nullable: true }) websiteUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) photoUrl: string | null;
  @ApiProperty({ enum: LANGUAGES, nullable: true, description: 'the language of their mails' })
  preferredLanguage: Language | null;
  @ApiProperty({ description: 'empty unless `privateShown`' }) internalNotes: string;
  @ApiProperty({
    description:
      'whether phone and internal notes are shown to the caller (admins; instructors who may edit the speaker or plan a cohort they are invited to)',
  })
  privateShown: boolean;
  @ApiProperty({
    description:
      'whether the caller may change, archive or delete the speaker (admins; instructors while every cohort the speaker is invited to is one they teach)',
  })
  canEdit: boolean;
  @ApiProperty({ description: 'talks confirmed or held' }) talkCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SpeakerPageDto extends PageOf(SpeakerDto) {}

/** An existing speaker a new one may be a twin of: enough to recognise them and open their page. */
export class SpeakerMatchDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true, description: 'partner name or free text' })
  organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ description: 'left out of the directory, but still the same person' })
  archived: boolean;
}

/** The 409 body of `speaker.possible_duplicate` and `speaker.email_taken` (problem+json). */
export class SpeakerDuplicateProblemDto {
  @ApiProperty() type: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 409 }) status: number;
  @ApiProperty({ enum: ['speaker.possible_duplicate', 'speaker.email_taken'] }) code: string;
  @ApiProperty() detail: string;
  @ApiProperty({
    type: [SpeakerMatchDto],
    description:
      'the speakers with that e-mail (email_taken) or that name, accents and case ignored (possible_duplicate); empty when a concurrent creation won the race',
  })
  existing: SpeakerMatchDto[];
}

export class TalkDto {
  @ApiProperty({ format: 'uuid' }) invitationId: string;
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty() talkTitle: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() sessionCancelled: boolean;
  @ApiProperty() cohortName: string;
  @ApiProperty() programmeCode: string;
  @ApiProperty({
    example: 'Europe/Zurich',
    description: 'the programme’s zone: the talk’s times are meant in it',
  })
  timeZone: string;
}

export class SpeakerDetailDto extends SpeakerDto {
  @ApiProperty({
    type: [TalkDto],
    description: 'the invitations to sessions the caller plans, latest first',
  })
  talks: TalkDto[];
}
