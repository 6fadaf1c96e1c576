import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { trimToNull } from '../../common/transforms';
import { IsInstant } from '../../common/dates';
import { WEB_URL } from '../../scheduling';

export class ScheduleDefenceDto {
  @ApiProperty({ format: 'date-time', example: '2027-06-16T09:00:00+02:00' })
  @IsInstant()
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2027-06-16T09:45:00+02:00' })
  @IsInstant()
  endsAt: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  roomId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'video-conference link' })
  @IsOptional()
  @Transform(trimToNull)
  @IsUrl(WEB_URL)
  @MaxLength(2000)
  onlineUrl?: string | null;

  @ApiProperty({
    type: [String],
    description: 'instructors on the jury; the tutor always sits on it and need not be listed',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  juryIds: string[];

  @ApiPropertyOptional({
    default: false,
    description: 'the partner’s mentor is invited to the jury',
  })
  @IsOptional()
  @IsBoolean()
  mentorAttends?: boolean;
}

export class CancelDefenceDto {
  @ApiPropertyOptional({ example: 'Report à la demande du partenaire' })
  @IsOptional()
  @Transform(trimToNull)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class DefenceJurorDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty() email: string;
}

export class DefenceRoomDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
}

/** A project's defence: the session (kind `defence`) and its jury. */
export class ProjectDefenceDto {
  @ApiProperty({ format: 'uuid', description: 'the session in the schedule' }) sessionId: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ example: 'Europe/Zurich' }) timeZone: string;
  @ApiProperty({ type: DefenceRoomDto, nullable: true }) room: DefenceRoomDto | null;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ type: [DefenceJurorDto], description: 'instructors on the jury' })
  jury: DefenceJurorDto[];
  @ApiProperty() mentorAttends: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'the mentor’s name when invited' })
  mentorName: string | null;
}
