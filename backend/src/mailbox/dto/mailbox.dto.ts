import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageOf, PageQuery } from '../../common/paging';
import { MAIL_STATUSES, type MailLang, type MailStatus } from '../../mail';

export const MAIL_SORTS = ['createdAt', 'recipient', 'subject', 'status'] as const;

export class MailQueryDto extends PageQuery(MAIL_SORTS, 'MailSort') {
  @ApiPropertyOptional({ enum: MAIL_STATUSES, enumName: 'MailStatus' })
  @IsOptional()
  @IsIn(MAIL_STATUSES)
  status?: MailStatus;

  @ApiPropertyOptional({ description: "a template's kind, e.g. account.set-password" })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, { message: 'kind must be a mail kind' })
  kind?: string;
}

export class MailSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'lea.martin@example.org' }) recipient: string;
  @ApiProperty({ type: String, nullable: true }) recipientName: string | null;
  @ApiProperty() subject: string;
  @ApiProperty({ example: 'account.set-password' }) kind: string;
  @ApiProperty({ enum: ['fr', 'en'], enumName: 'MailLang' }) lang: MailLang;
  @ApiProperty({ enum: MAIL_STATUSES, enumName: 'MailStatus' }) status: MailStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt: string | null;
}

export class MailStatusCountsDto {
  @ApiProperty() queued: number;
  @ApiProperty() sending: number;
  @ApiProperty() sent: number;
  @ApiProperty() delivered: number;
  @ApiProperty() failed: number;
}

export class MailPageDto extends PageOf(MailSummaryDto) {
  @ApiProperty({ type: MailStatusCountsDto, description: 'every mail by status (no filter)' })
  counts: MailStatusCountsDto;
}

export class MailAttachmentInfoDto {
  @ApiProperty() filename: string;
  @ApiProperty() contentType: string;
  @ApiProperty({ description: 'bytes' }) size: number;
}

export class MailContentDto {
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'the HTML part: show it only in a sandboxed iframe (srcdoc)' })
  html: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: [String], description: 'every http(s) link of the HTML and text parts' })
  links: string[];
}

export class MailDetailDto extends MailContentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() recipient: string;
  @ApiProperty({ type: String, nullable: true }) recipientName: string | null;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: ['fr', 'en'], enumName: 'MailLang' }) lang: MailLang;
  @ApiProperty({ enum: MAIL_STATUSES, enumName: 'MailStatus' }) status: MailStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt: string | null;
  @ApiProperty() messageId: string;
  @ApiProperty() bulk: boolean;
  @ApiProperty({ type: [MailAttachmentInfoDto] }) attachments: MailAttachmentInfoDto[];
  @ApiProperty({ description: 'whether the resend button applies (a failed mail)' })
  resendable: boolean;
}

export class MailTemplateDto {
  @ApiProperty({ example: 'account.set-password' }) kind: string;
  @ApiProperty() description: string;
}

export class TemplatePreviewQueryDto {
  @ApiProperty({ enum: ['fr', 'en'], enumName: 'MailLang' })
  @IsIn(['fr', 'en'])
  lang: MailLang;
}
