import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import { type CalendarFeed, type CreateCalendarFeedRequest } from './types';

/** Private iCalendar subscription URLs of the signed-in user, revocable. */
@Injectable({ providedIn: 'root' })
export class CalendarFeedsApiService {
  private readonly http = inject(HttpClient);

  list(): Observable<CalendarFeed[]> {
    return this.http.get<CalendarFeed[]>('/api/calendar-feeds');
  }

  create(body: CreateCalendarFeedRequest): Observable<CalendarFeed> {
    return this.http.post<CalendarFeed>('/api/calendar-feeds', body);
  }

  /** Its URL answers 404 from now on. */
  revoke(id: string): Observable<void> {
    return this.http.delete<void>(`/api/calendar-feeds/${encodeURIComponent(id)}`);
  }
}
