import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  ValidateNested,
} from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { toQueryBool } from '../../common/input-query';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from '../notification-kinds';

/** `unread`: unread first, then newest; `createdAt`: by time (`-createdAt`: newest first). */
export const NOTIFICATION_SORTS = ['unread', 'createdAt'] as const;
export type NotificationSortField = (typeof NOTIFICATION_SORTS)[number];

export class NotificationQueryDto extends PageQuery(NOTIFICATION_SORTS, 'NotificationSort') {
  @ApiPropertyOptional({ type: Boolean, description: 'only the unread ones' })
  @IsOptional()
  @Transform(toQueryBool)
  @IsBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' }) kind: NotificationKind;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'may be empty' }) body: string;
  @ApiProperty({ description: 'the app path of what it is about', example: '/student/projects/…' })
  link: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
}

export class NotificationPageDto extends PageOf(NotificationDto) {
  @ApiProperty({ description: 'how many of the caller’s notifications are unread' })
  unread: number;
}

export class UnreadCountDto {
  @ApiProperty() unread: number;
}

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' })
  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @ApiProperty({
    enum: NOTIFICATION_CHANNELS,
    enumName: 'NotificationChannel',
    description: 'mail: a mail at once; digest: in the daily digest; in_app: the bell only',
  })
  @IsIn(NOTIFICATION_CHANNELS)
  channel: NotificationChannel;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto], description: 'one per kind' })
  items: NotificationPreferenceDto[];
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({
    type: [NotificationPreferenceDto],
    description: 'the kinds to change; the others keep their choice',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ArrayUnique((p: NotificationPreferenceDto) => p?.kind)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  items: NotificationPreferenceDto[];
}

export class ReadAllDto {
  @ApiProperty({ description: 'how many were marked read' }) marked: number;
}
