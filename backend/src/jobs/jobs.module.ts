import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** The job queue (pg-boss), one per app: global, so every domain injects JobsService. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
