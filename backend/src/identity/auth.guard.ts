import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { ProblemException } from '../common/problem';
import { ACCESS_KEY, type Access } from './auth.decorators';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './cookies';
import { SessionsService } from './sessions.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Global guard, deny by default: a route needs @Public(), @Authenticated() or @Roles(...);
 * with none it answers 403. Also checks CSRF on every state-changing request: signed in,
 * the header must carry the session's token; anonymous, it must match the XSRF-TOKEN cookie.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);

    const token = request.cookies?.[SESSION_COOKIE];
    if (token) request.authUser = (await this.sessions.resolve(token)) ?? undefined;

    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      const expected = request.authUser
        ? request.authUser.csrfToken
        : request.cookies?.[CSRF_COOKIE];
      if (!sameToken(sent, expected)) {
        throw new ProblemException(
          HttpStatus.FORBIDDEN,
          'csrf.invalid',
          'Missing or invalid CSRF token: send the XSRF-TOKEN cookie back in the X-XSRF-TOKEN header.',
        );
      }
    }

    if (!access)
      throw new ProblemException(
        HttpStatus.FORBIDDEN,
        'forbidden',
        'This route has no access rule.',
      );
    if (access.kind === 'public') return true;
    if (!request.authUser) {
      throw new ProblemException(HttpStatus.UNAUTHORIZED, 'unauthenticated', 'Sign in first.');
    }
    if (access.kind === 'roles' && !access.roles.includes(request.authUser.role)) {
      throw new ProblemException(HttpStatus.FORBIDDEN, 'forbidden', 'Your role may not use this.');
    }
    return true;
  }
}
