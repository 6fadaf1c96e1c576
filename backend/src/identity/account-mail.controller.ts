import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Authenticated, type AuthUser, CurrentUser, Public } from './auth.decorators';
import {
  ConfirmedEmailDto,
  ConfirmEmailChangeDto,
  EmailChangeStatusDto,
  ForgotPasswordAcceptedDto,
  ForgotPasswordDto,
  RequestEmailChangeDto,
} from './dto/account-mail.dto';
import { EmailChangeService } from './email-change.service';
import { PasswordResetService } from './password-reset.service';

@ApiTags('auth')
@Controller()
export class AccountMailController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly emailChanges: EmailChangeService,
  ) {}

  /** Always 202 with the same body: whether the address has an account is never said. */
  @Public()
  @Post('auth/forgot-password')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ForgotPasswordAcceptedDto })
  async forgotPassword(
    @Body() dto: ForgotPasswordDto,
    @Req() request: FastifyRequest,
  ): Promise<ForgotPasswordAcceptedDto> {
    await this.resets.request(dto.email, request.ip);
    return { status: 'accepted' };
  }

  @Public()
  @Post('auth/email-change/confirm')
  @HttpCode(200)
  @ApiOkResponse({ type: ConfirmedEmailDto })
  confirmEmailChange(@Body() dto: ConfirmEmailChangeDto): Promise<ConfirmedEmailDto> {
    return this.emailChanges.confirm(dto.token);
  }

  @Authenticated()
  @Get('me/email-change')
  @ApiOkResponse({ type: EmailChangeStatusDto })
  emailChange(@CurrentUser() user: AuthUser): Promise<EmailChangeStatusDto> {
    return this.emailChanges.status(user);
  }

  /** Mails a confirmation link to the new address; nothing changes until it is followed. */
  @Authenticated()
  @Post('me/email-change')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: EmailChangeStatusDto })
  requestEmailChange(
    @CurrentUser() user: AuthUser,
    @Body() dto: RequestEmailChangeDto,
    @Req() request: FastifyRequest,
  ): Promise<EmailChangeStatusDto> {
    return this.emailChanges.request(user, dto.email, dto.password, request.ip);
  }
}
