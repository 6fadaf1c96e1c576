import { Module } from '@nestjs/common';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';
import { TranscriptService } from './transcript.service';

/** Progress to the diploma: the computation, the cohort table, one student's standing, the transcript. */
@Module({
  controllers: [ProgressController],
  providers: [ProgressService, TranscriptService],
  exports: [ProgressService],
})
export class ProgressModule {}
