import {
  Controller,
  Get,
  Headers,
  HttpStatus,
  Param,
  type PipeTransform,
  Res,
} from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProblemException } from '../common/problem';
import { Public } from '../identity';
import { IssuerKeysService } from './issuer-keys.service';
import { StatusListsService } from './status-lists.service';
import { decodeJwtPart } from './vc-jwt';

/** Public, shareable with any verifier (also from a browser elsewhere), cached a while. */
export function publicDocument(reply: FastifyReply, maxAgeSeconds: number): FastifyReply {
  return reply
    .header('cache-control', `public, max-age=${maxAgeSeconds}`)
    .header('access-control-allow-origin', '*')
    .header('cross-origin-resource-policy', 'cross-origin');
}

/** Keys change only at a rotation: an hour of caching is harmless (old keys stay published). */
export const KEYS_MAX_AGE_SECONDS = 3600;
/** A revocation must show soon: verifiers re-ask within a minute (ETag makes it cheap). */
export const STATUS_MAX_AGE_SECONDS = 60;

const notFound = () =>
  new ProblemException(HttpStatus.NOT_FOUND, 'not_found', 'No such status list.');

/** A status list number in a path: 1 … 2^31-1; anything else names nothing (404). */
class ListIdPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (!/^[1-9][0-9]{0,9}$/.test(value) || Number(value) > 2_147_483_647) throw notFound();
    return Number(value);
  }
}

const JWKS = {
  description: 'the issuer public keys (OKP/Ed25519, EdDSA), current and retired',
  schema: { type: 'object', properties: { keys: { type: 'array', items: { type: 'object' } } } },
};

@ApiTags('credentials')
@Public()
@Controller('credentials')
export class CredentialsController {
  constructor(
    private readonly issuer: IssuerKeysService,
    private readonly lists: StatusListsService,
  ) {}

  @Get('jwks.json')
  @ApiOperation({ summary: 'The issuer public keys as a JWKS (also at /.well-known/jwks.json)' })
  @ApiOkResponse(JWKS)
  jwks(@Res({ passthrough: true }) reply: FastifyReply): { keys: Record<string, string>[] } {
    publicDocument(reply, KEYS_MAX_AGE_SECONDS);
    return this.issuer.jwks();
  }

  @Get('status/:listId')
  @ApiOperation({
    summary: 'A Bitstring Status List credential (revocation), as a VC-JWT',
    description: 'application/vc+jwt by default; its JSON payload with Accept: application/json.',
  })
  @ApiProduces('application/vc+jwt', 'application/json')
  @ApiOkResponse({ description: 'the signed BitstringStatusListCredential' })
  @ApiNotFoundResponse({ description: 'no such list' })
  async status(
    @Param('listId', new ListIdPipe()) listId: number,
    @Headers('accept') accept: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const list = await this.lists.published(listId);
    if (!list) throw notFound();
    const json = wantsJson(accept);
    const etag = `"${list.id}.${list.version}${json ? '.json' : ''}"`;
    publicDocument(reply, STATUS_MAX_AGE_SECONDS)
      .header('etag', etag)
      .header('vary', 'Accept')
      .header('last-modified', list.updatedAt.toUTCString());
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      await reply.status(304).send();
      return;
    }
    await (json
      ? reply.type('application/json; charset=utf-8').send(decodeJwtPart(list.jwt, 1))
      : reply.type('application/vc+jwt').send(list.jwt));
  }
}

/** JSON only when asked for and the VC-JWT is not: the JWT is the default and the secured form. */
function wantsJson(accept: string | undefined): boolean {
  const types = (accept ?? '').toLowerCase();
  return /\bapplication\/json\b/.test(types) && !types.includes('application/vc+jwt');
}
