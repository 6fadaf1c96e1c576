import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { SchedulingModule } from '../scheduling';
import { StorageModule } from '../storage';
import { FeedbackService } from './feedback.service';
import { GradesService } from './grades.service';
import { MentorLinksService } from './mentor-links.service';
import { MentorController } from './mentor.controller';
import { MentorMailService } from './mentor-mail.service';
import { MentorService } from './mentor.service';
import { MilestonesController } from './milestones.controller';
import { MilestonesService } from './milestones.service';
import { ProjectAccessService } from './project-access';
import { ProjectDefencesController } from './project-defences.controller';
import { ProjectDefencesService } from './project-defences.service';
import { MilestoneRemindersService } from './milestone-reminders';
import { ProjectNoticesService } from './project-notices';
import { ProjectListsService } from './project-lists.service';
import { ProjectSheetsService } from './project-sheets.service';
import { ProjectTransitionsService } from './project-transitions.service';
import { ProjectsController } from './projects.controller';
import { ProjectsService } from './projects.service';
import { SubmissionsService } from './submissions.service';

/** Tutored projects with partner organisations: proposals, teams, milestones, files, feedback. */
@Module({
  imports: [StorageModule, SchedulingModule, NotificationsModule],
  controllers: [
    ProjectsController,
    MilestonesController,
    ProjectDefencesController,
    MentorController,
  ],
  providers: [
    ProjectAccessService,
    ProjectsService,
    ProjectListsService,
    ProjectTransitionsService,
    MilestonesService,
    SubmissionsService,
    FeedbackService,
    GradesService,
    MentorLinksService,
    MentorService,
    MentorMailService,
    ProjectSheetsService,
    ProjectDefencesService,
    ProjectNoticesService,
    MilestoneRemindersService,
  ],
  exports: [ProjectAccessService, ProjectsService],
})
export class ProjectsModule {}
