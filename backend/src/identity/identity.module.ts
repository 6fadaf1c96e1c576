import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordLinksService } from './password-links.service';
import { SessionsService } from './sessions.service';
import { SignInThrottleService } from './sign-in-throttle.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [AuthController, UsersController],
  providers: [
    AuthService,
    SessionsService,
    SignInThrottleService,
    PasswordLinksService,
    UsersService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordLinksService, SessionsService, UsersService],
})
export class IdentityModule {}
