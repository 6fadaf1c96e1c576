import { Body, Controller, Get, HttpCode, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Authenticated, type AuthUser, CurrentUser, Public } from './auth.decorators';
import { AuthService, toMe } from './auth.service';
import { clearSessionCookie, setCsrfCookie, setSessionCookie } from './cookies';
import {
  MeDto,
  PasswordTokenInfoDto,
  SetPasswordDto,
  SignInDto,
  UpdateMeDto,
} from './dto/auth.dto';
import { PasswordLinksService } from './password-links.service';
import { randomToken } from './secrets';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly passwordLinks: PasswordLinksService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('auth/sign-in')
  @HttpCode(200)
  @ApiOkResponse({ type: MeDto })
  async signIn(
    @Body() dto: SignInDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MeDto> {
    const result = await this.auth.signIn(
      dto.email,
      dto.password,
      request.ip,
      request.headers['user-agent'] ?? null,
    );
    setSessionCookie(request, reply, result.token, this.config.SESSION_TTL_SECONDS);
    setCsrfCookie(request, reply, result.csrfToken);
    return result.me;
  }

  @Authenticated()
  @Post('auth/sign-out')
  @HttpCode(204)
  @ApiNoContentResponse()
  async signOut(
    @CurrentUser() user: AuthUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.signOut(user);
    clearSessionCookie(request, reply);
    setCsrfCookie(request, reply, randomToken());
  }

  @Public()
  @Get('auth/password-tokens/:token')
  @ApiOkResponse({ type: PasswordTokenInfoDto })
  describePasswordToken(@Param('token') token: string): Promise<PasswordTokenInfoDto> {
    return this.passwordLinks.describe(token);
  }

  @Public()
  @Post('auth/password')
  @HttpCode(204)
  @ApiNoContentResponse()
  setPassword(@Body() dto: SetPasswordDto): Promise<void> {
    return this.passwordLinks.use(dto.token, dto.password);
  }

  @Authenticated()
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): MeDto {
    return toMe(user);
  }

  @Authenticated()
  @Patch('me')
  @ApiOkResponse({ type: MeDto })
  updateMe(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<MeDto> {
    return this.auth.updateMe(user, dto);
  }
}
