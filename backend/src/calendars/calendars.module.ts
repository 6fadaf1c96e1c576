import { Module } from '@nestjs/common';
import { SchedulingModule } from '../scheduling';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CalendarsController } from './calendars.controller';
import { SessionIcsService } from './session-ics.service';

/** iCalendar: private subscription feeds and single-session downloads. */
@Module({
  imports: [SchedulingModule],
  controllers: [CalendarsController],
  providers: [CalendarFeedsService, SessionIcsService],
})
export class CalendarsModule {}
