import { Controller, Get, RequestMethod, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../identity';
import { KEYS_MAX_AGE_SECONDS, publicDocument } from './credentials.controller';
import { IssuerKeysService } from './issuer-keys.service';

/** The routes served outside the `/api` prefix (app.factory.ts excludes them from it). */
export const WELL_KNOWN_ROUTES = [
  { path: '.well-known/did.json', method: RequestMethod.GET },
  { path: '.well-known/jwks.json', method: RequestMethod.GET },
];

/** did:web resolution and the JWKS at the origin's `/.well-known/`, where verifiers look. */
@ApiTags('credentials')
@Public()
@Controller('.well-known')
export class WellKnownController {
  constructor(private readonly issuer: IssuerKeysService) {}

  @Get('did.json')
  @ApiOperation({ summary: 'The DID document of the issuer (did:web of PUBLIC_URL)' })
  @ApiOkResponse({ description: 'a DID document with every issuer key as a JsonWebKey' })
  did(@Res({ passthrough: true }) reply: FastifyReply): Record<string, unknown> {
    publicDocument(reply, KEYS_MAX_AGE_SECONDS).type('application/did+json');
    return this.issuer.didDocument();
  }

  @Get('jwks.json')
  @ApiOperation({ summary: 'The issuer public keys as a JWKS' })
  @ApiOkResponse({ description: 'the issuer public keys (OKP/Ed25519, EdDSA)' })
  jwks(@Res({ passthrough: true }) reply: FastifyReply): { keys: Record<string, string>[] } {
    publicDocument(reply, KEYS_MAX_AGE_SECONDS).type('application/jwk-set+json');
    return this.issuer.jwks();
  }
}
