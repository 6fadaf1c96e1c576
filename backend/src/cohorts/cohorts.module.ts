import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity';
import { CohortEnrolmentsController } from './cohort-enrolments.controller';
import { CohortsController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { EnrolmentImportService } from './enrolment-import.service';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsService } from './enrolments.service';
import { MeController } from './me.controller';
import { MyProgrammeService } from './my-programme.service';

@Module({
  imports: [IdentityModule],
  controllers: [CohortsController, CohortEnrolmentsController, EnrolmentsController, MeController],
  providers: [CohortsService, EnrolmentsService, EnrolmentImportService, MyProgrammeService],
  exports: [CohortsService, EnrolmentsService],
})
export class CohortsModule {}
