import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { ProblemDto } from '../common/problem.dto';
import { Authenticated, type AuthUser, CurrentUser } from '../identity';
import {
  NotificationDto,
  NotificationPageDto,
  NotificationPreferencesDto,
  NotificationQueryDto,
  ReadAllDto,
  UnreadCountDto,
  UpdateNotificationPreferencesDto,
} from './dto/notifications.dto';
import { NotificationReadsService } from './notification-reads.service';

/** Everyone's own notifications and notification settings; nobody sees another's. */
@ApiTags('notifications')
@Controller('notifications')
@Authenticated()
export class NotificationsController {
  constructor(private readonly reads: NotificationReadsService) {}

  @Get()
  @ApiOperation({
    summary: 'My notifications, a page (unread first by default), and the unread count',
  })
  @ApiOkResponse({ type: NotificationPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: NotificationQueryDto,
  ): Promise<NotificationPageDto> {
    return this.reads.list(user.id, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread (for the bell)' })
  @ApiOkResponse({ type: UnreadCountDto })
  async unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return { unread: await this.reads.unreadCount(user.id) };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: ReadAllDto })
  async readAll(@CurrentUser() user: AuthUser): Promise<ReadAllDto> {
    return { marked: await this.reads.markAllRead(user.id) };
  }

  @Get('preferences')
  @ApiOperation({ summary: 'How each kind reaches me: mail at once, daily digest or in-app only' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesDto> {
    return this.reads.preferences(user.id);
  }

  @Put('preferences')
  @ApiOperation({ summary: 'Change how some kinds reach me (the others keep their choice)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  updatePreferences(
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.reads.updatePreferences(user.id, dto);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'not one of mine' })
  read(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<NotificationDto> {
    return this.reads.markRead(user.id, id);
  }
}
