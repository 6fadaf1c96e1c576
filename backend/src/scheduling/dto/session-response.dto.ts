import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INVITATION_STATUSES,
  type InvitationStatus,
  SESSION_KINDS,
  SESSION_STATUSES,
  type SessionKind,
  type SessionStatus,
} from '../session-kind';
import { MaterialLinkDto, PersonRefDto, RefDto } from './common.dto';

export class SessionProgrammeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 'Europe/Zurich' }) timeZone: string;
}

export class SessionModuleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() title: string;
}

export class SessionRoomDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
}

export class SessionSpeakerDto {
  @ApiProperty({ format: 'uuid' }) invitationId: string;
  @ApiProperty({ format: 'uuid' }) speakerId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ type: String, nullable: true }) organisation: string | null;
  @ApiProperty({ type: String, nullable: true }) jobTitle: string | null;
  @ApiProperty() talkTitle: string;
  @ApiProperty({ enum: INVITATION_STATUSES, description: 'students only see confirmed and held' })
  status: InvitationStatus;
  @ApiPropertyOptional({ description: 'detail only' }) abstract?: string;
  @ApiPropertyOptional({ description: 'detail only' }) bio?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) photoUrl?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) websiteUrl?: string | null;
}

/** The day a slot lies within. */
export class SessionParentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
}

/** One slot of a day's agenda, as the day shows it. */
export class SessionSlotDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind: SessionKind;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
  @ApiProperty({ type: String, nullable: true, description: "its own room; null: the day's" })
  roomName: string | null;
  @ApiProperty({ type: [String], description: 'confirmed or held speakers' }) speakers: string[];
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: RefDto }) cohort: RefDto;
  @ApiProperty({ type: SessionProgrammeDto }) programme: SessionProgrammeDto;
  @ApiProperty({ type: SessionModuleDto, nullable: true }) module: SessionModuleDto | null;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind: SessionKind;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ example: 'Europe/Zurich', description: "the programme's zone, to show times in" })
  timeZone: string;
  @ApiProperty({
    type: SessionRoomDto,
    nullable: true,
    description: "where it happens: a slot's own room, or its day's",
  })
  room: SessionRoomDto | null;
  @ApiProperty({ description: "a slot in its day's room (it names none of its own)" })
  roomFromDay: boolean;
  @ApiProperty({
    type: SessionParentDto,
    nullable: true,
    description: 'a slot: the day it lies within; null for a course day',
  })
  parent: SessionParentDto | null;
  @ApiProperty({ type: [SessionSlotDto], description: "a day's agenda: its slots, in time order" })
  slots: SessionSlotDto[];
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ type: [MaterialLinkDto] }) materials: MaterialLinkDto[];
  @ApiProperty({ enum: SESSION_STATUSES }) status: SessionStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) cancellationReason: string | null;
  @ApiProperty({ description: 'iCalendar SEQUENCE; send it back as expectedSequence' })
  sequence: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) seriesId: string | null;
  @ApiProperty({ type: [PersonRefDto] }) instructors: PersonRefDto[];
  @ApiProperty({ type: [SessionSpeakerDto] }) speakers: SessionSpeakerDto[];
  @ApiProperty({ description: 'whether the caller may edit it and its invitations' })
  canManage: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class SessionListDto {
  @ApiProperty({ type: [SessionDto] }) items: SessionDto[];
  @ApiProperty({ format: 'date-time' }) from: string;
  @ApiProperty({ format: 'date-time' }) to: string;
}

export class SeriesCreatedDto {
  @ApiProperty({ format: 'uuid' }) seriesId: string;
  @ApiProperty({ type: [SessionDto] }) items: SessionDto[];
}

/** The sessions a series edit or cancellation changed, in order. */
export class SeriesChangedDto {
  @ApiProperty({ format: 'uuid' }) seriesId: string;
  @ApiProperty({ type: [SessionDto] }) items: SessionDto[];
}

export const CLASHES = ['room', 'cohort', 'instructor', 'speaker', 'slot'] as const;
export type Clash = (typeof CLASHES)[number];

export class ConflictingSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: RefDto }) cohort: RefDto;
  @ApiProperty({ example: 'Europe/Zurich', description: "its programme's zone" })
  timeZone: string;
}

export class OccurrenceDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
}

/** One clash in a 409 `session.conflict` problem's `conflicts`. */
export class SessionConflictDto {
  @ApiProperty({ enum: CLASHES, description: 'what is double-booked' }) clash: Clash;
  @ApiProperty({
    type: RefDto,
    description: 'the room, cohort, instructor or speaker; for `slot`, the day whose slot overlaps',
  })
  resource: RefDto;
  @ApiProperty({ type: ConflictingSessionDto }) session: ConflictingSessionDto;
  @ApiPropertyOptional({ type: OccurrenceDto, description: 'series only: the refused slot' })
  occurrence?: OccurrenceDto;
}

/** The 409 body of `session.conflict` and `session.series_conflict` (problem+json). */
export class SessionConflictProblemDto {
  @ApiProperty() type: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: 409 }) status: number;
  @ApiProperty({ enum: ['session.conflict', 'session.series_conflict'] }) code: string;
  @ApiProperty() detail: string;
  @ApiProperty({ type: [SessionConflictDto] }) conflicts: SessionConflictDto[];
  @ApiPropertyOptional({ description: 'series only: how many dates were asked for' })
  occurrences?: number;
}
