import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import { CohortsService } from './cohorts.service';
import {
  CohortDto,
  CohortPageDto,
  CohortQueryDto,
  CreateCohortDto,
  SetCohortInstructorsDto,
  UpdateCohortDto,
} from './dto/cohorts.dto';

/** Admins manage cohorts; instructors read those they teach, students their own. */
@ApiTags('cohorts')
@Roles('admin')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: CohortPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: CohortQueryDto): Promise<CohortPageDto> {
    return this.cohorts.list(user, query);
  }

  @Post()
  @ApiCreatedResponse({ type: CohortDto })
  create(@Body() dto: CreateCohortDto): Promise<CohortDto> {
    return this.cohorts.create(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: CohortDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<CohortDto> {
    return this.cohorts.get(user, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: CohortDto })
  update(@IdParam() id: string, @Body() dto: UpdateCohortDto): Promise<CohortDto> {
    return this.cohorts.update(id, dto);
  }

  @Put(':id/instructors')
  @ApiOkResponse({ type: CohortDto })
  setInstructors(@IdParam() id: string, @Body() dto: SetCohortInstructorsDto): Promise<CohortDto> {
    return this.cohorts.setInstructors(id, dto.instructorIds);
  }

  /** Only a cohort without enrolments; otherwise 409 `cohort.in_use`. */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@IdParam() id: string): Promise<void> {
    return this.cohorts.remove(id);
  }
}
