import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsService } from './assessments.service';
import { GradeTransferService } from './grade-transfer.service';
import { GradesController } from './grades.controller';
import { GradesService } from './grades.service';

/** Assessments, grades and their audit, release, the gradebook and its CSV. */
@Module({
  imports: [NotificationsModule],
  controllers: [AssessmentsController, GradesController],
  providers: [AssessmentsService, GradesService, GradeTransferService],
  exports: [GradesService],
})
export class AssessmentsModule {}
