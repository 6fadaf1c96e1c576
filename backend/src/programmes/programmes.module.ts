import { Module } from '@nestjs/common';
import { CourseModulesController } from './course-modules.controller';
import { CourseModulesService } from './course-modules.service';
import { DiplomaRulesService } from './diploma-rules.service';
import {
  ModuleGroupsController,
  PeriodsController,
  ProgrammeRulesController,
} from './programme-rules.controller';
import { ProgrammeStructureService } from './programme-structure.service';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';

@Module({
  controllers: [
    ProgrammesController,
    ProgrammeRulesController,
    CourseModulesController,
    PeriodsController,
    ModuleGroupsController,
  ],
  providers: [
    ProgrammesService,
    CourseModulesService,
    ProgrammeStructureService,
    DiplomaRulesService,
  ],
  exports: [
    ProgrammesService,
    CourseModulesService,
    ProgrammeStructureService,
    DiplomaRulesService,
  ],
})
export class ProgrammesModule {}
