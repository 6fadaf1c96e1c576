import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { LanguageQueryDto } from '../common/input-query';
import { Public } from '../identity';
import { SpeakerAnswerDto, SpeakerInvitationViewDto } from './dto/invitations.dto';
import { SpeakerProfileDto } from './dto/speakers.dto';
import { SpeakerLinksService } from './speaker-links.service';

/**
 * The speaker's page, reached through a signed link without an account. State-changing calls
 * need the CSRF header like any anonymous request: the page is served by the app on the same
 * origin, which echoes the XSRF-TOKEN cookie.
 */
@ApiTags('speaker links')
@Public()
@Controller('speaker-links/:token')
export class SpeakerLinksController {
  constructor(private readonly links: SpeakerLinksService) {}

  @Get()
  @ApiOperation({ summary: 'The invitation and its session, as the speaker sees them' })
  @ApiOkResponse({ type: SpeakerInvitationViewDto })
  view(@Param('token') token: string): Promise<SpeakerInvitationViewDto> {
    return this.links.view(token);
  }

  @Post('answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Confirm or decline, once' })
  @ApiOkResponse({ type: SpeakerInvitationViewDto })
  answer(
    @Param('token') token: string,
    @Body() dto: SpeakerAnswerDto,
  ): Promise<SpeakerInvitationViewDto> {
    return this.links.answer(token, dto);
  }

  @Patch('profile')
  @ApiOperation({ summary: 'Edit my job title, bio and website' })
  @ApiOkResponse({ type: SpeakerInvitationViewDto })
  profile(
    @Param('token') token: string,
    @Body() dto: SpeakerProfileDto,
  ): Promise<SpeakerInvitationViewDto> {
    return this.links.editProfile(token, dto);
  }

  @Get('calendar.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'the talk as an iCalendar file' })
  async ics(
    @Param('token') token: string,
    @Query() { lang }: LanguageQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.links.ics(token, lang ?? 'fr');
    reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="talk.ics"')
      .header('cache-control', 'no-store');
    return body;
  }
}
