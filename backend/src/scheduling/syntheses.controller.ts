import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import {
  SaveSynthesisDto,
  SessionSynthesesDto,
  SynthesisDto,
  SynthesisFeedbackDto,
} from './dto/syntheses.dto';
import { SynthesesService } from './syntheses.service';

@ApiTags('syntheses')
@Controller()
export class SynthesesController {
  constructor(private readonly syntheses: SynthesesService) {}

  @Get('sessions/:sessionId/syntheses/mine')
  @Roles('student')
  @ApiOkResponse({ type: SynthesisDto })
  mine(
    @CurrentUser() user: AuthUser,
    @IdParam('sessionId') sessionId: string,
  ): Promise<SynthesisDto> {
    return this.syntheses.mine(user, sessionId);
  }

  @Put('sessions/:sessionId/syntheses/mine')
  @Roles('student')
  @ApiOperation({ summary: 'Save (or hand in, with submit: true) my synthesis of a session' })
  @ApiOkResponse({ type: SynthesisDto })
  save(
    @CurrentUser() user: AuthUser,
    @IdParam('sessionId') sessionId: string,
    @Body() dto: SaveSynthesisDto,
  ): Promise<SynthesisDto> {
    return this.syntheses.save(user, sessionId, dto);
  }

  @Get('sessions/:sessionId/syntheses')
  @Roles('admin', 'instructor')
  @ApiOkResponse({ type: SessionSynthesesDto })
  forSession(
    @CurrentUser() user: AuthUser,
    @IdParam('sessionId') sessionId: string,
  ): Promise<SessionSynthesesDto> {
    return this.syntheses.forSession(user, sessionId);
  }

  @Get('syntheses/:id')
  @Authenticated()
  @ApiOkResponse({ type: SynthesisDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<SynthesisDto> {
    return this.syntheses.get(user, id);
  }

  @Patch('syntheses/:id/feedback')
  @Roles('admin', 'instructor')
  @ApiOkResponse({ type: SynthesisDto })
  feedback(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: SynthesisFeedbackDto,
  ): Promise<SynthesisDto> {
    return this.syntheses.setFeedback(user, id, dto);
  }
}
