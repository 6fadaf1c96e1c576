import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type Page } from '../core/api/types';

export type MailStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed';
export type MailLang = 'fr' | 'en';
export type MailSort = 'createdAt' | 'recipient' | 'subject' | 'status';
export const MAIL_STATUSES: readonly MailStatus[] = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'failed',
];

/** One row of "Sent mail" (GET /api/admin/mail). */
export interface MailSummary {
  id: string;
  recipient: string;
  recipientName: string | null;
  subject: string;
  kind: string;
  lang: MailLang;
  status: MailStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface MailPage extends Page<MailSummary> {
  counts: Record<MailStatus, number>;
}

export interface MailContent {
  subject: string;
  /** Shown only in a sandboxed iframe (srcdoc, empty sandbox: no scripts, no same origin). */
  html: string;
  text: string;
  links: string[];
}

export interface MailDetail extends MailContent, MailSummary {
  messageId: string;
  bulk: boolean;
  attachments: Array<{ filename: string; contentType: string; size: number }>;
  resendable: boolean;
}

export interface MailTemplate {
  kind: string;
  description: string;
}

export interface MailListQuery {
  page: number;
  size: number;
  sort?: MailSort | `-${MailSort}`;
  q?: string;
  status?: MailStatus | null;
}

const mailUrl = (id: string) => `/api/admin/mail/${encodeURIComponent(id)}`;

/** The admin's "Sent mail": the outbox, a mail's parts, resend, the templates' preview. */
@Injectable({ providedIn: 'root' })
export class MailboxApiService {
  private readonly http = inject(HttpClient);

  list(query: MailListQuery): Observable<MailPage> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    if (query.sort) params = params.set('sort', query.sort);
    if (query.q) params = params.set('q', query.q);
    if (query.status) params = params.set('status', query.status);
    return this.http.get<MailPage>('/api/admin/mail', { params });
  }

  get(id: string): Observable<MailDetail> {
    return this.http.get<MailDetail>(mailUrl(id));
  }

  /** A failed mail's new attempt (idempotent). */
  resend(id: string): Observable<MailDetail> {
    return this.http.post<MailDetail>(`${mailUrl(id)}/resend`, {});
  }

  templates(): Observable<MailTemplate[]> {
    return this.http.get<MailTemplate[]>('/api/admin/mail/templates');
  }

  preview(kind: string, lang: MailLang): Observable<MailContent> {
    return this.http.get<MailContent>(
      `/api/admin/mail/templates/${encodeURIComponent(kind)}/preview`,
      { params: new HttpParams().set('lang', lang) },
    );
  }
}
