import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Language, Role } from '../common/role';

export const ACCESS_KEY = 'clique:access';

export type Access =
  { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

/** Anyone, signed in or not (sign-in, health, public verification). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies Access);

/** Any signed-in user, whatever the role; ownership is checked in the service. */
export const Authenticated = () =>
  SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies Access);

/** Signed-in users with one of these roles. With no access rule at all, a route answers 403. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies Access);

export interface AuthUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  preferredLanguage: Language;
  sessionId: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    authUser?: AuthUser;
  }
}

/** The signed-in user; only on routes that require one. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser => {
    const request = ctx.switchToHttp().getRequest<FastifyRequest>();
    if (!request.authUser) throw new Error('CurrentUser used on a route without authentication');
    return request.authUser;
  },
);
