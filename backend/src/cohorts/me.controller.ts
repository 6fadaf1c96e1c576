import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '../identity';
import { CohortsService } from './cohorts.service';
import { CohortDto } from './dto/cohorts.dto';
import { MyProgrammeDto } from './dto/me.dto';
import { MyProgrammeService } from './my-programme.service';

/** The signed-in user's own programme (student) or cohorts (instructor). */
@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(
    private readonly myProgramme: MyProgrammeService,
    private readonly cohorts: CohortsService,
  ) {}

  @Get('programme')
  @Roles('student')
  @ApiOkResponse({ type: MyProgrammeDto })
  programme(@CurrentUser() user: AuthUser): Promise<MyProgrammeDto> {
    return this.myProgramme.of(user.id);
  }

  @Get('cohorts')
  @Roles('instructor')
  @ApiOkResponse({ type: [CohortDto] })
  cohortsITeach(@CurrentUser() user: AuthUser): Promise<CohortDto[]> {
    return this.cohorts.taughtBy(user.id);
  }
}
