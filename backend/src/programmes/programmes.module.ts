import { Module } from '@nestjs/common';
import { CourseModulesController } from './course-modules.controller';
import { CourseModulesService } from './course-modules.service';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';

@Module({
  controllers: [ProgrammesController, CourseModulesController],
  providers: [ProgrammesService, CourseModulesService],
  exports: [ProgrammesService, CourseModulesService],
})
export class ProgrammesModule {}
