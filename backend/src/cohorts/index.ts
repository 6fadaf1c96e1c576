/**
 * The public surface of the cohorts domain: the only file another domain may import from it (an
 * ESLint rule refuses deeper paths). Its module and exported services, the DTOs and vocabulary
 * others build on, and its entities for TypeORM relations and reads — the tables stay written
 * by cohorts alone; other domains call its services to change them.
 */
export { CohortsModule } from './cohorts.module';
export { CohortsService } from './cohorts.service';
export { EnrolmentsService } from './enrolments.service';
export * from './cohort.entity';
export * from './enrolment.entity';
