import { Injectable } from '@nestjs/common';
import type { MailContent, MailLang } from './mail.types';

export interface MailTemplate {
  /** Dotted key, the `kind` of the mails it renders: 'account.set-password'. */
  kind: string;
  /** One line for the admin (English). */
  description: string;
  /** The template rendered with sample data. */
  sample(lang: MailLang): MailContent;
}

/** Admin preview: each domain registers its templates with sample data at module init. */
@Injectable()
export class MailTemplates {
  private readonly templates = new Map<string, MailTemplate>();

  register(template: MailTemplate): void {
    this.templates.set(template.kind, template);
  }

  list(): Array<{ kind: string; description: string }> {
    return [...this.templates.values()]
      .map(({ kind, description }) => ({ kind, description }))
      .sort((a, b) => a.kind.localeCompare(b.kind));
  }

  preview(kind: string, lang: MailLang): MailContent | null {
    const template = this.templates.get(kind);
    return template ? template.sample(lang) : null;
  }
}
