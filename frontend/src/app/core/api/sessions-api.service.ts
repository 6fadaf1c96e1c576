import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type CreateSeriesRequest,
  type CreateSessionRequest,
  type CreateSlotRequest,
  type Language,
  type SeriesChanged,
  type SeriesCreated,
  type SeriesScope,
  type Session,
  type SessionList,
  type SessionListQuery,
  type UpdateSeriesRequest,
  type UpdateSessionRequest,
} from './types';

const sessionUrl = (id: string) => `/api/sessions/${encodeURIComponent(id)}`;

/**
 * Sessions and series. Writes that double-book a room, cohort, instructor or speaker answer
 * 409 `session.conflict` (`session.series_conflict` for a series) with the clashes.
 */
@Injectable({ providedIn: 'root' })
export class SessionsApiService {
  private readonly http = inject(HttpClient);

  /** The sessions the caller may see in [from, to). */
  list(query: SessionListQuery): Observable<SessionList> {
    let params = new HttpParams().set('from', query.from).set('to', query.to);
    for (const key of [
      'cohortId',
      'moduleId',
      'roomId',
      'speakerId',
      'instructorId',
      'kind',
    ] as const) {
      const value = query[key];
      if (value) params = params.set(key, value);
    }
    if (query.includeCancelled !== undefined) {
      params = params.set('includeCancelled', query.includeCancelled);
    }
    return this.http.get<SessionList>('/api/sessions', { params });
  }

  /** One session, with its speakers' bios and abstracts. */
  get(id: string): Observable<Session> {
    return this.http.get<Session>(sessionUrl(id));
  }

  create(body: CreateSessionRequest): Observable<Session> {
    return this.http.post<Session>('/api/sessions', body);
  }

  /** All or nothing: 409 `session.series_conflict` lists every clash. */
  createSeries(body: CreateSeriesRequest): Observable<SeriesCreated> {
    return this.http.post<SeriesCreated>('/api/sessions/series', body);
  }

  /**
   * A slot (guest talk, workshop, exam, break) within a course day: 409 `session.outside_day`
   * when it does not lie within it, `session.conflict` (clash `slot`) over another slot.
   */
  addSlot(dayId: string, body: CreateSlotRequest): Observable<Session> {
    return this.http.post<Session>(`${sessionUrl(dayId)}/slots`, body);
  }

  /** With `expectedSequence`, a stale edit is refused (409 `session.stale`). */
  update(id: string, body: UpdateSessionRequest): Observable<Session> {
    return this.http.patch<Session>(sessionUrl(id), body);
  }

  /** This and the following sessions, or the whole series: all or nothing (409 lists every clash). */
  updateSeries(id: string, body: UpdateSeriesRequest): Observable<SeriesChanged> {
    return this.http.patch<SeriesChanged>(`${sessionUrl(id)}/series`, body);
  }

  cancelSeries(id: string, scope: SeriesScope, reason?: string): Observable<SeriesChanged> {
    return this.http.post<SeriesChanged>(
      `${sessionUrl(id)}/series/cancel`,
      reason ? { scope, reason } : { scope },
    );
  }

  cancel(id: string, reason?: string): Observable<Session> {
    return this.http.post<Session>(`${sessionUrl(id)}/cancel`, reason ? { reason } : {});
  }

  restore(id: string): Observable<Session> {
    return this.http.post<Session>(`${sessionUrl(id)}/restore`, {});
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(sessionUrl(id));
  }

  /** The session as an .ics file (a download link: the browser sends the session cookie). */
  icsUrl(id: string, lang: Language): string {
    return `${sessionUrl(id)}/calendar.ics?lang=${encodeURIComponent(lang)}`;
  }
}
