import { Global, Module } from '@nestjs/common';
import { MailSender } from './mail-sender';
import { MailTemplates } from './mail-templates';
import { MailService } from './mail.service';

/**
 * The outbox and its worker, one per app: global, so every domain injects MailService and
 * MailTemplates (importing MailModule as well is harmless). Needs JobsModule (global).
 */
@Global()
@Module({
  providers: [MailService, MailSender, MailTemplates],
  exports: [MailService, MailTemplates, MailSender],
})
export class MailModule {}
