import { Body, Controller, HttpCode, Post, Put } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { CancelDefenceDto, ProjectDefenceDto, ScheduleDefenceDto } from './dto/defences.dto';
import { ProjectDefencesService } from './project-defences.service';

/** The tutor (or an admin) schedules, moves or cancels a project's defence. */
@ApiTags('projects')
@Roles('instructor', 'admin')
@Controller('projects/:id/defence')
export class ProjectDefencesController {
  constructor(private readonly defences: ProjectDefencesService) {}

  /**
   * Creates the defence session, or moves it. Scheduling's rules apply: a room, the cohort or
   * a jury member already busy at that time is a 409 `session.conflict` naming the clashes.
   */
  @Put()
  @ApiOkResponse({ type: ProjectDefenceDto })
  schedule(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: ScheduleDefenceDto,
  ): Promise<ProjectDefenceDto> {
    return this.defences.schedule(user, id, dto);
  }

  /** Cancels the defence session (it stays in calendars, cancelled). */
  @Post('cancel')
  @HttpCode(204)
  @ApiNoContentResponse()
  cancel(
    @CurrentUser() user: AuthUser,
    @IdParam() id: string,
    @Body() dto: CancelDefenceDto,
  ): Promise<void> {
    return this.defences.cancel(user, id, dto);
  }
}
