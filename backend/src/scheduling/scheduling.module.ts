import { Module } from '@nestjs/common';
import { RoomsController } from './rooms.controller';
import { RoomsService } from './rooms.service';
import { SeriesService } from './series.service';
import { SessionCancellationService } from './session-cancellation';
import { SessionReadsService } from './session-reads.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { SynthesesController } from './syntheses.controller';
import { SynthesesService } from './syntheses.service';

/** Rooms, sessions (single and series), conflict-free planning, and students' syntheses. */
@Module({
  controllers: [RoomsController, SessionsController, SynthesesController],
  providers: [
    RoomsService,
    SessionsService,
    SeriesService,
    SessionReadsService,
    SessionCancellationService,
    SynthesesService,
  ],
  exports: [SessionReadsService, SessionsService, SessionCancellationService],
})
export class SchedulingModule {}
