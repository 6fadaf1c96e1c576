import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

/**
 * Raises the request body limit of one route (e.g. a CSV import sent as JSON) above the global
 * one. Nest passes route `config` to Fastify but not `bodyLimit`; `applyRouteBodyLimits`
 * copies it across when the route is registered.
 */
export const BodyLimit = (bytes: number) => RouteConfig({ bodyLimit: bytes });

export function applyRouteBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number' && route.bodyLimit === undefined) route.bodyLimit = limit;
  });
}
