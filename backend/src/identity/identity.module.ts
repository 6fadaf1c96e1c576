import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JobsModule } from '../jobs';
import { MailModule } from '../mail';
import { AccountInvitationsService } from './account-invitations.service';
import { AccountMailController } from './account-mail.controller';
import { AccountMailTemplatesRegistry } from './account-mail.registry';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { EmailChangeService } from './email-change.service';
import { PasswordLinksService } from './password-links.service';
import { PasswordResetService } from './password-reset.service';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [MailModule, JobsModule],
  controllers: [AuthController, AccountMailController, UsersController],
  providers: [
    AccountInvitationsService,
    AccountMailTemplatesRegistry,
    EmailChangeService,
    PasswordResetService,
    AuthService,
    SessionsService,
    SignInThrottleService,
    PasswordLinksService,
    UsersService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountInvitationsService, PasswordLinksService, SessionsService, UsersService],
})
export class IdentityModule {}
