import { Module } from '@nestjs/common';
import { MailboxController } from './mailbox.controller';
import { MailboxService } from './mailbox.service';

/** The admin's "Sent mail": the outbox's list, a mail's detail, failures, templates preview. */
@Module({ controllers: [MailboxController], providers: [MailboxService] })
export class MailboxModule {}
