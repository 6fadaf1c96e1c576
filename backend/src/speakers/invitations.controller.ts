import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { SessionConflictProblemDto } from '../scheduling';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import {
  CreateInvitationDto,
  InvitationDetailDto,
  InvitationPageDto,
  InvitationQueryDto,
  InvitationTextsDto,
  TransitionDto,
} from './dto/invitations.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Roles('admin', 'instructor')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post('sessions/:sessionId/invitations')
  @ApiOperation({ summary: 'Invite a speaker to a guest talk (a draft until sent)' })
  @ApiCreatedResponse({ type: InvitationDetailDto })
  @ApiConflictResponse({
    type: SessionConflictProblemDto,
    description: 'session.conflict (the speaker is busy then), invitation.duplicate',
  })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam('sessionId') sessionId: string,
    @Body() dto: CreateInvitationDto,
  ): Promise<InvitationDetailDto> {
    return this.invitations.create(user, sessionId, dto);
  }

  @Get('invitations')
  @ApiOkResponse({ type: InvitationPageDto })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: InvitationQueryDto,
  ): Promise<InvitationPageDto> {
    return this.invitations.list(user, query);
  }

  @Get('invitations/:id')
  @ApiOkResponse({ type: InvitationDetailDto, description: 'with its timeline and current link' })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<InvitationDetailDto> {
    return this.invitations.get(user, id);
  }

  @Patch('invitations/:id')
  @ApiOkResponse({ type: InvitationDetailDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: InvitationTextsDto,
  ): Promise<InvitationDetailDto> {
    return this.invitations.update(user, id, dto);
  }

  @Post('invitations/:id/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move the invitation; to: invited issues the speaker’s link' })
  @ApiOkResponse({ type: InvitationDetailDto })
  @ApiConflictResponse({ description: 'invitation.illegal_transition with from, to, allowed' })
  transition(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: TransitionDto,
  ): Promise<InvitationDetailDto> {
    return this.invitations.transition(user, id, dto);
  }

  @Post('invitations/:id/link')
  @ApiOperation({ summary: 'Issue a new link for the speaker; the previous one stops working' })
  @ApiCreatedResponse({ type: InvitationDetailDto })
  newLink(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<InvitationDetailDto> {
    return this.invitations.newLink(user, id);
  }

  @Delete('invitations/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'drafts only' })
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.invitations.remove(user, id);
  }
}
