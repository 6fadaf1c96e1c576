/**
 * The public surface of the job queue: the only file another domain may import from it. The
 * queue imports no domain; mail, reminders and digests all go through it.
 */
export { JobsModule } from './jobs.module';
export { JobsService, JOBS_SCHEMA } from './jobs.service';
export type { JobHandler, SendOptions, WorkOptions } from './jobs.service';
