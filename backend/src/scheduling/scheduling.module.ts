import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { RoomsController } from './rooms.controller';
import { RoomsService } from './rooms.service';
import { SeriesService } from './series.service';
import { SeriesEditsService } from './series-edits.service';
import { SessionCancellationService } from './session-cancellation';
import { SessionEvents } from './session-events';
import { SessionNoticesService } from './session-notices';
import { SessionReadsService } from './session-reads.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';
import { SlotsService } from './slots.service';
import { SynthesesController } from './syntheses.controller';
import { SynthesesService } from './syntheses.service';

/** Rooms, sessions (single, series and slots within days), conflict-free planning, and students' syntheses. */
@Module({
  imports: [NotificationsModule],
  controllers: [RoomsController, SessionsController, SynthesesController],
  providers: [
    RoomsService,
    SessionsService,
    SlotsService,
    SeriesService,
    SeriesEditsService,
    SessionReadsService,
    SessionCancellationService,
    SessionEvents,
    SessionNoticesService,
    SynthesesService,
  ],
  exports: [SessionReadsService, SessionsService, SessionCancellationService, SessionEvents],
})
export class SchedulingModule {}
