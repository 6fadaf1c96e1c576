import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreateInvitationRequest,
  type Invitation,
  type InvitationDetail,
  type InvitationListQuery,
  type InvitationTexts,
  type Page,
  type TransitionRequest,
} from './types';

const invitationUrl = (id: string) => `/api/invitations/${encodeURIComponent(id)}`;

/** Invitations of speakers to guest talks, and their state machine. */
@Injectable({ providedIn: 'root' })
export class InvitationsApiService {
  private readonly http = inject(HttpClient);

  /** A draft invitation to a guest-talk session. */
  create(sessionId: string, body: CreateInvitationRequest): Observable<InvitationDetail> {
    return this.http.post<InvitationDetail>(
      `/api/sessions/${encodeURIComponent(sessionId)}/invitations`,
      body,
    );
  }

  list(query: InvitationListQuery): Observable<Page<Invitation>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    for (const key of ['status', 'speakerId', 'cohortId', 'sessionId', 'q'] as const) {
      const value = query[key];
      if (value) params = params.set(key, value);
    }
    if (query.upcoming) params = params.set('upcoming', true);
    return this.http.get<Page<Invitation>>('/api/invitations', { params });
  }

  /** With its timeline and the speaker's current link. */
  get(id: string): Observable<InvitationDetail> {
    return this.http.get<InvitationDetail>(invitationUrl(id));
  }

  update(id: string, body: InvitationTexts): Observable<InvitationDetail> {
    return this.http.patch<InvitationDetail>(invitationUrl(id), body);
  }

  /** `to: 'invited'` sends it (issues the link); 409 `invitation.illegal_transition`. */
  transition(id: string, body: TransitionRequest): Observable<InvitationDetail> {
    return this.http.post<InvitationDetail>(`${invitationUrl(id)}/transitions`, body);
  }

  /** A new link for the speaker; the previous one stops working. */
  newLink(id: string): Observable<InvitationDetail> {
    return this.http.post<InvitationDetail>(`${invitationUrl(id)}/link`, {});
  }

  /** Drafts only. */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(invitationUrl(id));
  }
}
