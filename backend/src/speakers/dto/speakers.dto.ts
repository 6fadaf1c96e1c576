import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '../../common/paging';
import { trim, trimToNull } from '../../common/transforms';
import { WEB_URL } from '../../scheduling/dto/common.dto';
import { INVITATION_STATUSES, type InvitationStatus } from '../invitation-status';

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
const toBool = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : value === true || value === 'true' || value === '1';

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

  @ApiPropertyOptional({ description: 'for planners only' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  internalNotes?: string;
}

export class UpdateSpeakerDto extends PartialType(CreateSpeakerDto) {
  @ApiPropertyOptional({ description: 'an archived speaker is left out of the directory' })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

export class SpeakerQueryDto extends PageQueryDto {
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
  @Transform(toBool)
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
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: OrganisationRefDto, nullable: true }) partner: OrganisationRefDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'partner name or free text' })
  organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty() bio: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ type: String, nullable: true }) websiteUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) photoUrl: string | null;
  @ApiProperty() internalNotes: string;
  @ApiProperty({ description: 'talks confirmed or held' }) talkCount: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) archivedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SpeakerPageDto {
  @ApiProperty({ type: [SpeakerDto] }) items: SpeakerDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() size: number;
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
}

export class SpeakerDetailDto extends SpeakerDto {
  @ApiProperty({ type: [TalkDto], description: 'every invitation, latest first' })
  talks: TalkDto[];
}
