/**
 * The public surface of the programmes domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by programmes alone; other domains call its services to change them.
 */
export { ProgrammesModule } from './programmes.module';
export { CourseModulesService, toCourseModule } from './course-modules.service';
export { ProgrammesService } from './programmes.service';
export * from './dto/course-modules.dto';
export * from './dto/diploma-rules.dto';
export * from './dto/structure.dto';
export { DiplomaRulesService } from './diploma-rules.service';
export { ProgrammeStructureService } from './programme-structure.service';
export * from './grading-scale';
export * from './time-zone';
export * from './diploma-rules';
export * from './diploma-rule.entity';
export * from './module-group.entity';
export * from './programme-period.entity';
export * from './course-module.entity';
export * from './programme.entity';
