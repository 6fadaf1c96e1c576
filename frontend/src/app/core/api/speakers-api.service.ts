import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreateSpeakerRequest,
  type Page,
  type Speaker,
  type SpeakerDetail,
  type SpeakerListQuery,
  type UpdateSpeakerRequest,
} from './types';

const speakerUrl = (id: string) => `/api/speakers/${encodeURIComponent(id)}`;

/** The directory of guest speakers (admins and instructors). */
@Injectable({ providedIn: 'root' })
export class SpeakersApiService {
  private readonly http = inject(HttpClient);

  list(query: SpeakerListQuery): Observable<Page<Speaker>> {
    let params = new HttpParams().set('page', query.page).set('size', query.size);
    for (const key of ['sort', 'q', 'topic', 'organisation', 'organisationId'] as const) {
      const value = query[key];
      if (value) params = params.set(key, value);
    }
    if (query.includeArchived) params = params.set('includeArchived', true);
    return this.http.get<Page<Speaker>>('/api/speakers', { params });
  }

  /** With the history of their talks. */
  get(id: string): Observable<SpeakerDetail> {
    return this.http.get<SpeakerDetail>(speakerUrl(id));
  }

  /**
   * 409 `speaker.possible_duplicate` when a speaker of that name exists (resend with
   * `confirmDistinct` for another person), `speaker.email_taken` for their e-mail: both list them.
   */
  create(body: CreateSpeakerRequest, confirmDistinct = false): Observable<SpeakerDetail> {
    return this.http.post<SpeakerDetail>(
      '/api/speakers',
      confirmDistinct ? { ...body, confirmDistinct: true } : body,
    );
  }

  update(id: string, body: UpdateSpeakerRequest): Observable<SpeakerDetail> {
    return this.http.patch<SpeakerDetail>(speakerUrl(id), body);
  }

  /** Only a speaker never invited: otherwise 409 `speaker.in_use` (archive instead). */
  remove(id: string): Observable<void> {
    return this.http.delete<void>(speakerUrl(id));
  }
}
