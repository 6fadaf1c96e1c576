import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MAX_INT4, toQueryBool } from '../../common/input-query';
import { IsCalendarDate, IsInstant, IsTimeOfDay } from '../../common/dates';
import { trim } from '../../common/transforms';
import { DAY_KINDS, SESSION_KINDS, SLOT_KINDS, type SessionKind } from '../session-kind';
import { MaterialLinkDto, WEB_URL } from './common.dto';

/** Fields a single session and a series share. */
class SessionFieldsDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @ApiProperty({ example: 'Culture et stratégie des médias sociaux — jour 1' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiProperty({ enum: DAY_KINDS })
  @IsIn(DAY_KINDS)
  kind: SessionKind;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'video-conference link' })
  @IsOptional()
  @Transform(trim)
  @IsUrl(WEB_URL)
  @MaxLength(2000)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'ids of instructors who teach it' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  instructorIds?: string[];

  @ApiPropertyOptional({ type: [MaterialLinkDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MaterialLinkDto)
  materials?: MaterialLinkDto[];
}

export class CreateSessionDto extends SessionFieldsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId: string;

  @ApiProperty({ format: 'date-time', example: '2026-09-04T09:00:00+02:00' })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-09-04T17:00:00+02:00' })
  @IsInstant()
  endsAt: string;
}

/** A slot within a course day: a guest talk, a workshop, an exam, a break (the day's module). */
export class CreateSlotDto extends PickType(SessionFieldsDto, [
  'title',
  'description',
  'onlineUrl',
  'instructorIds',
] as const) {
  @ApiProperty({ enum: SLOT_KINDS })
  @IsIn(SLOT_KINDS)
  kind: SessionKind;

  @ApiProperty({ format: 'date-time', example: '2026-09-04T14:00:00+02:00' })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2026-09-04T15:30:00+02:00' })
  @IsInstant()
  endsAt: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "another room than the day's; null or absent: the day's room",
  })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;
}

export class UpdateSessionDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  moduleId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  description?: string;

  @ApiPropertyOptional({ enum: SESSION_KINDS })
  @IsOptional()
  @IsIn(SESSION_KINDS)
  kind?: SessionKind;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsInstant()
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsInstant()
  endsAt?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsUrl(WEB_URL)
  @MaxLength(2000)
  onlineUrl?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'the full list; replaces the current one' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  instructorIds?: string[];

  @ApiPropertyOptional({ type: [MaterialLinkDto], description: 'the full list' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => MaterialLinkDto)
  materials?: MaterialLinkDto[];

  @ApiPropertyOptional({
    description: 'the sequence the client last saw: a stale edit is refused (409 session.stale)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_INT4)
  expectedSequence?: number;

  @ApiPropertyOptional({
    example: 'Salle indisponible',
    description: 'why it changed: told to the cohort with the notice of a move or change',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CancelSessionDto {
  @ApiPropertyOptional({ example: 'Intervenant malade' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CreateSeriesDto extends SessionFieldsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  cohortId: string;

  @ApiPropertyOptional({ format: 'date', description: 'first date of the pattern' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'last date of the pattern (inclusive)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ type: [Number], description: 'ISO weekdays: 1 = Monday … 7 = Sunday' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays?: number[];

  @ApiPropertyOptional({ type: [String], description: 'explicit dates (YYYY-MM-DD)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsCalendarDate({ each: true })
  dates?: string[];

  @ApiPropertyOptional({ type: [String], description: 'dates to leave out (holidays)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsCalendarDate({ each: true })
  exceptDates?: string[];

  @ApiProperty({ example: '09:00', description: "wall-clock time in the programme's zone" })
  @IsTimeOfDay()
  startTime: string;

  @ApiProperty({ example: '17:00' })
  @IsTimeOfDay()
  endTime: string;
}

export class SessionQueryDto {
  @ApiProperty({ format: 'date-time', description: 'sessions ending after this instant' })
  @IsInstant()
  from: string;

  @ApiProperty({
    format: 'date-time',
    description: 'sessions starting before this instant (at most 400 days after from)',
  })
  @IsInstant()
  to: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cohortId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() moduleId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() roomId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() speakerId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() instructorId?: string;

  @ApiPropertyOptional({ enum: SESSION_KINDS })
  @IsOptional()
  @IsIn(SESSION_KINDS)
  kind?: SessionKind;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @Transform(toQueryBool)
  @IsBoolean()
  includeCancelled?: boolean;
}

export const SERIES_SCOPES = ['following', 'all'] as const;
export type SeriesScope = (typeof SERIES_SCOPES)[number];

const SCOPE_DOC = {
  enum: SERIES_SCOPES,
  enumName: 'SeriesScope',
  description:
    '`following`: this session and the later ones of its series; `all`: the whole series. ' +
    'Cancelled sessions are left as they are.',
};

/** One change for many sessions of a series: all of them, or none and every clash named. */
export class UpdateSeriesDto {
  @ApiProperty(SCOPE_DOC)
  @IsIn(SERIES_SCOPES)
  scope: SeriesScope;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'null: none' })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'the full list; replaces each one’s' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  instructorIds?: string[];

  @ApiPropertyOptional({
    example: '09:00',
    description: "new start, wall-clock time in the programme's zone; each keeps its date",
  })
  @IsOptional()
  @IsTimeOfDay()
  startTime?: string;

  @ApiPropertyOptional({ example: '17:00' })
  @IsOptional()
  @IsTimeOfDay()
  endTime?: string;

  @ApiPropertyOptional({ description: 'why it changed: told with the notices' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class CancelSeriesDto {
  @ApiProperty(SCOPE_DOC)
  @IsIn(SERIES_SCOPES)
  scope: SeriesScope;

  @ApiPropertyOptional({ example: 'Module reporté' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  reason?: string;
}
