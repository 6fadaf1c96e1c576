import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { Authenticated, type AuthUser, CurrentUser, Roles } from '../identity';
import { CourseModulesService } from './course-modules.service';
import { CourseModuleDto, UpdateCourseModuleDto } from './dto/course-modules.dto';

/** One module; the list and creation live under its programme. */
@ApiTags('programmes')
@Roles('admin')
@Controller('modules')
export class CourseModulesController {
  constructor(private readonly modules: CourseModulesService) {}

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: CourseModuleDto })
  get(@CurrentUser() user: AuthUser, @IdParam() id: string): Promise<CourseModuleDto> {
    return this.modules.get(user, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: CourseModuleDto })
  update(@IdParam() id: string, @Body() dto: UpdateCourseModuleDto): Promise<CourseModuleDto> {
    return this.modules.update(id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOkResponse({ type: CourseModuleDto })
  archive(@IdParam() id: string): Promise<CourseModuleDto> {
    return this.modules.setArchived(id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @ApiOkResponse({ type: CourseModuleDto })
  restore(@IdParam() id: string): Promise<CourseModuleDto> {
    return this.modules.setArchived(id, false);
  }

  /** Only a module nothing refers to; otherwise 409 `module.in_use` (archive it). */
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@IdParam() id: string): Promise<void> {
    return this.modules.remove(id);
  }
}
