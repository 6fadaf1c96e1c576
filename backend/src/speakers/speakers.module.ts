import { Module } from '@nestjs/common';
import { InvitationLinksService } from './invitation-links.service';
import { InvitationsController } from './invitations.controller';
import { InvitationsService } from './invitations.service';
import { SpeakerLinksController } from './speaker-links.controller';
import { SpeakerLinksService } from './speaker-links.service';
import { SpeakersController } from './speakers.controller';
import { SpeakersService } from './speakers.service';

/** The speakers' directory, their invitations, and the public pages their links open. */
@Module({
  controllers: [SpeakersController, InvitationsController, SpeakerLinksController],
  providers: [SpeakersService, InvitationsService, InvitationLinksService, SpeakerLinksService],
})
export class SpeakersModule {}
