import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Revalidated } from '../common/etag';
import { IdParam } from '../common/id-param';
import { LanguageQueryDto } from '../common/input-query';
import { Authenticated, type AuthUser, CurrentUser, Public } from '../identity';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarFeedDto, CreateCalendarFeedDto } from './dto/calendar-feeds.dto';
import { SessionIcsService } from './session-ics.service';

const calendarHeaders = (reply: FastifyReply, filename: string, inline: boolean) =>
  reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename="${filename}"`)
    .header('cache-control', 'private, max-age=300');

@ApiTags('calendars')
@Controller()
export class CalendarsController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly sessionIcs: SessionIcsService,
  ) {}

  @Get('calendar-feeds')
  @Authenticated()
  @ApiOkResponse({ type: [CalendarFeedDto], description: 'my subscriptions that still work' })
  list(@CurrentUser() user: AuthUser): Promise<CalendarFeedDto[]> {
    return this.feeds.list(user);
  }

  @Post('calendar-feeds')
  @Authenticated()
  @ApiOperation({ summary: 'A private iCalendar URL to subscribe to in a calendar app' })
  @ApiCreatedResponse({ type: CalendarFeedDto })
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateCalendarFeedDto,
  ): Promise<CalendarFeedDto> {
    return this.feeds.create(user, dto);
  }

  @Delete('calendar-feeds/:id')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'revoked: its URL answers 404 from now on' })
  revoke(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.feeds.revoke(user, id);
  }

  @Get('calendar/:file')
  @Public()
  @ApiOperation({ summary: 'The feed itself: GET /api/calendar/<token>.ics (no sign-in)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar' })
  // Calendar apps poll the feed every few minutes: an unchanged one is a bodiless 304.
  @Revalidated()
  async feed(
    @Param('file') file: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.feeds.render(file);
    calendarHeaders(reply, 'clique.ics', true);
    return body;
  }

  @Get('sessions/:id/calendar.ics')
  @Authenticated()
  @ApiOperation({ summary: 'One session as an .ics download' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar' })
  @Revalidated()
  async session(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Query() { lang }: LanguageQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.sessionIcs.render(user, id, lang ?? user.preferredLanguage);
    calendarHeaders(reply, `session-${id}.ics`, false);
    return body;
  }
}
