import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import {
  CreateVeilleTeamDto,
  UpdateVeilleTeamDto,
  VeillePublicationDto,
  VeilleTeamDto,
} from './dto/veille.dto';
import { VeilleTeamsService } from './veille-teams.service';

@ApiTags('veille')
@Controller('veille')
export class VeilleTeamsController {
  constructor(private readonly teams: VeilleTeamsService) {}

  @Post('cohorts/:cohortId/teams')
  @Authenticated()
  @ApiOperation({ summary: 'Form a watch team (409 if a member is already in one)' })
  @ApiCreatedResponse({ type: VeilleTeamDto })
  create(
    @CurrentUser() user: AuthUser,
    @IdParam('cohortId') cohortId: string,
    @Body() dto: CreateVeilleTeamDto,
  ): Promise<VeilleTeamDto> {
    return this.teams.create(user, cohortId, dto);
  }

  @Get('teams/:id')
  @Authenticated()
  @ApiOkResponse({ type: VeilleTeamDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<VeilleTeamDto> {
    return this.teams.get(user, id);
  }

  @Patch('teams/:id')
  @Authenticated()
  @ApiOkResponse({ type: VeilleTeamDto })
  update(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: UpdateVeilleTeamDto,
  ): Promise<VeilleTeamDto> {
    return this.teams.update(user, id, dto);
  }

  @Delete('teams/:id')
  @HttpCode(204)
  @Authenticated()
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<void> {
    return this.teams.remove(user, id);
  }

  @Put('teams/:id/publication')
  @Roles('admin', 'instructor')
  @ApiOperation({ summary: "Publish or withdraw the team's public page and feeds" })
  @ApiOkResponse({ type: VeilleTeamDto })
  publish(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: VeillePublicationDto,
  ): Promise<VeilleTeamDto> {
    return this.teams.publish(user, id, dto.publicFeed);
  }
}
