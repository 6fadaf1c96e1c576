import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs';
import { MailModule } from '../mail';
import { NotificationsModule } from '../notifications';
import { PreviewFetcher } from './link-preview/preview-fetcher';
import { VeilleCohortsService } from './veille-cohorts.service';
import { VeilleController } from './veille.controller';
import { VeilleDigestService } from './veille-digest.service';
import { VeillePostsService } from './veille-posts.service';
import { VeillePublicController } from './veille-public.controller';
import { VeillePublicService } from './veille-public.service';
import { VeilleTeamsController } from './veille-teams.controller';
import { VeilleTeamsService } from './veille-teams.service';

/**
 * The cohort's veille (issue 12): shared links with each student's commentary, topics, watch
 * teams, comments, reactions and bookmarks, the instructor's pins, questions and moderation,
 * participation counts, the public feeds (page, Atom, RSS) and the weekly digest.
 */
@Module({
  imports: [MailModule, JobsModule, NotificationsModule],
  controllers: [VeilleController, VeilleTeamsController, VeillePublicController],
  providers: [
    PreviewFetcher,
    VeillePostsService,
    VeilleCohortsService,
    VeillePublicService,
    VeilleTeamsService,
    VeilleDigestService,
  ],
})
export class VeilleModule {}
