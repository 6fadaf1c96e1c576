import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { trim, trimToNull } from '../../common/transforms';
import { RefDto, SESSION_KINDS, type SessionKind } from '../../scheduling';
import {
  ACTOR_KINDS,
  type ActorKind,
  INVITATION_EVENT_TYPES,
  INVITATION_STATUSES,
  type InvitationEventType,
  type InvitationStatus,
} from '../invitation-status';
import { toQueryBool } from '../../common/input-query';

/** Days without an answer before the reminder, unless the invitation says otherwise. */
export const DEFAULT_REMINDER_DAYS = 5;
/** How many times one invitation may be mailed (first sending and resends). */
export const INVITATION_MAIL_LIMIT = 5;

export class ContactPersonDto {
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

/** What the speaker needs on the day. */
export class PracticalInfoDto {
  @ApiProperty() accessInfo: string;
  @ApiProperty() equipment: string;
  @ApiProperty({ type: ContactPersonDto, description: 'the named contact, else the inviter' })
  contact: ContactPersonDto;
}

export class InvitationMailDto {
  @ApiProperty({ description: 'times the invitation was mailed' }) count: number;
  @ApiProperty({ description: 'most times it may be mailed' }) limit: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSentAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) reminderDays: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) remindedAt: string | null;
}

export class InvitationTextsDto {
  @ApiPropertyOptional({ example: 'Le droit face aux réseaux sociaux' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  talkTitle?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  abstract?: string;

  @ApiPropertyOptional({ description: 'shown to the speaker on their page' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  messageToSpeaker?: string;

  @ApiPropertyOptional({ description: 'how to get in, parking, where the room is' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  accessInfo?: string;

  @ApiPropertyOptional({ description: 'what the room offers, what to bring' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  equipment?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'the speaker’s contact on the day; null: the inviting instructor',
  })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(200)
  contactName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsEmail()
  @MaxLength(320)
  contactEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(50)
  contactPhone?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    minimum: 1,
    maximum: 30,
    description: `days without an answer before one reminder (default ${DEFAULT_REMINDER_DAYS}); null: none`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(30)
  reminderDays?: number | null;
}

export class CreateInvitationDto extends InvitationTextsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  speakerId: string;
}

export const TRANSITION_TARGETS = [
  'invited',
  'confirmed',
  'declined',
  'held',
  'cancelled',
] as const;

export class TransitionDto {
  @ApiProperty({
    enum: TRANSITION_TARGETS,
    description:
      'invited: send (issues the link); confirmed/declined: record the answer on the speaker’s behalf; held: after the session began; cancelled',
  })
  @IsIn(TRANSITION_TARGETS)
  to: (typeof TRANSITION_TARGETS)[number];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'kept on the timeline' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

/** The fields the list sorts by, each also as `-field` (descending). */
export const INVITATION_SORTS = ['startsAt', 'speaker', 'talkTitle', 'status'] as const;

export class InvitationQueryDto extends PageQuery(INVITATION_SORTS, 'InvitationSort') {
  @ApiPropertyOptional({ enum: INVITATION_STATUSES })
  @IsOptional()
  @IsIn(INVITATION_STATUSES)
  status?: InvitationStatus;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() speakerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cohortId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sessionId?: string;

  @ApiPropertyOptional({ description: 'only talks whose session has not ended' })
  @IsOptional()
  @Transform(toQueryBool)
  @IsBoolean()
  upcoming?: boolean;
}

export class InvitationSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind: SessionKind;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() timeZone: string;
  @ApiProperty() cancelled: boolean;
  @ApiProperty({ type: RefDto }) cohort: RefDto;
}

export class InvitationSpeakerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty() talkTitle: string;
  @ApiProperty() abstract: string;
  @ApiProperty() messageToSpeaker: string;
  @ApiProperty({ type: String, nullable: true }) speakerNote: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: string | null;
  @ApiProperty({ type: InvitationSessionDto }) session: InvitationSessionDto;
  @ApiProperty({ type: InvitationSpeakerDto }) speaker: InvitationSpeakerDto;
  @ApiProperty({ type: PracticalInfoDto }) practical: PracticalInfoDto;
  @ApiProperty({ type: ContactPersonDto, description: 'as entered (null: the inviter)' })
  contactPerson: ContactPersonDto;
  @ApiProperty({ type: InvitationMailDto }) mail: InvitationMailDto;
  @ApiProperty({ enum: INVITATION_STATUSES, isArray: true, description: 'legal next moves now' })
  allowedTransitions: InvitationStatus[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class InvitationPageDto extends PageOf(InvitationDto) {}

export class InvitationActorDto {
  @ApiProperty({ enum: ACTOR_KINDS }) kind: ActorKind;
  @ApiProperty({ type: String, nullable: true, description: 'the user, or the speaker’s name' })
  name: string | null;
}

export class InvitationEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: INVITATION_EVENT_TYPES }) type: InvitationEventType;
  @ApiProperty({ enum: INVITATION_STATUSES, nullable: true }) fromStatus: InvitationStatus | null;
  @ApiProperty({ enum: INVITATION_STATUSES, nullable: true }) toStatus: InvitationStatus | null;
  @ApiProperty({ type: InvitationActorDto }) actor: InvitationActorDto;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
}

export const LINK_STATES = ['active', 'used', 'expired', 'revoked'] as const;

export class InvitationLinkDto {
  @ApiProperty({ description: 'the speaker’s page (mailed to them; copy it if the mail is lost)' })
  url: string;
  @ApiProperty({
    format: 'date-time',
    description:
      'until when it works (unless revoked): the later of its planned expiry and the end of its session as it stands now',
  })
  expiresAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) usedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastOpenedAt: string | null;
  @ApiProperty({
    enum: LINK_STATES,
    description: 'used: answered through it (it still opens the page, the bio stays editable)',
  })
  state: (typeof LINK_STATES)[number];
}

export class InvitationDetailDto extends InvitationDto {
  @ApiProperty({ type: [InvitationEventDto], description: 'the timeline, oldest first' })
  events: InvitationEventDto[];
  @ApiProperty({ type: InvitationLinkDto, nullable: true, description: 'the latest link' })
  link: InvitationLinkDto | null;
}

/** What the speaker's page shows (public, through the link). */
export class SpeakerViewSessionDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind: SessionKind;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty() timeZone: string;
  @ApiProperty() cancelled: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'why the session was cancelled' })
  cancellationReason: string | null;
  @ApiProperty({ type: String, nullable: true }) roomName: string | null;
  @ApiProperty({ type: String, nullable: true }) roomAddress: string | null;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty() cohortName: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty({ type: String, nullable: true }) moduleTitle: string | null;
}

