import { Module } from '@nestjs/common';
import { AttendanceController } from './attendance.controller';
import { AttendanceSheetsService } from './attendance-sheets.service';
import { RosterService } from './roster.service';
import { SigningService } from './signing.service';
import { StudentAttendanceService } from './student-attendance.service';

/** Attendance (émargement): rosters, signing by QR code or online, certified PDF sheets, rates. */
@Module({
  controllers: [AttendanceController],
  providers: [RosterService, SigningService, AttendanceSheetsService, StudentAttendanceService],
  exports: [StudentAttendanceService],
})
export class AttendanceModule {}
