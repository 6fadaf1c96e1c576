import { Module } from '@nestjs/common';
import { MailModule } from '../mail';
import { SchedulingModule } from '../scheduling';
import { SpeakerMailService } from './speaker-mail.service';
import { InvitationCascadeService } from './invitation-cascade.service';
import { InvitationLinksService } from './invitation-links.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { SpeakerLinksController } from './speaker-links.controller';
import { SpeakerLinksService } from './speaker-links.service';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

/** The speakers' directory, their invitations, and the public pages their links open. */
@Module({
  imports: [SchedulingModule, MailModule],
  controllers: [SpeakersController, InvitationsController, SpeakerLinksController],
  providers: [
    SpeakersService,
    InvitationsService,
    InvitationLinksService,
    SpeakerLinksService,
    InvitationCascadeService,
    SpeakerMailService,
  ],
})
export class SpeakersModule {}
