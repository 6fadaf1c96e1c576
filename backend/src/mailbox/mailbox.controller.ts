import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { notFound } from '../common/problem';
import { Roles } from '../identity';
import {
  MailContentDto,
  MailDetailDto,
  MailPageDto,
  MailQueryDto,
  MailTemplateDto,
  TemplatePreviewQueryDto,
} from './dto/mailbox.dto';
import { MailboxService } from './mailbox.service';

const KIND = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** "Sent mail", the admin's alone: the outbox, a mail's parts and links, resend, templates. */
@ApiTags('mail')
@Roles('admin')
@Controller('admin/mail')
export class MailboxController {
  constructor(private readonly mailbox: MailboxService) {}

  @Get()
  @ApiOkResponse({ type: MailPageDto })
  list(@Query() query: MailQueryDto): Promise<MailPageDto> {
    return this.mailbox.list(query);
  }

  @Get('templates')
  @ApiOkResponse({ type: [MailTemplateDto] })
  templates(): MailTemplateDto[] {
    return this.mailbox.templatesList();
  }

  @Get('templates/:kind/preview')
  @ApiOkResponse({ type: MailContentDto })
  preview(@Param('kind') kind: string, @Query() query: TemplatePreviewQueryDto): MailContentDto {
    if (kind.length > 100 || !KIND.test(kind)) throw notFound('mail', 'No such mail template.');
    return this.mailbox.preview(kind, query.lang);
  }

  @Get(':id')
  @ApiOkResponse({ type: MailDetailDto })
  get(@IdParam() id: string): Promise<MailDetailDto> {
    return this.mailbox.get(id);
  }

  /** A failed mail's new attempt; idempotent (a second click changes nothing). */
  @Post(':id/resend')
  @HttpCode(200)
  @ApiOkResponse({ type: MailDetailDto })
  resend(@IdParam() id: string): Promise<MailDetailDto> {
    return this.mailbox.resend(id);
  }
}
