import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type Language,
  type SpeakerAnswer,
  type SpeakerInvitationView,
  type SpeakerProfile,
} from './types';

const linkUrl = (token: string) => `/api/speaker-links/${encodeURIComponent(token)}`;

/**
 * What a guest speaker does through their signed link, without an account. A bad link answers
 * 403 `invitation.link_invalid`; an old one 410 `invitation.link_revoked`, `…_expired` or
 * `…_used`.
 */
@Injectable({ providedIn: 'root' })
export class SpeakerLinkApiService {
  private readonly http = inject(HttpClient);

  view(token: string): Observable<SpeakerInvitationView> {
    return this.http.get<SpeakerInvitationView>(linkUrl(token));
  }

  /** Confirm or decline, once. */
  answer(token: string, body: SpeakerAnswer): Observable<SpeakerInvitationView> {
    return this.http.post<SpeakerInvitationView>(`${linkUrl(token)}/answer`, body);
  }

  updateProfile(token: string, body: SpeakerProfile): Observable<SpeakerInvitationView> {
    return this.http.patch<SpeakerInvitationView>(`${linkUrl(token)}/profile`, body);
  }

  /** The talk as an .ics download. */
  icsUrl(token: string, lang: Language): string {
    return `${linkUrl(token)}/calendar.ics?lang=${encodeURIComponent(lang)}`;
  }
}
