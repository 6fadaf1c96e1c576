import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import { CourseModulesService } from './course-modules.service';
import {
  CourseModuleDto,
  CreateCourseModuleDto,
  ReorderCourseModulesDto,
} from './dto/course-modules.dto';
import {
  CreateProgrammeDto,
  ProgrammeDetailDto,
  ProgrammePageDto,
  ProgrammeQueryDto,
  UpdateProgrammeDto,
} from './dto/programmes.dto';
import { ProgrammesService } from './programmes.service';

/** Admins manage programmes; instructors and students read the ones their cohorts follow. */
@ApiTags('programmes')
@Roles('admin')
@Controller('programmes')
export class ProgrammesController {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly modules: CourseModulesService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: ProgrammePageDto })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ProgrammeQueryDto,
  ): Promise<ProgrammePageDto> {
    return this.programmes.list(user, query);
  }

  @Post()
  @ApiCreatedResponse({ type: ProgrammeDetailDto })
  create(@Body() dto: CreateProgrammeDto): Promise<ProgrammeDetailDto> {
    return this.programmes.create(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: ProgrammeDetailDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<ProgrammeDetailDto> {
    return this.programmes.get(user, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: ProgrammeDetailDto })
  update(@IdParam() id: string, @Body() dto: UpdateProgrammeDto): Promise<ProgrammeDetailDto> {
    return this.programmes.update(id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeDetailDto })
  archive(@IdParam() id: string): Promise<ProgrammeDetailDto> {
    return this.programmes.setArchived(id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: ProgrammeDetailDto })
  restore(@IdParam() id: string): Promise<ProgrammeDetailDto> {
    return this.programmes.setArchived(id, false);
  }

  /** Only a programme without cohorts; otherwise 409 `programme.in_use` (archive it). */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@IdParam() id: string): Promise<void> {
    return this.programmes.remove(id);
  }

  @Get(':id/modules')
  @Authenticated()
  @ApiOkResponse({ type: [CourseModuleDto] })
  modulesOf(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<CourseModuleDto[]> {
    return this.modules.listVisible(user, id);
  }

  @Post(':id/modules')
  @ApiCreatedResponse({ type: CourseModuleDto })
  addModule(@IdParam() id: string, @Body() dto: CreateCourseModuleDto): Promise<CourseModuleDto> {
    return this.modules.create(id, dto);
  }

  @Put(':id/modules/order')
  @ApiOkResponse({ type: [CourseModuleDto] })
  reorder(@IdParam() id: string, @Body() dto: ReorderCourseModulesDto): Promise<CourseModuleDto[]> {
    return this.modules.reorder(id, dto);
  }
}
