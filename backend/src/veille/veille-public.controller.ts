import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdParam } from '../common/id-param';
import { notFound } from '../common/problem';
import { Public } from '../identity';
import { VeillePublicFeedDto } from './dto/veille.dto';
import { VeillePublicService } from './veille-public.service';

const KEY = /^[a-z0-9-]{6,80}$/;

/** A key that cannot be one is a 404 like an unpublished one, before any query. */
function checked(key: string): string {
  if (!KEY.test(key)) throw notFound('veille_feed');
  return key;
}

@ApiTags('veille')
@Controller('public/veille')
export class VeillePublicController {
  constructor(private readonly feeds: VeillePublicService) {}

  @Get(':key')
  @Public()
  @ApiOperation({ summary: 'A published veille (cohort or team), for anyone' })
  @ApiOkResponse({ type: VeillePublicFeedDto })
  page(@Param('key') key: string): Promise<VeillePublicFeedDto> {
    return this.feeds.page(checked(key));
  }

  @Get(':key/feed.atom')
  @Public()
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0', schema: { type: 'string' } })
  async atom(
    @Param('key') key: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.feeds.syndication(checked(key), 'atom');
    void reply
      .header('content-type', 'application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300');
    return body;
  }

  @Get(':key/feed.rss')
  @Public()
  @ApiProduces('application/rss+xml')
  @ApiOkResponse({ description: 'RSS 2.0', schema: { type: 'string' } })
  async rss(
    @Param('key') key: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.feeds.syndication(checked(key), 'rss');
    void reply
      .header('content-type', 'application/rss+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300');
    return body;
  }

  @Get(':key/images/:postId')
  @Public()
  @ApiProduces('image/png', 'image/jpeg', 'image/webp', 'image/gif')
  @ApiOkResponse({ description: "a public post's preview image" })
  async image(
    @Param('key') key: string,
    @IdParam('postId') postId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const image = await this.feeds.image(checked(key), postId);
    void reply
      .header('content-type', image.type)
      .header('cache-control', 'public, max-age=3600')
      .header('x-content-type-options', 'nosniff');
    return image.bytes;
  }
}
