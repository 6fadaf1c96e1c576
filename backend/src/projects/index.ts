/**
 * The public surface of the projects domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by projects alone; other domains call its services to change them.
 */
export { ProjectsModule } from './projects.module';
export { ProjectAccessService } from './project-access';
export { ProjectsService } from './projects.service';
export { MilestoneRemindersService, MILESTONE_REMINDERS_QUEUE } from './milestone-reminders';
export * from './milestone-state';
export * from './milestone-kinds';
export * from './project-states';
