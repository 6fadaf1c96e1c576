import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress';
import { HonoursService } from './honours.service';
import { JuriesController } from './juries.controller';
import { JuriesService } from './juries.service';
import { JuryDecisionsService } from './jury-decisions.service';
import { MinutesService } from './minutes.service';

/** Jury deliberation: juries, members, append-only decisions, sign-off, minutes, honours. */
@Module({
  imports: [ProgressModule],
  controllers: [JuriesController],
  providers: [JuriesService, JuryDecisionsService, MinutesService, HonoursService],
  exports: [JuriesService],
})
export class JuriesModule {}
