import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { RefDto } from '../../scheduling';

export const FEED_REQUEST_SCOPES = ['me', 'cohort', 'speaker'] as const;

export class CreateCalendarFeedDto {
  @ApiProperty({
    enum: FEED_REQUEST_SCOPES,
    description:
      "me: a student's cohort sessions or an instructor's own; cohort: a cohort's (cohortId); speaker: a speaker's talks (speakerId, planners only)",
  })
  @IsIn(FEED_REQUEST_SCOPES)
  scope: (typeof FEED_REQUEST_SCOPES)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  speakerId?: string;
}

export class CalendarFeedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['user', 'cohort', 'speaker'] }) scope: string;
  @ApiProperty({ type: RefDto, nullable: true }) cohort: RefDto | null;
  @ApiProperty({ type: RefDto, nullable: true }) speaker: RefDto | null;
  @ApiProperty({ description: 'private https URL to subscribe to; treat it like a password' })
  url: string;
  @ApiProperty({ description: 'the same as webcal://, which opens calendar apps directly' })
  webcalUrl: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastFetchedAt: string | null;
}
