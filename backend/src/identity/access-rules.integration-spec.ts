import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_KEY, type Access } from './auth.decorators';
import { startTestApp, type TestApp } from '../testing/test-app';

interface Route {
  route: string;
  access: Access | undefined;
}

/** Every route of the API with its access rule, read from the controllers' metadata. */
function routes(t: TestApp): Route[] {
  const out: Route[] = [];
  for (const module of t.app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const access =
          (Reflect.getMetadata(ACCESS_KEY, handler) as Access | undefined) ??
          (Reflect.getMetadata(ACCESS_KEY, controller) as Access | undefined);
        out.push({
          route: `${method} /${[base, path].filter(Boolean).join('/')}`.replace(/\/+/g, '/'),
          access,
        });
      }
    }
  }
  return out;
}

describe('access rules', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives every route an explicit rule (none would answer 403 to everyone)', () => {
    const all = routes(t);
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((r) => !r.access).map((r) => r.route)).toEqual([]);
  });

  it('opens to anonymous callers only sign-in, the password and e-mail links, health, the signed links for guests, diploma verification, the issuer keys and published veille feeds', () => {
    const open = routes(t)
      .filter((r) => r.access?.kind === 'public')
      .map((r) => r.route);
    const allowed = [
      /^POST \/auth\/sign-in$/,
      /^GET \/auth\/password-tokens\/:token$/,
      /^POST \/auth\/password$/,
      /^GET \/health\/(live|ready)$/,
      /^(GET|POST|PUT|PATCH) \/speaker-links\/:token(\/.*)?$/,
      /^(GET|POST|PUT|PATCH) \/mentor\/:token(\/.*)?$/,
      /^GET \/calendar\/:file$/,
      /^POST \/auth\/forgot-password$/,
      /^POST \/auth\/email-change\/confirm$/,
      /^GET \/verify\/:number$/,
      /^GET \/credentials\/(jwks\.json|status\/:listId)$/,
      /^GET \/\.well-known\/(did|jwks)\.json$/,
      /^GET \/public\/veille\/:key(\/feed\.(atom|rss)|\/images\/:postId)?$/,
    ];
    expect(open).toEqual(expect.arrayContaining(['POST /auth/sign-in', 'GET /health/ready']));
    expect(open.filter((route) => !allowed.some((pattern) => pattern.test(route)))).toEqual([]);
  });
});