export class SpeakerViewProfileDto {
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty() bio: string;
  @ApiProperty({ type: String, nullable: true }) websiteUrl: string | null;
}

export class SpeakerInvitationViewDto {
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty() talkTitle: string;
  @ApiProperty() abstract: string;
  @ApiProperty() messageToSpeaker: string;
  @ApiProperty({ type: String, nullable: true }) speakerNote: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) respondedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) invitedBy: string | null;
  @ApiProperty({ type: SpeakerViewSessionDto }) session: SpeakerViewSessionDto;
  @ApiProperty({ type: SpeakerViewProfileDto }) speaker: SpeakerViewProfileDto;
  @ApiProperty({ type: PracticalInfoDto }) practical: PracticalInfoDto;
  @ApiProperty({
    format: 'date-time',
    description: 'until when the link works: at least until the talk is over',
  })
  expiresAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'answered then' })
  usedAt: string | null;
  @ApiProperty({ description: 'the invitation awaits an answer and the link has not been used' })
  canAnswer: boolean;
}

export class SpeakerAnswerDto {
  @ApiProperty({ enum: ['confirm', 'decline'] })
  @IsIn(['confirm', 'decline'])
  answer: 'confirm' | 'decline';

  @ApiPropertyOptional({ type: String, nullable: true, description: 'e.g. why not, or a wish' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}
