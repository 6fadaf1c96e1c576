import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs';
import { MailModule } from '../mail';
import { NotificationDigestService } from './notification-digest.service';
import { NotificationReadsService } from './notification-reads.service';
import { NotificationTemplates } from './notification-templates';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** In-app notifications, each person's choice per kind, and the daily digest. */
@Module({
  imports: [MailModule, JobsModule],
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationReadsService,
    NotificationDigestService,
    NotificationTemplates,
  ],
  exports: [NotificationsService, NotificationDigestService],
})
export class NotificationsModule {}
